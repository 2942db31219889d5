"""Login and sessions: short-lived access JWTs, rotating refresh tokens, logout (here or everywhere).

A session is a family of refresh tokens. Each refresh spends the token and issues the next; a
spent token presented again means it was copied, so the whole session is revoked. Access tokens
name their session, and `authenticate` checks it is still live, so logout takes effect at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from aibaas.auth import tokens
from aibaas.auth.audit import Action, record, record_alone
from aibaas.auth.context import AuthContext
from aibaas.auth.errors import (
    EmailNotVerifiedError,
    InvalidCredentialsError,
    MfaRequiredError,
    PermissionDeniedError,
    TokenInvalidError,
)
from aibaas.auth.mfa import check_code
from aibaas.auth.passwords import hash_password, needs_rehash, verify_password
from aibaas.auth.permissions import OrgScope, resolve_scope
from aibaas.auth.ratelimit import limit_attempt
from aibaas.auth.validation import normalize_address, normalize_email
from aibaas.store.auth_models import AuthSession, RefreshToken
from aibaas.store.engine import session_scope
from aibaas.store.models import Membership, User

ACCESS = "access"


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    access_expires_at: datetime
    refresh_token: str
    user_id: int
    organization_id: int | None


@dataclass(frozen=True)
class Principal:
    """Who is calling, from a verified access token."""

    user_id: int
    session_id: int
    organization_id: int | None
    is_staff: bool


def user_by_email(db: Session, email: str) -> User | None:
    return db.scalar(select(User).where(User.email == email))


def _issue(ctx: AuthContext, db: Session, session: AuthSession) -> TokenPair:
    now = ctx.now()
    refresh = tokens.new_refresh_token()
    db.add(
        RefreshToken(
            session_id=session.id,
            token_hash=tokens.digest(refresh),
            expires_at=now + ctx.lifetimes.refresh_token,
            created_at=now,
        )
    )
    session.last_used_at = now
    claims = {"sub": str(session.user_id), "sid": session.id, "org": session.active_organization_id}
    secret = ctx.settings.secret_key.get_secret_value()
    access = tokens.sign(secret, ACCESS, claims, now, ctx.lifetimes.access_token)
    return TokenPair(
        access, now + ctx.lifetimes.access_token, refresh, session.user_id, session.active_organization_id
    )


def _first_organization(db: Session, user_id: int) -> int | None:
    return db.scalar(
        select(Membership.organization_id)
        .where(Membership.user_id == user_id)
        .order_by(Membership.created_at, Membership.id)
        .limit(1)
    )


def _check_login(ctx: AuthContext, db: Session, user: User | None, password: str, code: str | None) -> str:
    """'' when the credentials are right, else the reason recorded in the audit log."""
    active = user is not None and user.is_active
    password_ok = verify_password(
        ctx.password_cost, user.password_hash if user and active else None, password
    )
    if user is None or not active or not password_ok:
        return "unknown_account" if user is None else ("inactive" if not active else "bad_password")
    if user.email_verified_at is None:
        raise EmailNotVerifiedError()
    if user.totp_secret is not None:
        if not code:
            raise MfaRequiredError()
        if not check_code(ctx, db, user, user.totp_secret, code):
            return "bad_totp"
    return ""


def login(
    ctx: AuthContext,
    email: str,
    password: str,
    totp_code: str | None = None,
    source_address: str | None = None,
) -> TokenPair:
    """Start a session; 5 attempts a minute per account and per address, then RateLimitedError.

    Raises:
        InvalidCredentialsError: the same for an unknown address, a wrong password or a wrong code.
        EmailNotVerifiedError / MfaRequiredError: the password was right but a step is missing.
    """
    address = normalize_address(source_address)
    email = normalize_email(email)
    limit_attempt(ctx, "login", email, address)
    with session_scope(ctx.sessions) as db:
        user = user_by_email(db, email)
        reason = _check_login(ctx, db, user, password, totp_code)
        if not reason and user is not None:
            if needs_rehash(ctx.password_cost, user.password_hash):
                user.password_hash = hash_password(ctx.password_cost, password)
            session = AuthSession(
                user_id=user.id,
                active_organization_id=_first_organization(db, user.id),
                source_address=address,
                created_at=ctx.now(),
            )
            db.add(session)
            db.flush()
            pair = _issue(ctx, db, session)
            record(
                db,
                Action.LOGIN_SUCCEEDED,
                now=ctx.now(),
                actor_id=user.id,
                organization_id=session.active_organization_id,
                target=email,
                source_address=address,
            )
            return pair
        actor = user.id if user else None
    record_alone(
        ctx,
        Action.LOGIN_FAILED,
        actor_id=actor,
        target=email,
        source_address=address,
        details={"reason": reason},
    )
    raise InvalidCredentialsError()


def refresh(ctx: AuthContext, refresh_token: str, source_address: str | None = None) -> TokenPair:
    """Spend a refresh token for a new pair; a spent token presented again ends its session."""
    address = normalize_address(source_address)
    now = ctx.now()
    with session_scope(ctx.sessions) as db:
        row = db.scalar(
            select(RefreshToken).where(RefreshToken.token_hash == tokens.digest(refresh_token.strip()))
        )
        session = db.get(AuthSession, row.session_id) if row else None
        if row is None or session is None or session.revoked_at is not None:
            raise TokenInvalidError("the session has ended; log in again")
        if row.expires_at <= now:
            raise TokenInvalidError("the session has expired; log in again")
        reused = row.used_at is not None
        if reused:
            session.revoked_at, session.revoked_reason = now, "refresh_reused"
            record(
                db,
                Action.REFRESH_REUSED,
                now=now,
                actor_id=session.user_id,
                target=f"session:{session.id}",
                source_address=address,
            )
        else:
            row.used_at = now
            return _issue(ctx, db, session)
    raise TokenInvalidError(
        "this refresh token was already used, so the session was ended for safety; log in again"
    )


def logout(ctx: AuthContext, refresh_token: str, source_address: str | None = None) -> None:
    """End the session the refresh token belongs to (nothing happens for an unknown token)."""
    address = normalize_address(source_address)
    with session_scope(ctx.sessions) as db:
        row = db.scalar(
            select(RefreshToken).where(RefreshToken.token_hash == tokens.digest(refresh_token.strip()))
        )
        session = db.get(AuthSession, row.session_id) if row else None
        if session is None or session.revoked_at is not None:
            return
        session.revoked_at, session.revoked_reason = ctx.now(), "logout"
        record(
            db,
            Action.LOGOUT,
            now=ctx.now(),
            actor_id=session.user_id,
            target=f"session:{session.id}",
            source_address=address,
        )


def revoke_all_sessions(db: Session, user_id: int, now: datetime, reason: str) -> int:
    """End every live session of the user; returns how many were live."""
    result = db.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def logout_everywhere(ctx: AuthContext, user_id: int, source_address: str | None = None) -> int:
    """End every session of the user on every device; returns how many were ended."""
    address = normalize_address(source_address)
    with session_scope(ctx.sessions) as db:
        ended = revoke_all_sessions(db, user_id, ctx.now(), reason="logout_everywhere")
        record(
            db,
            Action.LOGOUT_EVERYWHERE,
            now=ctx.now(),
            actor_id=user_id,
            source_address=address,
            details={"sessions": ended},
        )
        return ended


def authenticate(ctx: AuthContext, access_token: str) -> Principal:
    """The caller of a valid access token whose session is still live."""
    claims = tokens.verify(ctx.settings.secret_key.get_secret_value(), ACCESS, access_token, ctx.now())
    with session_scope(ctx.sessions) as db:
        session = db.get(AuthSession, int(claims.get("sid", 0)))
        user = db.get(User, int(claims.get("sub", 0)))
        if session is None or session.revoked_at is not None or user is None or not user.is_active:
            raise TokenInvalidError("the session has ended; log in again")
        if session.user_id != user.id:
            raise TokenInvalidError("the access token does not match its session; log in again")
        return Principal(user.id, session.id, session.active_organization_id, user.is_staff)


def current_scope(
    ctx: AuthContext, principal: Principal, source_address: str | None = None
) -> OrgScope | None:
    """The principal's scope in their active organisation, re-read so role changes apply at once."""
    if principal.organization_id is None:
        return None
    with session_scope(ctx.sessions) as db:
        return resolve_scope(
            db, principal.user_id, principal.organization_id, normalize_address(source_address)
        )


def switch_organization(
    ctx: AuthContext, principal: Principal, organization_id: int, source_address: str | None = None
) -> tuple[str, datetime]:
    """Make another organisation of the user's the active one; returns the new access token and expiry."""
    address = normalize_address(source_address)
    now = ctx.now()
    try:
        with session_scope(ctx.sessions) as db:
            scope = resolve_scope(db, principal.user_id, organization_id, address)
    except PermissionDeniedError:
        record_alone(
            ctx,
            Action.ACCESS_DENIED,
            actor_id=principal.user_id,
            target=f"organization:{organization_id}",
            source_address=address,
            details={"attempt": "switch_organization"},
        )
        raise
    with session_scope(ctx.sessions) as db:
        session = db.get(AuthSession, principal.session_id)
        if session is None or session.user_id != principal.user_id or session.revoked_at is not None:
            raise TokenInvalidError("the session has ended; log in again")
        session.active_organization_id = scope.organization_id
        record(
            db,
            Action.ORG_SWITCHED,
            now=now,
            actor_id=principal.user_id,
            organization_id=organization_id,
            source_address=address,
        )
        claims = {"sub": str(principal.user_id), "sid": session.id, "org": organization_id}
        secret = ctx.settings.secret_key.get_secret_value()
        return tokens.sign(
            secret, ACCESS, claims, now, ctx.lifetimes.access_token
        ), now + ctx.lifetimes.access_token
