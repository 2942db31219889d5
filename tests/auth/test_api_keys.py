"""API keys: shown once, stored as a keyed digest, scoped, expiring, revocable, last use recorded."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from aibaas.auth import (
    InvalidInputError,
    KeyScope,
    PermissionDeniedError,
    TokenInvalidError,
    authenticate_api_key,
    create_api_key,
    list_api_keys,
    revoke_api_key,
)
from aibaas.auth.mailsink import MailSink
from aibaas.store import session_scope
from aibaas.store.models import ApiKey
from tests.auth.conftest import MovableClock, make_tenant


def test_key_is_shown_once_stored_hashed_and_records_its_use(ctx, mail_sink: MailSink) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    created = create_api_key(ctx, tenant.developer, "CI runner", "run", expires_in_days=30)
    assert created.key.startswith(f"aib_{created.info.prefix}_")
    with session_scope(ctx.sessions) as db:
        row = db.scalar(select(ApiKey))
        assert row is not None
        stored = [str(getattr(row, c.key)) for c in ApiKey.__table__.columns]
    secret = created.key.split("_", 2)[2]  # the secret itself may contain underscores
    assert not any(created.key in value or secret in value for value in stored)
    assert list_api_keys(ctx, tenant.developer)[0].last_used_at is None

    principal = authenticate_api_key(ctx, created.key)
    assert (principal.organization_id, principal.scope) == (tenant.org_id, KeyScope.RUN)
    assert list_api_keys(ctx, tenant.developer)[0].last_used_at is not None


def test_revoked_expired_and_tampered_keys_are_refused_alike(
    ctx, mail_sink: MailSink, clock: MovableClock
) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    revoked = create_api_key(ctx, tenant.admin, "Old key")
    revoke_api_key(ctx, tenant.admin, revoked.info.id)
    short = create_api_key(ctx, tenant.admin, "Short key", expires_in_days=1)
    live = create_api_key(ctx, tenant.admin, "Live key", expires_in_days=None)
    clock.advance(days=1, seconds=1)
    tampered = live.key[:-1] + ("A" if live.key[-1] != "A" else "B")
    messages = set()
    for key in (revoked.key, short.key, tampered, "aib_nothing_here", "Bearer x", ""):
        with pytest.raises(TokenInvalidError) as refused:
            authenticate_api_key(ctx, key)
        messages.add(str(refused.value))
    assert messages == {"the API key is unknown, revoked or expired"}
    assert authenticate_api_key(ctx, live.key).key_id == live.info.id


def test_key_arguments_are_checked(ctx, mail_sink: MailSink) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    with pytest.raises(InvalidInputError, match="scope: 'write' is not a key scope"):
        create_api_key(ctx, tenant.admin, "Key", "write")
    with pytest.raises(InvalidInputError, match="expires_in_days: 400 is outside 1-365"):
        create_api_key(ctx, tenant.admin, "Key", "read", 400)
    with pytest.raises(InvalidInputError, match="name: contains '<'"):
        create_api_key(ctx, tenant.admin, "<script>alert(1)</script>")
    with pytest.raises(PermissionDeniedError):
        create_api_key(ctx, tenant.viewer, "Key")
