"""Argon2id at the production cost, and hashes made at another cost upgraded at the next login."""

from __future__ import annotations

from sqlalchemy import select

from aibaas.auth import AuthContext, create_user, login
from aibaas.auth.passwords import PasswordCost, hash_password, needs_rehash, verify_password
from aibaas.store import session_scope
from aibaas.store.models import User
from tests.auth.conftest import PASSWORD


def test_default_cost_is_argon2id_rfc9106_low_memory() -> None:
    stored = hash_password(PasswordCost(), PASSWORD)
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert verify_password(PasswordCost(), stored, PASSWORD)
    assert not verify_password(PasswordCost(), stored, PASSWORD + "x")
    assert hash_password(PasswordCost(), PASSWORD) != stored  # a fresh salt each time


def test_unknown_account_and_garbage_hashes_never_verify() -> None:
    cheap = PasswordCost(time_cost=1, memory_kib=1024, parallelism=1)
    assert not verify_password(cheap, None, PASSWORD)
    assert not verify_password(cheap, "not-a-hash", PASSWORD)


def test_login_upgrades_a_hash_made_at_an_older_cost(ctx: AuthContext) -> None:
    create_user(ctx, "ada@example.com", "Ada Lovelace", PASSWORD)
    stronger = AuthContext(
        ctx.settings,
        ctx.sessions,
        ctx.clock,
        password_cost=PasswordCost(time_cost=2, memory_kib=2048, parallelism=1),
    )
    with session_scope(ctx.sessions) as db:
        before = db.scalars(select(User.password_hash)).one()
    assert needs_rehash(stronger.password_cost, before)
    login(stronger, "ada@example.com", PASSWORD)
    with session_scope(ctx.sessions) as db:
        after = db.scalars(select(User.password_hash)).one()
    assert after.startswith("$argon2id$v=19$m=2048,t=2,p=1$")
    assert login(stronger, "ada@example.com", PASSWORD).user_id
