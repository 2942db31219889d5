"""The audit log: append-only in the database itself, queryable by admins, records exports."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import DBAPIError

from aibaas.auth import (
    InvalidCredentialsError,
    create_organization,
    create_user,
    export_account_data,
    login,
    query_audit_log,
)
from aibaas.auth.mailsink import MailSink
from aibaas.store import session_scope
from aibaas.store.models import AuditLog, Organization, utcnow
from tests.auth.conftest import PASSWORD, make_tenant


def test_audit_rows_cannot_be_changed_or_deleted(ctx) -> None:
    with session_scope(ctx.sessions) as db:
        db.execute(
            insert(AuditLog).values(occurred_at=utcnow(), action="login.failed", target="x", details={})
        )
    for statement in (update(AuditLog).values(target="covered up"), delete(AuditLog)):
        with pytest.raises(DBAPIError, match="append-only"), session_scope(ctx.sessions) as db:
            db.execute(statement)
    with session_scope(ctx.sessions) as db:
        assert db.scalars(select(AuditLog.target)).all() == ["x"]


def test_deleting_an_organisation_keeps_its_audit_trail(ctx) -> None:
    owner = create_user(ctx, "owner@example.com", "Olive Owner", PASSWORD)
    org = create_organization(ctx, owner.id, "Short Lived")
    with session_scope(ctx.sessions) as db:
        db.execute(delete(Organization).where(Organization.id == org.id))
    with session_scope(ctx.sessions) as db:
        entry = db.scalars(select(AuditLog).where(AuditLog.action == "org.created")).one()
        assert (entry.organization_id, entry.target) == (None, "short-lived")


def test_login_success_and_failure_are_recorded_with_address_and_org(ctx, mail_sink: MailSink) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    login(ctx, "viewer@acme.example.com", PASSWORD, source_address="198.51.100.4")
    with pytest.raises(InvalidCredentialsError):
        login(ctx, "viewer@acme.example.com", "wrong-password-here", source_address="198.51.100.5")
    succeeded = query_audit_log(ctx, tenant.admin, action="login.succeeded")
    assert [(e.actor_id, e.source_address) for e in succeeded] == [(tenant.viewer.user_id, "198.51.100.4")]
    with session_scope(ctx.sessions) as db:
        failed = db.scalars(select(AuditLog).where(AuditLog.action == "login.failed")).one()
    assert (failed.actor_id, failed.source_address, failed.details) == (
        tenant.viewer.user_id,
        "198.51.100.5",
        {"reason": "bad_password"},
    )


def test_export_of_own_data_leaves_out_secrets_and_is_audited(ctx, mail_sink: MailSink) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    login(ctx, "developer@acme.example.com", PASSWORD)
    data = export_account_data(ctx, tenant.developer.user_id, "127.0.0.1")
    assert data["account"]["email"] == "developer@acme.example.com"
    assert data["memberships"][0]["role"] == "developer"
    assert "argon2" not in str(data) and "password" not in str(data)
    exported = query_audit_log(ctx, tenant.admin, action="account.data_exported")
    assert exported == []  # a personal export is not organisation data...
    with session_scope(ctx.sessions) as db:  # ...but it is in the log, with its actor
        row = db.scalars(select(AuditLog).where(AuditLog.action == "account.data_exported")).one()
    assert row.actor_id == tenant.developer.user_id
