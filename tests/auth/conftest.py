"""Fixtures of the accounts tests: a real SMTP server on loopback, a movable clock, seeded users."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from aibaas.auth import (
    AuthContext,
    OrgScope,
    accept_invitation,
    create_organization,
    create_user,
    invite,
    resolve_scope,
)
from aibaas.auth.mailsink import MailSink, ReceivedMail
from aibaas.auth.passwords import PasswordCost
from aibaas.config import Settings, load_settings
from aibaas.store import make_engine, session_factory, session_scope
from tests.conftest import free_port

PASSWORD = "tangerine-violin-42"
# Still Argon2id, at 1 MiB instead of 64: tests hash hundreds of times (the default is tested alone).
TEST_PASSWORD_COST = PasswordCost(time_cost=1, memory_kib=1024, parallelism=1)


class MovableClock:
    """Real time that a test can push forward, to cross expiry and rate-limit windows."""

    def __init__(self) -> None:
        self.offset = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def advance(self, **delta: float) -> None:
        self.offset += timedelta(**delta)


@pytest.fixture
def mail_sink(tmp_path: Path) -> Iterator[MailSink]:
    sink = MailSink(port=free_port(), folder=tmp_path / "mail")
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock()


def auth_settings(tmp_path: Path, dsn: str, smtp_port: int) -> Settings:
    return load_settings(
        data_dir=tmp_path / "data",
        database_url=dsn,
        smtp_port=smtp_port,
        secret_key="test-secret-key-that-is-long-enough-for-hs256",
        public_url="http://127.0.0.1:8501",
    )


@pytest.fixture
def ctx(tmp_path: Path, database_dsn: str, mail_sink: MailSink, clock: MovableClock) -> Iterator[AuthContext]:
    """Services against a migrated database of each backend, mailing to the loopback sink."""
    settings = auth_settings(tmp_path, database_dsn, mail_sink.port)
    engine = make_engine(database_dsn)
    yield AuthContext(
        settings=settings, sessions=session_factory(engine), clock=clock.now, password_cost=TEST_PASSWORD_COST
    )
    engine.dispose()


def token_from(mail: ReceivedMail, action: str) -> str:
    """The token of the mailed link for `action` (verify, reset, invite)."""
    for url in mail.links():
        query = parse_qs(urlparse(url).query)
        if query.get("action") == [action]:
            return query["token"][0]
    raise AssertionError(f"no {action} link in mail {mail.subject!r}: {mail.body}")


@dataclass(frozen=True)
class Tenant:
    """An organisation with one member of each role."""

    org_id: int
    admin: OrgScope
    developer: OrgScope
    viewer: OrgScope


def scope_of(ctx: AuthContext, user_id: int, org_id: int) -> OrgScope:
    with session_scope(ctx.sessions) as db:
        return resolve_scope(db, user_id, org_id, "127.0.0.1")


def make_tenant(ctx: AuthContext, sink: MailSink, name: str) -> Tenant:
    """An organisation seeded through the services: its admin creates it and invites two members."""
    slug = name.lower()
    admin = create_user(ctx, f"admin@{slug}.example.com", f"{name} Admin", PASSWORD)
    org = create_organization(ctx, admin.id, f"{name} Labs", "private benchmarks")
    admin_scope = scope_of(ctx, admin.id, org.id)
    ids = {}
    for role in ("developer", "viewer"):
        email = f"{role}@{slug}.example.com"
        user = create_user(ctx, email, f"{name} {role.title()}", PASSWORD)
        invite(ctx, admin_scope, email, role)
        accept_invitation(ctx, user.id, token_from(sink.wait_for(email), "invite"))
        ids[role] = user.id
    return Tenant(
        org.id,
        admin_scope,
        scope_of(ctx, ids["developer"], org.id),
        scope_of(ctx, ids["viewer"], org.id),
    )
