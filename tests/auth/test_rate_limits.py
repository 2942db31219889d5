"""Brute force: 5 attempts a minute per account and per address, the same for unknown accounts."""

from __future__ import annotations

import pytest

from aibaas.auth import (
    Action,
    InvalidCredentialsError,
    RateLimitedError,
    create_user,
    login,
    register,
    request_password_reset,
)
from aibaas.store import session_scope
from aibaas.store.models import AuditLog
from tests.auth.conftest import PASSWORD, MovableClock

EMAIL = "ada@example.com"


def rate_limited_entries(ctx) -> list[AuditLog]:
    with session_scope(ctx.sessions) as db:
        return list(db.query(AuditLog).filter(AuditLog.action == Action.RATE_LIMITED.value))


def test_sixth_login_in_a_minute_is_refused_even_with_the_right_password(ctx, clock: MovableClock) -> None:
    create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    for n in range(5):
        with pytest.raises(InvalidCredentialsError):
            login(ctx, EMAIL, f"wrong-guess-number-{n}", source_address=f"10.0.0.{n}")
    with pytest.raises(RateLimitedError, match="too many login attempts") as refused:
        login(ctx, EMAIL, PASSWORD, source_address="10.9.9.9")
    assert 1 <= refused.value.retry_after_s <= 60
    entry = rate_limited_entries(ctx)[0]
    assert (entry.target, entry.source_address, entry.details) == (EMAIL, "10.9.9.9", {"action": "login"})

    clock.advance(seconds=61)
    assert login(ctx, EMAIL, PASSWORD).user_id


def test_one_address_trying_many_accounts_is_limited(ctx) -> None:
    for n in range(5):
        with pytest.raises(InvalidCredentialsError):
            login(ctx, f"victim{n}@example.com", PASSWORD, source_address="203.0.113.7")
    with pytest.raises(RateLimitedError):
        login(ctx, "victim9@example.com", PASSWORD, source_address="203.0.113.7")
    # another address is not affected
    with pytest.raises(InvalidCredentialsError):
        login(ctx, "victim9@example.com", PASSWORD, source_address="203.0.113.8")


def test_unknown_accounts_are_limited_exactly_like_known_ones(ctx) -> None:
    create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    outcomes = {}
    for email in (EMAIL, "nobody@example.com"):
        seen = []
        for _ in range(6):
            try:
                login(ctx, email, "wrong-password-guess")
            except (InvalidCredentialsError, RateLimitedError) as exc:
                seen.append(type(exc).__name__)
        outcomes[email] = seen
    assert (
        outcomes[EMAIL]
        == outcomes["nobody@example.com"]
        == ["InvalidCredentialsError"] * 5 + ["RateLimitedError"]
    )


def test_registration_and_reset_requests_are_limited(ctx, mail_sink) -> None:
    for _ in range(5):
        request_password_reset(ctx, "nobody@example.com", "192.0.2.1")
    with pytest.raises(RateLimitedError, match="too many reset attempts"):
        request_password_reset(ctx, "nobody@example.com", "192.0.2.2")
    for n in range(5):
        register(ctx, f"bot{n}@example.com", "Bot Account", PASSWORD, "192.0.2.50")
    with pytest.raises(RateLimitedError, match="too many register attempts"):
        register(ctx, "bot9@example.com", "Bot Account", PASSWORD, "192.0.2.50")
    assert len(rate_limited_entries(ctx)) == 2
