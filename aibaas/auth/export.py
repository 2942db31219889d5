"""Export of a person's own data (account, memberships, sessions, audit trail), itself audited."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from aibaas.auth.audit import Action, record
from aibaas.auth.context import AuthContext
from aibaas.auth.validation import normalize_address
from aibaas.store.auth_models import AuthSession
from aibaas.store.engine import session_scope
from aibaas.store.models import AuditLog, Membership, Organization, User


def export_account_data(ctx: AuthContext, user_id: int, source_address: str | None = None) -> dict[str, Any]:
    """Everything stored about the user, as JSON-ready data; secrets and hashes are left out."""
    address = normalize_address(source_address)
    with session_scope(ctx.sessions) as db:
        user = db.get_one(User, user_id)
        memberships = db.execute(
            select(Organization.slug, Organization.name, Membership.role, Membership.created_at)
            .join(Membership, Membership.organization_id == Organization.id)
            .where(Membership.user_id == user_id)
        ).all()
        sessions = db.scalars(
            select(AuthSession).where(AuthSession.user_id == user_id).order_by(AuthSession.id)
        )
        audit = db.scalars(select(AuditLog).where(AuditLog.actor_id == user_id).order_by(AuditLog.id))
        data: dict[str, Any] = {
            "account": {
                "email": user.email,
                "display_name": user.display_name,
                "email_verified_at": user.email_verified_at.isoformat() if user.email_verified_at else None,
                "is_staff": user.is_staff,
                "mfa_enabled": user.totp_secret is not None,
                "created_at": user.created_at.isoformat(),
            },
            "memberships": [
                {"organization": slug, "name": name, "role": role, "since": since.isoformat()}
                for slug, name, role, since in memberships
            ],
            "sessions": [
                {
                    "created_at": s.created_at.isoformat(),
                    "source_address": s.source_address,
                    "revoked_at": s.revoked_at.isoformat() if s.revoked_at else None,
                }
                for s in sessions
            ],
            "audit": [
                {
                    "at": a.occurred_at.isoformat(),
                    "action": a.action,
                    "target": a.target,
                    "source_address": a.source_address,
                }
                for a in audit
            ],
        }
        record(
            db,
            Action.DATA_EXPORTED,
            now=ctx.now(),
            actor_id=user_id,
            target=user.email,
            source_address=address,
        )
        return data
