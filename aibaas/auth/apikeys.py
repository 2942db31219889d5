"""API keys of an organisation: scoped, expiring, shown once, stored as a keyed digest, revocable.

A key reads `aib_<prefix>_<secret>`; the prefix finds the row, the HMAC-SHA256 of the whole key
(keyed by AIBAAS_SECRET_KEY) proves it. The clear key exists only in the creator's response.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import func, select

from aibaas.auth import tokens
from aibaas.auth.audit import Action, record
from aibaas.auth.context import AuthContext
from aibaas.auth.errors import InvalidInputError, NotFoundError, PermissionDeniedError, TokenInvalidError
from aibaas.auth.orgs import parse_settings
from aibaas.auth.permissions import OrgScope, Permission
from aibaas.auth.validation import normalize_org_name
from aibaas.store.engine import session_scope
from aibaas.store.models import ApiKey, Organization
from aibaas.store.scoping import get_in_org, in_org

KEY_PREFIX = "aib"
MAX_DAYS = 365


class KeyScope(StrEnum):
    READ = "read"  # read the organisation's results
    RUN = "run"  # also start benchmark runs


@dataclass(frozen=True)
class ApiKeyInfo:
    id: int
    name: str
    prefix: str
    scope: KeyScope
    expires_at: datetime | None
    revoked_at: datetime | None
    last_used_at: datetime | None
    created_at: datetime


@dataclass(frozen=True)
class CreatedApiKey:
    info: ApiKeyInfo
    key: str  # shown once; never stored


@dataclass(frozen=True)
class ApiKeyPrincipal:
    key_id: int
    organization_id: int
    scope: KeyScope


def _view(row: ApiKey) -> ApiKeyInfo:
    return ApiKeyInfo(
        row.id,
        row.name,
        row.prefix,
        KeyScope(row.scope),
        row.expires_at,
        row.revoked_at,
        row.last_used_at,
        row.created_at,
    )


def _parse_scope(value: str) -> KeyScope:
    try:
        return KeyScope(value.strip().lower())
    except ValueError:
        raise InvalidInputError("scope", f"{value[:32]!r} is not a key scope; use read or run") from None


def create_api_key(
    ctx: AuthContext, scope: OrgScope, name: str, key_scope: str = "read", expires_in_days: int | None = 90
) -> CreatedApiKey:
    """A new key for the acting organisation (admins, developers); its clear text is returned once.

    A `run` key needs the benchmarks.run permission; `expires_in_days` is 1-365 or None (no expiry).
    """
    scope.require(Permission.API_KEYS_MANAGE)
    clean_name = normalize_org_name(name)
    parsed = _parse_scope(key_scope)
    if parsed is KeyScope.RUN and not scope.allows(Permission.BENCHMARKS_RUN):
        raise PermissionDeniedError("a run key needs a role that may run benchmarks")
    if expires_in_days is not None and not 1 <= expires_in_days <= MAX_DAYS:
        raise InvalidInputError("expires_in_days", f"{expires_in_days} is outside 1-{MAX_DAYS}")
    now = ctx.now()
    prefix = secrets.token_hex(6)
    key = f"{KEY_PREFIX}_{prefix}_{secrets.token_urlsafe(32)}"
    with session_scope(ctx.sessions) as db:
        org = db.get_one(Organization, scope.organization_id)
        live = db.scalar(
            select(func.count()).select_from(in_org(ApiKey, org.id, ApiKey.revoked_at.is_(None)).subquery())
        )
        if (live or 0) >= parse_settings(org.settings).quotas.max_api_keys:
            raise InvalidInputError(
                "name", "the organisation has reached its API key quota; revoke an old key first"
            )
        row = ApiKey(
            organization_id=org.id,
            created_by_id=scope.user_id,
            name=clean_name,
            prefix=prefix,
            key_hash=tokens.keyed_digest(ctx.settings.secret_key.get_secret_value(), key),
            scope=parsed.value,
            expires_at=now + timedelta(days=expires_in_days) if expires_in_days else None,
            created_at=now,
        )
        db.add(row)
        db.flush()
        record(
            db,
            Action.API_KEY_CREATED,
            now=now,
            actor_id=scope.user_id,
            organization_id=org.id,
            target=f"api_key:{row.id}",
            source_address=scope.source_address,
            details={"name": clean_name, "scope": parsed.value, "prefix": prefix},
        )
        return CreatedApiKey(_view(row), key)


def list_api_keys(ctx: AuthContext, scope: OrgScope) -> list[ApiKeyInfo]:
    """The acting organisation's keys, newest first, without their secrets."""
    scope.require(Permission.API_KEYS_VIEW)
    with session_scope(ctx.sessions) as db:
        return [
            _view(row) for row in db.scalars(in_org(ApiKey, scope.organization_id).order_by(ApiKey.id.desc()))
        ]


def revoke_api_key(ctx: AuthContext, scope: OrgScope, key_id: int) -> ApiKeyInfo:
    """Revoke a key of the acting organisation; it stops working at once."""
    scope.require(Permission.API_KEYS_MANAGE)
    with session_scope(ctx.sessions) as db:
        row = get_in_org(db, ApiKey, scope.organization_id, key_id)
        if row is None:
            raise NotFoundError(f"API key {key_id} does not exist in this organisation")
        if row.revoked_at is None:
            row.revoked_at = ctx.now()
            record(
                db,
                Action.API_KEY_REVOKED,
                now=ctx.now(),
                actor_id=scope.user_id,
                organization_id=scope.organization_id,
                target=f"api_key:{row.id}",
                source_address=scope.source_address,
            )
        return _view(row)


def authenticate_api_key(ctx: AuthContext, key: str) -> ApiKeyPrincipal:
    """The organisation and scope of a live key, recording its use; one message for every refusal."""
    refused = TokenInvalidError("the API key is unknown, revoked or expired")
    parts = key.strip().split("_", 2)
    if len(parts) != 3 or parts[0] != KEY_PREFIX:
        raise refused
    now = ctx.now()
    with session_scope(ctx.sessions) as db:
        row = db.scalar(select(ApiKey).where(ApiKey.prefix == parts[1]))
        expected = tokens.keyed_digest(ctx.settings.secret_key.get_secret_value(), key.strip())
        if row is None or not hmac.compare_digest(row.key_hash, expected):
            raise refused
        if row.revoked_at is not None or (row.expires_at is not None and row.expires_at <= now):
            raise refused
        row.last_used_at = now
        return ApiKeyPrincipal(row.id, row.organization_id, KeyScope(row.scope))
