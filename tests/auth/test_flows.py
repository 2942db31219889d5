"""The flows a person goes through: register, verify by the mailed link, log in, reset the password."""

from __future__ import annotations

import pytest

from aibaas.auth import (
    EmailNotVerifiedError,
    InvalidCredentialsError,
    TokenInvalidError,
    authenticate,
    login,
    refresh,
    register,
    request_password_reset,
    resend_verification,
    reset_password,
    verify_email,
)
from aibaas.auth.mailsink import MailSink
from tests.auth.conftest import PASSWORD, MovableClock, token_from

EMAIL = "Ada.Lovelace@Example.COM"


def test_register_verify_by_mailed_link_then_login(ctx, mail_sink: MailSink) -> None:
    register(ctx, EMAIL, "  Ada   Lovelace ", PASSWORD, "127.0.0.1")
    mail = mail_sink.wait_for("ada.lovelace@example.com")
    assert mail.subject == "Confirm your AIBaaS account"
    assert "http://127.0.0.1:8501/login?action=verify&token=" in mail.body

    with pytest.raises(EmailNotVerifiedError):
        login(ctx, EMAIL, PASSWORD)
    account = verify_email(ctx, token_from(mail, "verify"))
    assert (account.email, account.display_name, account.email_verified) == (
        "ada.lovelace@example.com",
        "Ada Lovelace",
        True,
    )
    pair = login(ctx, "ada.lovelace@example.com", PASSWORD, source_address="127.0.0.1")
    assert authenticate(ctx, pair.access_token).user_id == account.id


def test_registering_a_taken_address_looks_the_same_and_mails_a_notice(ctx, mail_sink: MailSink) -> None:
    register(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    register(ctx, EMAIL, "Someone Else", "another-long-passphrase")  # no error, no hint
    notice = mail_sink.wait_for("ada.lovelace@example.com", count=2)
    assert notice.subject == "Someone tried to register with your address"
    assert "token=" not in notice.body


def test_verification_link_is_single_use_and_expires(ctx, mail_sink: MailSink, clock: MovableClock) -> None:
    register(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    token = token_from(mail_sink.wait_for("ada.lovelace@example.com"), "verify")
    verify_email(ctx, token)
    with pytest.raises(TokenInvalidError, match="already been used"):
        verify_email(ctx, token)

    register(ctx, "grace@example.com", "Grace Hopper", PASSWORD)
    late = token_from(mail_sink.wait_for("grace@example.com"), "verify")
    clock.advance(hours=24, seconds=1)
    with pytest.raises(TokenInvalidError, match="expired"):
        verify_email(ctx, late)


def test_tampered_tokens_are_refused(ctx, mail_sink: MailSink) -> None:
    register(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    token = token_from(mail_sink.wait_for("ada.lovelace@example.com"), "verify")
    header, payload, signature = token.split(".")
    flipped = signature[:-2] + ("AA" if signature[-2:] != "AA" else "BB")
    with pytest.raises(TokenInvalidError, match="altered"):
        verify_email(ctx, f"{header}.{payload}.{flipped}")
    with pytest.raises(TokenInvalidError, match="malformed"):
        verify_email(ctx, "not-a-token")
    with pytest.raises(TokenInvalidError, match="not a reset password token"):
        reset_password(ctx, token, "a-brand-new-passphrase")


def test_password_reset_by_mailed_link_ends_every_session(ctx, mail_sink: MailSink) -> None:
    register(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    verify_email(ctx, token_from(mail_sink.wait_for("ada.lovelace@example.com"), "verify"))
    old = login(ctx, EMAIL, PASSWORD)

    request_password_reset(ctx, EMAIL, "10.0.0.1")
    mail = mail_sink.wait_for("ada.lovelace@example.com", count=2)
    token = token_from(mail, "reset")
    reset_password(ctx, token, "a-brand-new-passphrase")

    with pytest.raises(TokenInvalidError):
        authenticate(ctx, old.access_token)
    with pytest.raises(TokenInvalidError):
        refresh(ctx, old.refresh_token)
    with pytest.raises(InvalidCredentialsError):
        login(ctx, EMAIL, PASSWORD)
    assert login(ctx, EMAIL, "a-brand-new-passphrase").user_id == old.user_id
    with pytest.raises(TokenInvalidError, match="already been used"):
        reset_password(ctx, token, "yet-another-passphrase")


def test_reset_for_unknown_address_answers_the_same_and_mails_nothing(ctx, mail_sink: MailSink) -> None:
    request_password_reset(ctx, "nobody@example.com")  # no error, no hint
    register(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    mail_sink.wait_for("ada.lovelace@example.com")
    assert [m.to for m in mail_sink.messages] == [("ada.lovelace@example.com",)]


def test_wrong_password_and_unknown_account_get_the_same_message(ctx, mail_sink: MailSink) -> None:
    register(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    verify_email(ctx, token_from(mail_sink.wait_for("ada.lovelace@example.com"), "verify"))
    with pytest.raises(InvalidCredentialsError) as wrong:
        login(ctx, EMAIL, "not-the-password-at-all")
    with pytest.raises(InvalidCredentialsError) as unknown:
        login(ctx, "nobody@example.com", PASSWORD)
    assert str(wrong.value) == str(unknown.value)


def test_resend_verification_mails_a_fresh_link_only_to_unverified_accounts(ctx, mail_sink: MailSink) -> None:
    register(ctx, EMAIL, "Ada Lovelace", PASSWORD)
    first = token_from(mail_sink.wait_for("ada.lovelace@example.com"), "verify")
    resend_verification(ctx, EMAIL)
    second = token_from(mail_sink.wait_for("ada.lovelace@example.com", count=2), "verify")
    assert second != first
    verify_email(ctx, second)
    resend_verification(ctx, EMAIL)  # verified now: nothing is sent
    resend_verification(ctx, "nobody@example.com")  # unknown: nothing is sent, no error
    assert len(mail_sink.messages) == 2
