"""Sessions: access tokens expire, refresh tokens rotate, a reused refresh token ends the session."""

from __future__ import annotations

import pytest

from aibaas.auth import (
    Action,
    TokenInvalidError,
    authenticate,
    create_user,
    login,
    logout,
    logout_everywhere,
    refresh,
)
from aibaas.auth.audit import AuditEntry
from aibaas.store import session_scope
from aibaas.store.models import AuditLog
from tests.auth.conftest import PASSWORD, MovableClock

EMAIL = "ada@example.com"


def audit_actions(ctx) -> list[str]:
    with session_scope(ctx.sessions) as db:
        return [AuditEntry.model_validate(r).action for r in db.query(AuditLog).order_by(AuditLog.id)]


def test_access_token_expires_after_fifteen_minutes(ctx, clock: MovableClock) -> None:
    create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    pair = login(ctx, EMAIL, PASSWORD)
    clock.advance(minutes=14)
    authenticate(ctx, pair.access_token)
    clock.advance(minutes=1, seconds=1)
    with pytest.raises(TokenInvalidError, match="expired"):
        authenticate(ctx, pair.access_token)
    renewed = refresh(ctx, pair.refresh_token)
    assert authenticate(ctx, renewed.access_token).user_id == pair.user_id


def test_refresh_rotates_and_a_reused_token_ends_the_session(ctx) -> None:
    create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    first = login(ctx, EMAIL, PASSWORD)
    second = refresh(ctx, first.refresh_token)
    assert second.refresh_token != first.refresh_token
    third = refresh(ctx, second.refresh_token)

    with pytest.raises(TokenInvalidError, match="already used"):
        refresh(ctx, first.refresh_token)  # a copy of an old token: theft signal
    with pytest.raises(TokenInvalidError, match="ended"):
        refresh(ctx, third.refresh_token)
    with pytest.raises(TokenInvalidError, match="ended"):
        authenticate(ctx, third.access_token)
    assert Action.REFRESH_REUSED.value in audit_actions(ctx)


def test_refresh_token_expires_after_thirty_days(ctx, clock: MovableClock) -> None:
    create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    pair = login(ctx, EMAIL, PASSWORD)
    clock.advance(days=30, seconds=1)
    with pytest.raises(TokenInvalidError, match="expired"):
        refresh(ctx, pair.refresh_token)


def test_logout_ends_one_session_and_logout_everywhere_ends_all(ctx) -> None:
    create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    laptop, phone, tablet = (login(ctx, EMAIL, PASSWORD) for _ in range(3))
    logout(ctx, laptop.refresh_token)
    with pytest.raises(TokenInvalidError):
        authenticate(ctx, laptop.access_token)
    authenticate(ctx, phone.access_token)

    assert logout_everywhere(ctx, phone.user_id, "127.0.0.1") == 2
    for pair in (phone, tablet):
        with pytest.raises(TokenInvalidError):
            authenticate(ctx, pair.access_token)
        with pytest.raises(TokenInvalidError):
            refresh(ctx, pair.refresh_token)
    assert {Action.LOGOUT.value, Action.LOGOUT_EVERYWHERE.value} <= set(audit_actions(ctx))


def test_access_token_signed_with_another_key_or_forged_is_refused(ctx) -> None:
    import jwt

    create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    pair = login(ctx, EMAIL, PASSWORD)
    claims = jwt.decode(pair.access_token, options={"verify_signature": False})
    forged = jwt.encode({**claims, "sub": "999"}, "guessed-secret-key-guessed-secret", algorithm="HS256")
    with pytest.raises(TokenInvalidError, match="altered"):
        authenticate(ctx, forged)
    unsigned = jwt.encode(claims, "", algorithm="none")
    with pytest.raises(TokenInvalidError):
        authenticate(ctx, unsigned)
