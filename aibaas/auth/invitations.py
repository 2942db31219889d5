"""Invitations by email: an admin invites an address with a role; its owner accepts the mailed link.

The mailed token is signed and names the invitation's id (jti); the invitation row decides whether
it is still pending, so revocation works even for a token already in someone's inbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update

from aibaas.auth import mail, tokens
from aibaas.auth.audit import Action, record
from aibaas.auth.context import AuthContext
from aibaas.auth.errors import InvalidInputError, NotFoundError, PermissionDeniedError, TokenInvalidError
from aibaas.auth.orgs import OrganizationInfo, member_count, organization_info, parse_settings
from aibaas.auth.permissions import OrgScope, Permission, parse_role
from aibaas.auth.validation import normalize_address, normalize_email
from aibaas.store.auth_models import Invitation
from aibaas.store.engine import session_scope
from aibaas.store.models import Membership, Organization, Role, User
from aibaas.store.scoping import get_in_org, in_org

PURPOSE = "invitation"


@dataclass(frozen=True)
class InvitationInfo:
    id: int
    email: str
    role: Role
    expires_at: datetime
    status: str


def _status(invitation: Invitation, now: datetime) -> str:
    if invitation.revoked_at is not None:
        return "revoked"
    if invitation.accepted_at is not None:
        return "accepted"
    return "expired" if invitation.expires_at <= now else "pending"


def _view(invitation: Invitation, now: datetime) -> InvitationInfo:
    return InvitationInfo(
        invitation.id,
        invitation.email,
        Role(invitation.role),
        invitation.expires_at,
        _status(invitation, now),
    )


def invite(ctx: AuthContext, scope: OrgScope, email: str, role: str) -> InvitationInfo:
    """Invite an address to the acting organisation and mail it the link (admins).

    An earlier pending invitation of the same address is revoked, so only the newest link works.
    """
    scope.require(Permission.MEMBERS_MANAGE)
    email = normalize_email(email)
    new_role = parse_role(role)
    now = ctx.now()
    with session_scope(ctx.sessions) as db:
        org = db.get_one(Organization, scope.organization_id)
        already = db.scalar(
            select(Membership.id)
            .join(User, User.id == Membership.user_id)
            .where(Membership.organization_id == org.id, User.email == email)
        )
        if already is not None:
            raise InvalidInputError("email", f"{email} is already a member of {org.name}")
        if member_count(db, org.id) >= parse_settings(org.settings).quotas.max_members:
            raise InvalidInputError(
                "email", "the organisation has reached its member quota; raise it in the settings"
            )
        db.execute(
            update(Invitation)
            .where(
                Invitation.organization_id == org.id,
                Invitation.email == email,
                Invitation.accepted_at.is_(None),
                Invitation.revoked_at.is_(None),
            )
            .values(revoked_at=now)
        )
        jti = tokens.new_jti()
        invitation = Invitation(
            organization_id=org.id,
            email=email,
            role=new_role.value,
            token_jti=jti,
            invited_by_id=scope.user_id,
            expires_at=now + ctx.lifetimes.invitation,
            created_at=now,
        )
        db.add(invitation)
        db.flush()
        record(
            db,
            Action.INVITATION_CREATED,
            now=now,
            actor_id=scope.user_id,
            organization_id=org.id,
            target=email,
            source_address=scope.source_address,
            details={"role": new_role.value, "invitation": invitation.id},
        )
        token = tokens.sign(
            ctx.settings.secret_key.get_secret_value(), PURPOSE, {"jti": jti}, now, ctx.lifetimes.invitation
        )
        subject, body = mail.invitation_mail(ctx.settings, org.name, new_role.value, token)
        info = _view(invitation, now)
    mail.send_mail(ctx.settings, email, subject, body)
    return info


def list_invitations(ctx: AuthContext, scope: OrgScope) -> list[InvitationInfo]:
    """The acting organisation's invitations, newest first (admins)."""
    scope.require(Permission.MEMBERS_MANAGE)
    with session_scope(ctx.sessions) as db:
        rows = db.scalars(in_org(Invitation, scope.organization_id).order_by(Invitation.id.desc()))
        return [_view(row, ctx.now()) for row in rows]


def revoke_invitation(ctx: AuthContext, scope: OrgScope, invitation_id: int) -> InvitationInfo:
    """Revoke a pending invitation of the acting organisation (admins)."""
    scope.require(Permission.MEMBERS_MANAGE)
    with session_scope(ctx.sessions) as db:
        invitation = get_in_org(db, Invitation, scope.organization_id, invitation_id)
        if invitation is None:
            raise NotFoundError(f"invitation {invitation_id} does not exist in this organisation")
        if _status(invitation, ctx.now()) != "pending":
            raise InvalidInputError(
                "invitation", f"invitation {invitation_id} is {_status(invitation, ctx.now())}"
            )
        invitation.revoked_at = ctx.now()
        record(
            db,
            Action.INVITATION_REVOKED,
            now=ctx.now(),
            actor_id=scope.user_id,
            organization_id=scope.organization_id,
            target=invitation.email,
            source_address=scope.source_address,
            details={"invitation": invitation.id},
        )
        return _view(invitation, ctx.now())


def accept_invitation(
    ctx: AuthContext, user_id: int, token: str, source_address: str | None = None
) -> OrganizationInfo:
    """Join the organisation of the invitation; the account's address must be the invited one."""
    address = normalize_address(source_address)
    now = ctx.now()
    claims = tokens.verify(ctx.settings.secret_key.get_secret_value(), PURPOSE, token, now)
    with session_scope(ctx.sessions) as db:
        invitation = db.scalar(select(Invitation).where(Invitation.token_jti == str(claims.get("jti", ""))))
        if invitation is None:
            raise TokenInvalidError("this invitation does not exist; ask the organisation for a new one")
        status = _status(invitation, now)
        if status != "pending":
            raise TokenInvalidError(f"this invitation is {status}; ask the organisation for a new one")
        user = db.get_one(User, user_id)
        if user.email != invitation.email:
            raise PermissionDeniedError(
                "this invitation was sent to another address; log in as that address to accept it"
            )
        invitation.accepted_at, invitation.accepted_by_id = now, user.id
        existing = db.scalar(
            select(Membership).where(
                Membership.organization_id == invitation.organization_id, Membership.user_id == user.id
            )
        )
        if existing is not None:
            raise InvalidInputError("invitation", "you are already a member of this organisation")
        db.add(
            Membership(
                organization_id=invitation.organization_id,
                user_id=user.id,
                role=invitation.role,
                created_at=now,
            )
        )
        record(
            db,
            Action.INVITATION_ACCEPTED,
            now=now,
            actor_id=user.id,
            organization_id=invitation.organization_id,
            target=user.email,
            source_address=address,
            details={"invitation": invitation.id, "role": invitation.role},
        )
        return organization_info(db.get_one(Organization, invitation.organization_id), Role(invitation.role))
