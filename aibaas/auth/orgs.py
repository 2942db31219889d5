"""Organisations: creation with settings (quotas, branding), members and their roles.

Every function acting on an existing organisation takes the caller's `OrgScope` and only ever
touches rows of that organisation; an id from another organisation is reported as not found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from aibaas.auth.audit import Action, record
from aibaas.auth.context import AuthContext
from aibaas.auth.errors import InvalidInputError, NotFoundError
from aibaas.auth.permissions import OrgScope, Permission, parse_role
from aibaas.auth.validation import normalize_address, normalize_description, normalize_org_name, slugify
from aibaas.store.engine import session_scope
from aibaas.store.models import Membership, Organization, Role, User

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class Quotas(BaseModel):
    model_config = ConfigDict(extra="forbid")

    max_members: int = Field(default=50, ge=1, le=10_000)
    max_api_keys: int = Field(default=20, ge=0, le=1_000)
    monthly_budget_usd: float = Field(default=100.0, ge=0, le=1_000_000)
    max_concurrent_runs: int = Field(default=2, ge=1, le=100)


class Branding(BaseModel):
    """Placeholders the organisation dashboards will use."""

    model_config = ConfigDict(extra="forbid")

    display_name: str | None = Field(default=None, max_length=120)
    primary_color: str = "#4F46E5"
    logo_url: str | None = Field(default=None, max_length=500, pattern=r"^https://[^\s<>\"']+$")

    @field_validator("primary_color")
    @classmethod
    def _hex_color(cls, value: str) -> str:
        if not _COLOR.match(value):
            raise ValueError("must be a colour like #4F46E5")
        return value.upper()

    @field_validator("display_name")
    @classmethod
    def _plain_name(cls, value: str | None) -> str | None:
        return None if value is None else normalize_org_name(value, "settings.branding.display_name")


class OrgSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    quotas: Quotas = Field(default_factory=Quotas)
    branding: Branding = Field(default_factory=Branding)


@dataclass(frozen=True)
class OrganizationInfo:
    id: int
    slug: str
    name: str
    description: str
    settings: OrgSettings
    role: Role


@dataclass(frozen=True)
class MemberInfo:
    user_id: int
    email: str
    display_name: str
    role: Role
    joined_at: datetime


def parse_settings(raw: dict[str, Any] | None) -> OrgSettings:
    """Validated settings; a problem names the setting, e.g. settings.quotas.max_members."""
    try:
        return OrgSettings.model_validate(raw or {})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise InvalidInputError(f"settings.{where}", first["msg"]) from None


def organization_info(org: Organization, role: Role) -> OrganizationInfo:
    return OrganizationInfo(org.id, org.slug, org.name, org.description, parse_settings(org.settings), role)


def organization_id_by_slug(db: Session, slug: str) -> int | None:
    """The id of the organisation with this slug (case and surrounding spaces ignored), if any."""
    found = db.scalar(select(Organization.id).where(Organization.slug == slug.strip().lower()))
    return int(found) if found is not None else None


def _unique_slug(db: Session, name: str) -> str:
    base = slugify(name)
    taken = set(db.scalars(select(Organization.slug).where(Organization.slug.like(f"{base}%"))))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def create_organization(
    ctx: AuthContext,
    user_id: int,
    name: str,
    description: str = "",
    settings: dict[str, Any] | None = None,
    source_address: str | None = None,
) -> OrganizationInfo:
    """A new organisation whose creator is its first admin."""
    address = normalize_address(source_address)
    clean_name = normalize_org_name(name)
    clean_description = normalize_description(description)
    parsed = parse_settings(settings)
    with session_scope(ctx.sessions) as db:
        if db.get(User, user_id) is None:
            raise NotFoundError(f"there is no account {user_id}")
        now = ctx.now()
        org = Organization(
            slug=_unique_slug(db, clean_name),
            name=clean_name,
            description=clean_description,
            settings=parsed.model_dump(),
            created_at=now,
        )
        db.add(org)
        db.flush()
        db.add(Membership(organization_id=org.id, user_id=user_id, role=Role.ADMIN.value, created_at=now))
        record(
            db,
            Action.ORG_CREATED,
            now=now,
            actor_id=user_id,
            organization_id=org.id,
            target=org.slug,
            source_address=address,
        )
        return organization_info(org, Role.ADMIN)


def list_my_organizations(ctx: AuthContext, user_id: int) -> list[OrganizationInfo]:
    """The organisations the user belongs to, with their role in each, by name."""
    with session_scope(ctx.sessions) as db:
        rows = db.execute(
            select(Organization, Membership.role)
            .join(Membership, Membership.organization_id == Organization.id)
            .where(Membership.user_id == user_id)
            .order_by(Organization.name, Organization.id)
        ).all()
        return [organization_info(org, Role(role)) for org, role in rows]


def get_organization(ctx: AuthContext, scope: OrgScope) -> OrganizationInfo:
    """The acting organisation."""
    scope.require(Permission.ORG_VIEW)
    with session_scope(ctx.sessions) as db:
        return organization_info(db.get_one(Organization, scope.organization_id), scope.role)


def update_organization(
    ctx: AuthContext,
    scope: OrgScope,
    *,
    name: str | None = None,
    description: str | None = None,
    settings: dict[str, Any] | None = None,
) -> OrganizationInfo:
    """Change the acting organisation's name, description or settings (admins)."""
    scope.require(Permission.ORG_MANAGE)
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = normalize_org_name(name)
    if description is not None:
        changes["description"] = normalize_description(description)
    if settings is not None:
        changes["settings"] = parse_settings(settings).model_dump()
    with session_scope(ctx.sessions) as db:
        org = db.get_one(Organization, scope.organization_id)
        for key, value in changes.items():
            setattr(org, key, value)
        record(
            db,
            Action.ORG_UPDATED,
            now=ctx.now(),
            actor_id=scope.user_id,
            organization_id=org.id,
            target=org.slug,
            source_address=scope.source_address,
            details={"fields": sorted(changes)},
        )
        return organization_info(org, scope.role)


def list_members(ctx: AuthContext, scope: OrgScope) -> list[MemberInfo]:
    """The members of the acting organisation."""
    scope.require(Permission.MEMBERS_VIEW)
    with session_scope(ctx.sessions) as db:
        rows = db.execute(
            select(User, Membership)
            .join(Membership, Membership.user_id == User.id)
            .where(Membership.organization_id == scope.organization_id)
            .order_by(User.display_name, User.id)
        ).all()
        return [MemberInfo(u.id, u.email, u.display_name, Role(m.role), m.created_at) for u, m in rows]


def _membership(db: Session, scope: OrgScope, user_id: int) -> Membership:
    membership = db.scalar(
        select(Membership).where(
            Membership.organization_id == scope.organization_id, Membership.user_id == user_id
        )
    )
    if membership is None:
        raise NotFoundError(f"user {user_id} is not a member of this organisation")
    return membership


def _refuse_last_admin(db: Session, scope: OrgScope, membership: Membership) -> None:
    if membership.role != Role.ADMIN.value:
        return
    admins = db.scalar(
        select(func.count()).where(
            Membership.organization_id == scope.organization_id, Membership.role == Role.ADMIN.value
        )
    )
    if admins == 1:
        raise InvalidInputError(
            "role", "this is the organisation's last admin; make someone else admin first"
        )


def change_role(ctx: AuthContext, scope: OrgScope, user_id: int, role: str) -> MemberInfo:
    """Give a member another role (admins); the last admin cannot be demoted."""
    scope.require(Permission.MEMBERS_MANAGE)
    new_role = parse_role(role)
    with session_scope(ctx.sessions) as db:
        membership = _membership(db, scope, user_id)
        old_role = membership.role
        if new_role.value != old_role:
            _refuse_last_admin(db, scope, membership)
            membership.role = new_role.value
        record(
            db,
            Action.ROLE_CHANGED,
            now=ctx.now(),
            actor_id=scope.user_id,
            organization_id=scope.organization_id,
            target=f"user:{user_id}",
            source_address=scope.source_address,
            details={"from": old_role, "to": new_role.value},
        )
        user = db.get_one(User, user_id)
        return MemberInfo(user.id, user.email, user.display_name, new_role, membership.created_at)


def remove_member(ctx: AuthContext, scope: OrgScope, user_id: int) -> None:
    """Remove a member (admins); the last admin cannot be removed."""
    scope.require(Permission.MEMBERS_MANAGE)
    with session_scope(ctx.sessions) as db:
        membership = _membership(db, scope, user_id)
        _refuse_last_admin(db, scope, membership)
        db.delete(membership)
        record(
            db,
            Action.MEMBER_REMOVED,
            now=ctx.now(),
            actor_id=scope.user_id,
            organization_id=scope.organization_id,
            target=f"user:{user_id}",
            source_address=scope.source_address,
        )


def member_count(db: Session, organization_id: int) -> int:
    return int(db.scalar(select(func.count()).where(Membership.organization_id == organization_id)) or 0)
