"""Roles and what each may do: the one permission matrix, and the acting member's scope.

Every function that reads or changes organisation data takes an `OrgScope`, obtained only from
`resolve_scope` (which checks the membership in the database and seals the scope), and filters by
its organisation.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from aibaas.auth.errors import InvalidInputError, PermissionDeniedError
from aibaas.store.models import Membership, Role


class Permission(StrEnum):
    ORG_VIEW = "org.view"
    ORG_MANAGE = "org.manage"
    MEMBERS_VIEW = "members.view"
    MEMBERS_MANAGE = "members.manage"
    API_KEYS_VIEW = "api_keys.view"
    API_KEYS_MANAGE = "api_keys.manage"
    BENCHMARKS_VIEW = "benchmarks.view"
    BENCHMARKS_RUN = "benchmarks.run"
    DATA_EXPORT = "data.export"
    AUDIT_VIEW = "audit.view"


_VIEWER = frozenset({Permission.ORG_VIEW, Permission.MEMBERS_VIEW, Permission.BENCHMARKS_VIEW})
_DEVELOPER = _VIEWER | {
    Permission.API_KEYS_VIEW,
    Permission.API_KEYS_MANAGE,
    Permission.BENCHMARKS_RUN,
    Permission.DATA_EXPORT,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.VIEWER: _VIEWER,
    Role.DEVELOPER: frozenset(_DEVELOPER),
    Role.ADMIN: frozenset(Permission),
}


def parse_role(value: str) -> Role:
    """A role from its name, or a message listing the valid ones."""
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise InvalidInputError(
            "role", f"{value[:32]!r} is not a role; use admin, developer or viewer"
        ) from None


# Scopes carry a MAC of their fields under a per-process key, so a scope typed by hand or copied
# with another organisation (`dataclasses.replace`) is refused instead of trusted.
_SCOPE_KEY = secrets.token_bytes(32)


def _seal(user_id: int, organization_id: int, role: Role) -> str:
    message = f"{user_id}:{organization_id}:{role.value}".encode()
    return hmac.new(_SCOPE_KEY, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class OrgScope:
    """A user acting inside one organisation with the role their membership gives them.

    Only `resolve_scope` makes valid ones; any other is refused by `allows` and `require`.
    """

    user_id: int
    organization_id: int
    role: Role
    source_address: str | None = None
    seal: str = field(default="", repr=False, compare=False)

    def is_genuine(self) -> bool:
        return hmac.compare_digest(self.seal, _seal(self.user_id, self.organization_id, self.role))

    def allows(self, permission: Permission) -> bool:
        return self.is_genuine() and permission in ROLE_PERMISSIONS[self.role]

    def require(self, permission: Permission) -> None:
        """Raise PermissionDeniedError unless the scope is genuine and its role grants `permission`."""
        if not self.is_genuine():
            raise PermissionDeniedError(
                "this organisation scope was not issued by resolve_scope; get it from the signed-in session"
            )
        if not self.allows(permission):
            raise PermissionDeniedError(
                f"your role {self.role.value!r} in this organisation does not allow {permission.value}; "
                "ask an admin of the organisation"
            )


def resolve_scope(
    db: Session, user_id: int, organization_id: int, source_address: str | None = None
) -> OrgScope:
    """The user's scope in the organisation, or PermissionDeniedError when they are not a member."""
    role = db.scalar(
        select(Membership.role).where(
            Membership.user_id == user_id, Membership.organization_id == organization_id
        )
    )
    if role is None:
        raise PermissionDeniedError(
            f"you are not a member of organisation {organization_id} (or it does not exist)"
        )
    member_role = Role(role)
    return OrgScope(
        user_id, organization_id, member_role, source_address, _seal(user_id, organization_id, member_role)
    )
