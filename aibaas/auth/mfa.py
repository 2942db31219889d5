"""Optional TOTP two-factor authentication (RFC 6238, 30 s steps, one step of clock drift allowed).

Enrolment is two steps: `begin_totp` makes a secret for the authenticator app (nothing stored),
`confirm_totp` stores it once a code from the app proves it was scanned. A code is accepted once:
its time step is recorded, so a code seen over someone's shoulder cannot be replayed.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

import pyotp
from sqlalchemy.orm import Session

from aibaas.auth.audit import Action, record
from aibaas.auth.context import AuthContext
from aibaas.auth.errors import InvalidCredentialsError, InvalidInputError
from aibaas.auth.validation import normalize_address, normalize_totp_code
from aibaas.store.auth_models import OneTimeToken
from aibaas.store.engine import session_scope
from aibaas.store.models import User

ISSUER = "AIBaaS"
_DRIFT_STEPS = (0, -1, 1)


@dataclass(frozen=True)
class TotpEnrollment:
    secret: str
    provisioning_uri: str


def _matching_step(secret: str, code: str, now: datetime) -> int | None:
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now)
    for offset in _DRIFT_STEPS:
        when = now + timedelta(seconds=offset * totp.interval)
        if hmac.compare_digest(totp.at(when), code):
            return current + offset
    return None


def check_code(ctx: AuthContext, db: Session, user: User, secret: str, code: str) -> bool:
    """Whether `code` is valid now for `secret` and not used before; marks its step as used."""
    now = ctx.now()
    step = _matching_step(secret, normalize_totp_code(code), now)
    if step is None:
        return False
    jti = f"totp:{user.id}:{step}"
    if db.get(OneTimeToken, jti) is not None:
        return False
    db.add(
        OneTimeToken(
            jti=jti, purpose="totp", user_id=user.id, expires_at=now + timedelta(minutes=2), used_at=now
        )
    )
    db.flush()
    return True


def begin_totp(ctx: AuthContext, user_id: int) -> TotpEnrollment:
    """A fresh secret and the otpauth:// URI to show as a QR code; stored only by `confirm_totp`."""
    with session_scope(ctx.sessions) as db:
        user = db.get_one(User, user_id)
        secret = pyotp.random_base32()
        return TotpEnrollment(
            secret, pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)
        )


def confirm_totp(
    ctx: AuthContext, user_id: int, secret: str, code: str, source_address: str | None = None
) -> None:
    """Turn TOTP on once `code` proves the app holds `secret`."""
    address = normalize_address(source_address)
    secret = secret.strip().upper()
    try:
        pyotp.TOTP(secret).now()
    except ValueError:  # binascii.Error, raised for non-base32 input, is a ValueError
        raise InvalidInputError("secret", "is not a base32 TOTP secret; start the set-up again") from None
    with session_scope(ctx.sessions) as db:
        user = db.get_one(User, user_id)
        if not check_code(ctx, db, user, secret, code):
            raise InvalidInputError(
                "code", "does not match; check the time on your phone and enter a fresh code"
            )
        user.totp_secret = secret
        record(
            db, Action.MFA_ENABLED, now=ctx.now(), actor_id=user.id, target=user.email, source_address=address
        )


def disable_totp(ctx: AuthContext, user_id: int, code: str, source_address: str | None = None) -> None:
    """Turn TOTP off; needs a current code, so a stolen session alone cannot remove it."""
    address = normalize_address(source_address)
    with session_scope(ctx.sessions) as db:
        user = db.get_one(User, user_id)
        if user.totp_secret is None:
            raise InvalidInputError("code", "two-factor authentication is not on for this account")
        if not check_code(ctx, db, user, user.totp_secret, code):
            raise InvalidCredentialsError()
        user.totp_secret = None
        record(
            db,
            Action.MFA_DISABLED,
            now=ctx.now(),
            actor_id=user.id,
            target=user.email,
            source_address=address,
        )
