"""Argon2id password hashes; by default argon2-cffi's RFC 9106 low-memory profile (t=3, m=64 MiB, p=4).

Each hash carries its own salt and parameters, so raising the cost later only needs `needs_rehash`
at the next login.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError


@dataclass(frozen=True)
class PasswordCost:
    """Argon2id parameters; tests may lower the memory cost, the algorithm stays the same."""

    time_cost: int = 3
    memory_kib: int = 65_536
    parallelism: int = 4


@lru_cache(maxsize=4)
def _hasher(cost: PasswordCost) -> PasswordHasher:
    return PasswordHasher(
        time_cost=cost.time_cost, memory_cost=cost.memory_kib, parallelism=cost.parallelism, type=Type.ID
    )


@lru_cache(maxsize=4)
def _dummy_hash(cost: PasswordCost) -> str:
    return _hasher(cost).hash("a password nobody has, verified so unknown accounts cost the same time")


def hash_password(cost: PasswordCost, password: str) -> str:
    """An Argon2id hash with a fresh random salt."""
    return _hasher(cost).hash(password)


def verify_password(cost: PasswordCost, password_hash: str | None, password: str) -> bool:
    """Whether `password` matches; with no hash (unknown account) it spends the same time and fails."""
    try:
        return (
            _hasher(cost).verify(password_hash or _dummy_hash(cost), password) and password_hash is not None
        )
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(cost: PasswordCost, password_hash: str) -> bool:
    """Whether the hash was made with other parameters than today's, so login should redo it."""
    return _hasher(cost).check_needs_rehash(password_hash)
