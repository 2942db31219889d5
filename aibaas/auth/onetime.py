"""Single-use signed tokens (email verification, password reset): issue, and consume exactly once."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import update
from sqlalchemy.orm import Session

from aibaas.auth import tokens
from aibaas.auth.context import AuthContext
from aibaas.auth.errors import TokenInvalidError
from aibaas.store.auth_models import OneTimeToken


class Purpose(StrEnum):
    VERIFY_EMAIL = "verify_email"
    RESET_PASSWORD = "reset_password"  # noqa: S105 - a purpose name


def issue(ctx: AuthContext, db: Session, purpose: Purpose, user_id: int) -> str:
    """A signed token for `user_id`; its id is stored so it can be used once."""
    lifetime = (
        ctx.lifetimes.email_verification if purpose is Purpose.VERIFY_EMAIL else ctx.lifetimes.password_reset
    )
    now = ctx.now()
    jti = tokens.new_jti()
    db.add(OneTimeToken(jti=jti, purpose=purpose.value, user_id=user_id, expires_at=now + lifetime))
    secret = ctx.settings.secret_key.get_secret_value()
    return tokens.sign(secret, purpose.value, {"sub": str(user_id), "jti": jti}, now, lifetime)


def consume(ctx: AuthContext, db: Session, purpose: Purpose, token: str) -> int:
    """The user id of a valid, unexpired, unused token of this purpose, marking it used.

    The conditional UPDATE makes the single use hold even under concurrent attempts.
    """
    now = ctx.now()
    claims = tokens.verify(ctx.settings.secret_key.get_secret_value(), purpose.value, token, now)
    jti, user_id = str(claims.get("jti", "")), int(claims.get("sub", "0"))
    used = db.execute(
        update(OneTimeToken)
        .where(
            OneTimeToken.jti == jti,
            OneTimeToken.purpose == purpose.value,
            OneTimeToken.user_id == user_id,
            OneTimeToken.used_at.is_(None),
            OneTimeToken.expires_at > now,
        )
        .values(used_at=now)
    )
    if used.rowcount != 1:  # type: ignore[attr-defined]
        raise TokenInvalidError(
            "this link has already been used or was replaced by a newer one; ask for a new one"
        )
    return user_id


def retire_all(ctx: AuthContext, db: Session, purpose: Purpose, user_id: int) -> None:
    """Mark every outstanding token of this purpose for the user as used (e.g. after a reset)."""
    db.execute(
        update(OneTimeToken)
        .where(
            OneTimeToken.user_id == user_id,
            OneTimeToken.purpose == purpose.value,
            OneTimeToken.used_at.is_(None),
        )
        .values(used_at=ctx.now())
    )
