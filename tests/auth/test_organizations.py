"""Organisations: creation with settings, invitations by mail, roles and what each role may do."""

from __future__ import annotations

import pytest

from aibaas.auth import (
    InvalidInputError,
    PermissionDeniedError,
    Principal,
    TokenInvalidError,
    accept_invitation,
    authenticate,
    change_role,
    create_api_key,
    create_organization,
    create_user,
    current_scope,
    get_organization,
    invite,
    list_invitations,
    list_members,
    list_my_organizations,
    login,
    query_audit_log,
    refresh,
    remove_member,
    revoke_invitation,
    switch_organization,
    update_organization,
)
from aibaas.auth.mailsink import MailSink
from aibaas.store.models import Role
from tests.auth.conftest import PASSWORD, MovableClock, make_tenant, scope_of, token_from


def role_of(ctx, principal: Principal) -> Role:
    scope = current_scope(ctx, principal)
    assert scope is not None
    return scope.role


def test_create_with_settings_and_defaults(ctx) -> None:
    owner = create_user(ctx, "owner@example.com", "Olive Owner", PASSWORD)
    org = create_organization(
        ctx,
        owner.id,
        "Acme Research",
        "Our private evals",
        {"quotas": {"max_members": 3}, "branding": {"primary_color": "#00aa00"}},
    )
    assert (org.slug, org.role, org.settings.quotas.max_members) == ("acme-research", Role.ADMIN, 3)
    assert org.settings.branding.primary_color == "#00AA00"
    assert org.settings.quotas.monthly_budget_usd == 100.0
    second = create_organization(ctx, owner.id, "Acme  Research")
    assert second.slug == "acme-research-2"
    assert [o.name for o in list_my_organizations(ctx, owner.id)] == ["Acme Research", "Acme Research"]


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"quotas": {"max_members": 0}}, "settings.quotas.max_members"),  # below 1
        ({"quotas": {"seats": 5}}, "settings.quotas.seats"),  # unknown key
        ({"branding": {"primary_color": "red"}}, "settings.branding.primary_color"),
        ({"branding": {"logo_url": "javascript:alert(1)"}}, "settings.branding.logo_url"),
    ],
)
def test_bad_settings_name_the_setting(ctx, settings, field) -> None:
    owner = create_user(ctx, "owner@example.com", "Olive Owner", PASSWORD)
    with pytest.raises(InvalidInputError, match=field.replace(".", r"\.")):
        create_organization(ctx, owner.id, "Acme", "", settings)


def test_invite_accept_and_each_role_sees_what_it_may(ctx, mail_sink: MailSink) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    names = {m.email: m.role for m in list_members(ctx, tenant.viewer)}
    assert names == {
        "admin@acme.example.com": Role.ADMIN,
        "developer@acme.example.com": Role.DEVELOPER,
        "viewer@acme.example.com": Role.VIEWER,
    }
    with pytest.raises(PermissionDeniedError, match=r"'viewer' .* does not allow members.manage"):
        invite(ctx, tenant.viewer, "x@example.com", "viewer")
    with pytest.raises(PermissionDeniedError):
        invite(ctx, tenant.developer, "x@example.com", "viewer")
    with pytest.raises(PermissionDeniedError):
        create_api_key(ctx, tenant.viewer, "CI key")
    create_api_key(ctx, tenant.developer, "CI key", "run")
    with pytest.raises(PermissionDeniedError):
        query_audit_log(ctx, tenant.developer)
    with pytest.raises(PermissionDeniedError):
        update_organization(ctx, tenant.developer, name="Hijacked")
    assert {e.action for e in query_audit_log(ctx, tenant.admin)} >= {
        "org.created",
        "invitation.created",
        "invitation.accepted",
        "api_key.created",
    }


def test_invitation_for_another_address_revoked_or_expired_is_refused(
    ctx, mail_sink: MailSink, clock: MovableClock
) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    bob = create_user(ctx, "bob@example.com", "Bob Builder", PASSWORD)
    mallory = create_user(ctx, "mallory@example.com", "Mallory Mischief", PASSWORD)

    invite(ctx, tenant.admin, "bob@example.com", "developer")
    token = token_from(mail_sink.wait_for("bob@example.com"), "invite")
    with pytest.raises(PermissionDeniedError, match="sent to another address"):
        accept_invitation(ctx, mallory.id, token)

    pending = list_invitations(ctx, tenant.admin)[0]
    revoke_invitation(ctx, tenant.admin, pending.id)
    with pytest.raises(TokenInvalidError, match="revoked"):
        accept_invitation(ctx, bob.id, token)

    invite(ctx, tenant.admin, "bob@example.com", "viewer")
    fresh = token_from(mail_sink.wait_for("bob@example.com", count=2), "invite")
    clock.advance(days=7, seconds=1)
    with pytest.raises(TokenInvalidError, match="expired"):
        accept_invitation(ctx, bob.id, fresh)

    invite(ctx, tenant.admin, "bob@example.com", "viewer")
    last = token_from(mail_sink.wait_for("bob@example.com", count=3), "invite")
    assert accept_invitation(ctx, bob.id, last).role == Role.VIEWER
    with pytest.raises(TokenInvalidError, match="accepted"):
        accept_invitation(ctx, bob.id, last)


def test_role_changes_apply_at_once_and_the_last_admin_stays(ctx, mail_sink: MailSink) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    pair = login(ctx, "viewer@acme.example.com", PASSWORD)
    principal = authenticate(ctx, pair.access_token)
    assert role_of(ctx, principal) == Role.VIEWER
    change_role(ctx, tenant.admin, tenant.viewer.user_id, "developer")
    assert role_of(ctx, principal) == Role.DEVELOPER
    with pytest.raises(InvalidInputError, match="role: 'owner' is not a role"):
        change_role(ctx, tenant.admin, tenant.viewer.user_id, "owner")

    with pytest.raises(InvalidInputError, match="last admin"):
        change_role(ctx, tenant.admin, tenant.admin.user_id, "viewer")
    with pytest.raises(InvalidInputError, match="last admin"):
        remove_member(ctx, tenant.admin, tenant.admin.user_id)

    remove_member(ctx, tenant.admin, tenant.viewer.user_id)
    with pytest.raises(PermissionDeniedError, match="not a member"):
        current_scope(ctx, principal)


def test_member_of_two_organisations_switches_the_active_one(ctx, mail_sink: MailSink) -> None:
    acme = make_tenant(ctx, mail_sink, "Acme")
    globex = create_organization(ctx, acme.developer.user_id, "Globex")
    pair = login(ctx, "developer@acme.example.com", PASSWORD)
    principal = authenticate(ctx, pair.access_token)
    assert principal.organization_id == acme.org_id  # the first joined

    token, _ = switch_organization(ctx, principal, globex.id, "127.0.0.1")
    switched = authenticate(ctx, token)
    assert switched.organization_id == globex.id
    scope = current_scope(ctx, switched)
    assert scope is not None and get_organization(ctx, scope).name == "Globex"
    refreshed = authenticate(ctx, refresh(ctx, pair.refresh_token).access_token)
    assert refreshed.organization_id == globex.id  # the choice belongs to the session
    assert scope_of(ctx, acme.developer.user_id, globex.id).role == Role.ADMIN
