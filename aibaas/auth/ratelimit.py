"""Sliding-window rate limits kept in the database, so every process (app, CLI, API) shares them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from aibaas.auth.audit import Action, record_alone
from aibaas.auth.context import AuthContext, RateLimit
from aibaas.auth.errors import RateLimitedError
from aibaas.store.auth_models import RateLimitEvent
from aibaas.store.engine import session_scope


def buckets(action: str, email: str | None, address: str | None) -> list[str]:
    """The buckets an attempt counts against: one for the account, one for the source address."""
    keys = [f"{action}:email:{email}"] if email else []
    if address:
        keys.append(f"{action}:addr:{address}")
    return keys


def hit(db: Session, limit: RateLimit, action: str, keys: list[str], now: datetime) -> None:
    """Count one attempt against each bucket, refusing it when any bucket is already full.

    Refused attempts are not counted, so a blocked client is free again one window after its
    last accepted attempt.
    """
    since = now - limit.window
    db.execute(delete(RateLimitEvent).where(RateLimitEvent.occurred_at < since))
    for key in keys:
        recent = db.execute(
            select(func.count(), func.min(RateLimitEvent.occurred_at)).where(
                RateLimitEvent.bucket == key, RateLimitEvent.occurred_at >= since
            )
        ).one()
        count, oldest = int(recent[0]), recent[1]
        if count >= limit.attempts:
            retry = max(1, int((oldest + limit.window - now).total_seconds()) + 1)
            raise RateLimitedError(action, retry)
    db.add_all(RateLimitEvent(bucket=key, occurred_at=now) for key in keys)
    db.flush()


def limit_attempt(ctx: AuthContext, action: str, email: str | None, address: str | None) -> None:
    """Count an attempt in its own transaction (so it sticks even when the attempt then fails).

    A refusal is written to the audit log and re-raised.
    """
    try:
        with session_scope(ctx.sessions) as db:
            hit(db, ctx.rate_limit, action, buckets(action, email, address), ctx.now())
    except RateLimitedError:
        record_alone(
            ctx, Action.RATE_LIMITED, target=email or "", source_address=address, details={"action": action}
        )
        raise
