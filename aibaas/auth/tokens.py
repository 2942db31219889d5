"""Signed tokens (HS256 JWTs keyed by AIBAAS_SECRET_KEY) and opaque refresh tokens.

Every JWT names its purpose in `typ`, so a reset token can never pass as an access token.
Expiry is checked against the service clock rather than the wall clock, so tests can move time.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta
from typing import Any

import jwt

from aibaas.auth.errors import TokenInvalidError

ALGORITHM = "HS256"


def new_jti() -> str:
    """A random token id (128 bits)."""
    return secrets.token_hex(16)


def sign(secret: str, purpose: str, claims: dict[str, Any], now: datetime, lifetime: timedelta) -> str:
    """A JWT carrying `claims`, its purpose and its expiry."""
    payload = {
        **claims,
        "typ": purpose,
        "iat": int(now.timestamp()),
        "exp": int((now + lifetime).timestamp()),
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def verify(secret: str, purpose: str, token: str, now: datetime) -> dict[str, Any]:
    """The claims of a token of this purpose, or TokenInvalidError saying what is wrong with it."""
    try:
        claims: dict[str, Any] = jwt.decode(
            token.strip(),
            secret,
            algorithms=[ALGORITHM],
            options={"verify_exp": False, "verify_iat": False, "require": ["exp"]},
        )
    except jwt.InvalidSignatureError:
        raise TokenInvalidError(
            "the link or token has been altered; use the one from the mail as sent"
        ) from None
    except jwt.PyJWTError:
        raise TokenInvalidError("the link or token is malformed; copy the whole link from the mail") from None
    if claims.get("typ") != purpose:
        raise TokenInvalidError(f"this token is not a {purpose.replace('_', ' ')} token")
    if int(claims["exp"]) <= int(now.timestamp()):
        raise TokenInvalidError("the link or token has expired; ask for a new one")
    return claims


def new_refresh_token() -> str:
    """An opaque refresh token (256 bits); only its digest is stored."""
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    """SHA-256 hex digest: enough for high-entropy random tokens (no slow hash needed)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def keyed_digest(secret: str, token: str) -> str:
    """HMAC-SHA256 keyed by the server secret, so a leaked table alone cannot confirm a key."""
    return hmac.new(secret.encode("utf-8"), token.encode("utf-8"), hashlib.sha256).hexdigest()
