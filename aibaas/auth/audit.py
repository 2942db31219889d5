"""The append-only audit log: every security-relevant and organisation-management action.

Writing goes through `record`; reading through `query_audit_log`, which is scoped to the acting
organisation and needs the audit permission. The database refuses UPDATE and DELETE (migration 0002).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict
from sqlalchemy import select
from sqlalchemy.orm import Session

from aibaas.auth.context import AuthContext
from aibaas.auth.permissions import OrgScope, Permission
from aibaas.store.engine import session_scope
from aibaas.store.models import AuditLog


class Action(StrEnum):
    REGISTERED = "account.registered"
    EMAIL_VERIFIED = "account.email_verified"
    LOGIN_SUCCEEDED = "login.succeeded"
    LOGIN_FAILED = "login.failed"
    RATE_LIMITED = "rate_limited"
    LOGOUT = "logout"
    LOGOUT_EVERYWHERE = "logout.everywhere"
    REFRESH_REUSED = "session.refresh_reused"
    PASSWORD_RESET_REQUESTED = "password.reset_requested"  # noqa: S105 - an action name
    PASSWORD_RESET = "password.reset"  # noqa: S105 - an action name
    MFA_ENABLED = "mfa.enabled"
    MFA_DISABLED = "mfa.disabled"
    DATA_EXPORTED = "account.data_exported"
    ORG_CREATED = "org.created"
    ORG_UPDATED = "org.updated"
    ORG_SWITCHED = "org.switched"
    ROLE_CHANGED = "member.role_changed"
    MEMBER_REMOVED = "member.removed"
    INVITATION_CREATED = "invitation.created"
    INVITATION_ACCEPTED = "invitation.accepted"
    INVITATION_REVOKED = "invitation.revoked"
    API_KEY_CREATED = "api_key.created"
    API_KEY_REVOKED = "api_key.revoked"
    ACCESS_DENIED = "access.denied"


class AuditEntry(BaseModel):
    model_config = ConfigDict(frozen=True, from_attributes=True)

    id: int
    occurred_at: datetime
    actor_id: int | None
    organization_id: int | None
    action: str
    target: str
    source_address: str | None
    details: dict[str, Any]


def record(
    db: Session,
    action: Action,
    *,
    now: datetime,
    actor_id: int | None = None,
    organization_id: int | None = None,
    target: str = "",
    source_address: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Append one entry in the caller's transaction (it commits with the action it describes)."""
    db.add(
        AuditLog(
            occurred_at=now,
            actor_id=actor_id,
            organization_id=organization_id,
            action=str(action),
            target=target[:200],
            source_address=source_address,
            details=details or {},
        )
    )


def record_alone(ctx: AuthContext, action: Action, **fields: Any) -> None:
    """Append one entry in its own transaction: for refusals, whose own transaction rolls back."""
    with session_scope(ctx.sessions) as db:
        record(db, action, now=ctx.now(), **fields)


def query_audit_log(
    ctx: AuthContext,
    scope: OrgScope,
    *,
    action: str | None = None,
    since: datetime | None = None,
    limit: int = 200,
) -> list[AuditEntry]:
    """The organisation's entries, newest first; admins only.

    Args:
        scope: the acting member; only entries of their organisation are returned.
        action: keep only this action (e.g. "login.failed").
        since: keep only entries at or after this time.
        limit: at most this many entries (1-1000).
    """
    scope.require(Permission.AUDIT_VIEW)
    query = select(AuditLog).where(AuditLog.organization_id == scope.organization_id)
    if action:
        query = query.where(AuditLog.action == action)
    if since:
        query = query.where(AuditLog.occurred_at >= since)
    query = query.order_by(AuditLog.occurred_at.desc(), AuditLog.id.desc()).limit(max(1, min(limit, 1000)))
    with session_scope(ctx.sessions) as db:
        return [AuditEntry.model_validate(row) for row in db.scalars(query)]
