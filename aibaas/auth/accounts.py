"""Accounts: registration with a mailed verification link, password reset, operator-created users.

Responses never reveal whether an address has an account: registration and reset requests
return nothing and mail the address either way (a notice instead when it already has an account).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from aibaas.auth import mail, onetime
from aibaas.auth.audit import Action, record
from aibaas.auth.context import AuthContext
from aibaas.auth.errors import InvalidInputError, NotFoundError
from aibaas.auth.onetime import Purpose
from aibaas.auth.passwords import hash_password
from aibaas.auth.ratelimit import limit_attempt
from aibaas.auth.sessions import revoke_all_sessions, user_by_email
from aibaas.auth.validation import check_password, normalize_address, normalize_display_name, normalize_email
from aibaas.store.engine import session_scope
from aibaas.store.models import User


@dataclass(frozen=True)
class Account:
    id: int
    email: str
    display_name: str
    email_verified: bool
    is_staff: bool
    mfa_enabled: bool
    created_at: datetime


def account_of(user: User) -> Account:
    return Account(
        id=user.id,
        email=user.email,
        display_name=user.display_name,
        email_verified=user.email_verified_at is not None,
        is_staff=user.is_staff,
        mfa_enabled=user.totp_secret is not None,
        created_at=user.created_at,
    )


def register(
    ctx: AuthContext, email: str, display_name: str, password: str, source_address: str | None = None
) -> None:
    """Create an unverified account and mail its verification link.

    If the address already has an account, that account gets a notice instead; the caller sees
    the same outcome, so registration cannot be used to discover accounts.
    """
    address = normalize_address(source_address)
    email = normalize_email(email)
    name = normalize_display_name(display_name)
    password = check_password(password, email=email, display_name=name)
    limit_attempt(ctx, "register", email, address)
    password_hash = hash_password(
        ctx.password_cost, password
    )  # also for known addresses: same time either way
    with session_scope(ctx.sessions) as db:
        existing = user_by_email(db, email)
        if existing is not None:
            subject, body = mail.already_registered_mail(ctx.settings, existing.display_name)
        else:
            user = User(email=email, display_name=name, password_hash=password_hash, created_at=ctx.now())
            db.add(user)
            db.flush()
            token = onetime.issue(ctx, db, Purpose.VERIFY_EMAIL, user.id)
            record(
                db, Action.REGISTERED, now=ctx.now(), actor_id=user.id, target=email, source_address=address
            )
            subject, body = mail.verification_mail(ctx.settings, name, token)
    mail.send_mail(ctx.settings, email, subject, body)


def resend_verification(ctx: AuthContext, email: str, source_address: str | None = None) -> None:
    """Mail a fresh verification link to an unverified account; silent for any other address."""
    address = normalize_address(source_address)
    email = normalize_email(email)
    limit_attempt(ctx, "register", email, address)
    with session_scope(ctx.sessions) as db:
        user = user_by_email(db, email)
        if user is None or user.email_verified_at is not None:
            return
        token = onetime.issue(ctx, db, Purpose.VERIFY_EMAIL, user.id)
        subject, body = mail.verification_mail(ctx.settings, user.display_name, token)
    mail.send_mail(ctx.settings, email, subject, body)


def verify_email(ctx: AuthContext, token: str, source_address: str | None = None) -> Account:
    """Confirm the address named by a verification token (usable once)."""
    address = normalize_address(source_address)
    with session_scope(ctx.sessions) as db:
        user_id = onetime.consume(ctx, db, Purpose.VERIFY_EMAIL, token)
        user = db.get_one(User, user_id)
        if user.email_verified_at is None:
            user.email_verified_at = ctx.now()
        record(
            db,
            Action.EMAIL_VERIFIED,
            now=ctx.now(),
            actor_id=user.id,
            target=user.email,
            source_address=address,
        )
        return account_of(user)


def request_password_reset(ctx: AuthContext, email: str, source_address: str | None = None) -> None:
    """Mail a reset link if the address has an active account; the caller cannot tell either way."""
    address = normalize_address(source_address)
    email = normalize_email(email)
    limit_attempt(ctx, "reset", email, address)
    with session_scope(ctx.sessions) as db:
        user = user_by_email(db, email)
        if user is None or not user.is_active:
            return
        token = onetime.issue(ctx, db, Purpose.RESET_PASSWORD, user.id)
        record(
            db,
            Action.PASSWORD_RESET_REQUESTED,
            now=ctx.now(),
            actor_id=user.id,
            target=email,
            source_address=address,
        )
        subject, body = mail.reset_mail(ctx.settings, user.display_name, token)
    mail.send_mail(ctx.settings, email, subject, body)


def reset_password(
    ctx: AuthContext, token: str, new_password: str, source_address: str | None = None
) -> None:
    """Set a new password with a reset token (usable once); every session of the account ends."""
    address = normalize_address(source_address)
    with session_scope(ctx.sessions) as db:
        user_id = onetime.consume(ctx, db, Purpose.RESET_PASSWORD, token)
        user = db.get_one(User, user_id)
        password = check_password(new_password, email=user.email, display_name=user.display_name)
        user.password_hash = hash_password(ctx.password_cost, password)
        # Following the link proves control of the mailbox, so the address counts as verified.
        user.email_verified_at = user.email_verified_at or ctx.now()
        onetime.retire_all(ctx, db, Purpose.RESET_PASSWORD, user.id)
        revoke_all_sessions(db, user.id, ctx.now(), reason="password_reset")
        record(
            db,
            Action.PASSWORD_RESET,
            now=ctx.now(),
            actor_id=user.id,
            target=user.email,
            source_address=address,
        )


def create_user(
    ctx: AuthContext, email: str, display_name: str, password: str, *, staff: bool = False
) -> Account:
    """An operator-created, already verified account (`aibaas users create`)."""
    email = normalize_email(email)
    name = normalize_display_name(display_name)
    password = check_password(password, email=email, display_name=name)
    with session_scope(ctx.sessions) as db:
        if user_by_email(db, email) is not None:
            raise InvalidInputError("email", f"{email} already has an account")
        now = ctx.now()
        user = User(
            email=email,
            display_name=name,
            password_hash=hash_password(ctx.password_cost, password),
            email_verified_at=now,
            is_staff=staff,
            created_at=now,
        )
        db.add(user)
        db.flush()
        record(db, Action.REGISTERED, now=now, actor_id=user.id, target=email, details={"by": "operator"})
        return account_of(user)


def get_account(ctx: AuthContext, user_id: int) -> Account:
    """The account's public facts (no hash, no secret)."""
    with session_scope(ctx.sessions) as db:
        user = db.get(User, user_id)
        if user is None:
            raise NotFoundError(f"there is no account {user_id}")
        return account_of(user)
