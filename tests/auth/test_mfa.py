"""TOTP as an option: enrolment proven by a code, then required at login, never replayable."""

from __future__ import annotations

import pyotp
import pytest

from aibaas.auth import (
    InvalidCredentialsError,
    InvalidInputError,
    MfaRequiredError,
    begin_totp,
    confirm_totp,
    create_user,
    disable_totp,
    get_account,
    login,
)
from tests.auth.conftest import PASSWORD, MovableClock

EMAIL = "ada@example.com"


def test_totp_enrolment_login_replay_and_removal(ctx, clock: MovableClock) -> None:
    user = create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    enrolment = begin_totp(ctx, user.id)
    assert enrolment.provisioning_uri.startswith("otpauth://totp/AIBaaS:ada%40example.com?secret=")
    app = pyotp.TOTP(enrolment.secret)
    with pytest.raises(InvalidInputError, match="code"):
        confirm_totp(
            ctx, user.id, enrolment.secret, "000000" if app.at(clock.now()) != "000000" else "111111"
        )
    confirm_totp(ctx, user.id, enrolment.secret, app.at(clock.now()))
    assert get_account(ctx, user.id).mfa_enabled

    with pytest.raises(MfaRequiredError):
        login(ctx, EMAIL, PASSWORD)
    clock.advance(seconds=30)
    code = app.at(clock.now())
    assert login(ctx, EMAIL, PASSWORD, totp_code=code).user_id == user.id
    with pytest.raises(InvalidCredentialsError):
        login(ctx, EMAIL, PASSWORD, totp_code=code)  # the same code again: replay
    with pytest.raises(InvalidInputError, match="6 digits"):
        login(ctx, EMAIL, PASSWORD, totp_code="12ab56")

    clock.advance(minutes=2)  # a fresh window for the rate limit
    with pytest.raises(InvalidCredentialsError):
        disable_totp(ctx, user.id, code)
    clock.advance(seconds=30)
    disable_totp(ctx, user.id, app.at(clock.now()))
    assert login(ctx, EMAIL, PASSWORD).user_id == user.id


def test_confirming_with_a_secret_that_is_not_base32_is_a_clear_error(ctx) -> None:
    user = create_user(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    with pytest.raises(InvalidInputError, match="secret: is not a base32"):
        confirm_totp(ctx, user.id, "not base32 at all!!", "123456")
