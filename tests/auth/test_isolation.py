"""A member of organisation A can read, change or list nothing of organisation B, through any function.

The walk below calls every service that takes an `OrgScope` with A's admin (the strongest role)
aimed at B's ids; `test_the_walk_covers_every_scoped_function` fails when a new scoped service is
added without being walked here.
"""

from __future__ import annotations

import dataclasses
import inspect
from collections.abc import Callable

import pytest
from sqlalchemy import select

import aibaas.auth
from aibaas.auth import (
    AuthContext,
    NotFoundError,
    OrgScope,
    Permission,
    PermissionDeniedError,
    Principal,
    TokenInvalidError,
    authenticate,
    change_role,
    create_api_key,
    get_organization,
    invite,
    list_api_keys,
    list_invitations,
    list_members,
    login,
    query_audit_log,
    remove_member,
    resolve_scope,
    revoke_api_key,
    revoke_invitation,
    switch_organization,
    update_organization,
)
from aibaas.auth.mailsink import MailSink
from aibaas.store import session_scope
from aibaas.store.models import AuditLog, Role
from tests.auth.conftest import PASSWORD, Tenant, make_tenant


def walk(
    ctx: AuthContext, a: OrgScope, b: Tenant, b_key: int, b_invitation: int
) -> dict[str, Callable[[], object]]:
    """Each scoped service, called by A against B's rows."""
    return {
        "change_role": lambda: change_role(ctx, a, b.viewer.user_id, "admin"),
        "remove_member": lambda: remove_member(ctx, a, b.viewer.user_id),
        "revoke_invitation": lambda: revoke_invitation(ctx, a, b_invitation),
        "revoke_api_key": lambda: revoke_api_key(ctx, a, b_key),
        "get_organization": lambda: get_organization(ctx, a),
        "update_organization": lambda: update_organization(ctx, a, description="changed by A"),
        "list_members": lambda: list_members(ctx, a),
        "list_invitations": lambda: list_invitations(ctx, a),
        "list_api_keys": lambda: list_api_keys(ctx, a),
        "query_audit_log": lambda: query_audit_log(ctx, a),
        "invite": lambda: invite(ctx, a, "viewer@b.example.com", "admin"),
        "create_api_key": lambda: create_api_key(ctx, a, "A's key"),
    }


def test_the_walk_covers_every_scoped_function() -> None:
    scoped = {
        name
        for name in aibaas.auth.__all__
        if inspect.isfunction(obj := getattr(aibaas.auth, name))
        and any(p.annotation in ("OrgScope", OrgScope) for p in inspect.signature(obj).parameters.values())
    }
    walked = set(walk(None, None, None, 0, 0))  # type: ignore[arg-type]  # only the names are read
    assert scoped == walked


def test_organisation_a_cannot_touch_organisation_b(ctx, mail_sink: MailSink) -> None:
    a, b = make_tenant(ctx, mail_sink, "A"), make_tenant(ctx, mail_sink, "B")
    b_key = create_api_key(ctx, b.admin, "B's key").info.id
    b_invitation = invite(ctx, b.admin, "newcomer@b.example.com", "viewer").id
    calls = walk(ctx, a.admin, b, b_key, b_invitation)

    for name in ("change_role", "remove_member", "revoke_invitation", "revoke_api_key"):
        with pytest.raises(NotFoundError, match="this organisation"):
            calls[name]()

    assert get_organization(ctx, a.admin).id == a.org_id
    assert update_organization(ctx, a.admin, description="changed by A").id == a.org_id
    assert get_organization(ctx, b.admin).description == "private benchmarks"
    assert {m.email for m in list_members(ctx, a.admin)} == {
        "admin@a.example.com",
        "developer@a.example.com",
        "viewer@a.example.com",
    }
    assert "newcomer@b.example.com" not in {i.email for i in list_invitations(ctx, a.admin)}
    assert list_api_keys(ctx, a.admin) == []
    assert {e.organization_id for e in query_audit_log(ctx, a.admin)} == {a.org_id}
    # Inviting B's viewer into A is allowed (it is A's organisation), and touches nothing of B.
    invite(ctx, a.admin, "viewer@b.example.com", "admin")
    create_api_key(ctx, a.admin, "A's key")
    assert [k.id for k in list_api_keys(ctx, b.admin)] == [b_key]
    assert {m.role.value for m in list_members(ctx, b.admin)} == {"admin", "developer", "viewer"}
    assert [i.status for i in list_invitations(ctx, b.admin)] == ["pending", "accepted", "accepted"]


def test_a_cannot_obtain_a_scope_in_b_or_switch_to_it(ctx, mail_sink: MailSink) -> None:
    a, b = make_tenant(ctx, mail_sink, "A"), make_tenant(ctx, mail_sink, "B")
    with session_scope(ctx.sessions) as db, pytest.raises(PermissionDeniedError, match="not a member"):
        resolve_scope(db, a.admin.user_id, b.org_id)
    principal = authenticate(
        ctx, login(ctx, "admin@a.example.com", PASSWORD, source_address="192.0.2.9").access_token
    )
    with pytest.raises(PermissionDeniedError, match="not a member"):
        switch_organization(ctx, principal, b.org_id, "192.0.2.9")
    denied = query_audit_log(ctx, a.admin, action="access.denied")
    assert denied == []  # the attempt names B, so it is not A's organisation data...
    with session_scope(ctx.sessions) as db:  # ...but it is in the log
        row = db.scalars(select(AuditLog).where(AuditLog.action == "access.denied")).one()
    assert (row.actor_id, row.target, row.source_address) == (
        a.admin.user_id,
        f"organization:{b.org_id}",
        "192.0.2.9",
    )
    # Another user's session cannot be re-pointed either.
    intruder = Principal(b.admin.user_id, principal.session_id, None, is_staff=False)
    with pytest.raises(TokenInvalidError, match="session has ended"):
        switch_organization(ctx, intruder, b.org_id)


def test_forged_or_altered_scopes_are_refused_by_every_scoped_function(ctx, mail_sink: MailSink) -> None:
    a, b = make_tenant(ctx, mail_sink, "A"), make_tenant(ctx, mail_sink, "B")
    b_key = create_api_key(ctx, b.admin, "B's key").info.id
    b_invitation = invite(ctx, b.admin, "newcomer@b.example.com", "viewer").id
    moved = dataclasses.replace(a.admin, organization_id=b.org_id)  # A's admin "in" B
    typed = OrgScope(a.admin.user_id, b.org_id, Role.ADMIN)  # built by hand
    promoted = dataclasses.replace(a.viewer, role=Role.ADMIN)
    for forged in (moved, typed, promoted):
        assert not forged.allows(Permission.ORG_VIEW)
        for call in walk(ctx, forged, b, b_key, b_invitation).values():
            with pytest.raises(PermissionDeniedError, match="not issued by resolve_scope"):
                call()
    assert [k.id for k in list_api_keys(ctx, b.admin)] == [b_key]
