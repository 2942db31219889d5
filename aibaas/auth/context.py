"""What every service of the area needs: settings, a session factory, a clock and the lifetimes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy.orm import Session, sessionmaker

from aibaas.auth.passwords import PasswordCost
from aibaas.config import Settings
from aibaas.store import make_engine, session_factory
from aibaas.store.models import utcnow


@dataclass(frozen=True)
class Lifetimes:
    """How long each credential lives (see docs/accounts.md)."""

    access_token: timedelta = timedelta(minutes=15)
    refresh_token: timedelta = timedelta(days=30)
    email_verification: timedelta = timedelta(hours=24)
    password_reset: timedelta = timedelta(minutes=30)
    invitation: timedelta = timedelta(days=7)


@dataclass(frozen=True)
class RateLimit:
    """At most `attempts` per `window` for each account and each source address."""

    attempts: int = 5
    window: timedelta = timedelta(minutes=1)


@dataclass(frozen=True)
class AuthContext:
    """Passed to every service; tests give it a clock they can move forward."""

    settings: Settings
    sessions: sessionmaker[Session]
    clock: Callable[[], datetime] = utcnow
    lifetimes: Lifetimes = field(default_factory=Lifetimes)
    rate_limit: RateLimit = field(default_factory=RateLimit)
    password_cost: PasswordCost = field(default_factory=PasswordCost)

    def now(self) -> datetime:
        return self.clock()


def auth_context(settings: Settings) -> AuthContext:
    """The context for the configured database."""
    return AuthContext(settings=settings, sessions=session_factory(make_engine(settings.database_dsn)))
