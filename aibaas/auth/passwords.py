"""Argon2id password hashes (argon2-cffi's RFC 9106 low-memory profile: t=3, m=64 MiB, p=4)."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_HASHER = PasswordHasher()


def hash_password(password: str) -> str:
    """An Argon2id hash with its own random salt and parameters encoded in the string."""
    return _HASHER.hash(password)


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _HASHER.hash("a password nobody has, verified so unknown accounts cost the same time")


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether `password` matches; with no hash (unknown account) it spends the same time and fails."""
    try:
        return _HASHER.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than today's, so login should upgrade it."""
    return _HASHER.check_needs_rehash(password_hash)
