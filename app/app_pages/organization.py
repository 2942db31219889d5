"""The active organisation: description and settings, members and roles, invitations (admins manage)."""

import json

import streamlit as st

from aibaas.auth import (
    Permission,
    change_role,
    get_organization,
    invite,
    list_invitations,
    list_members,
    remove_member,
    revoke_invitation,
    update_organization,
)
from aibaas.errors import AibaasError
from app.auth_session import require_permission
from app.viewer import auth

KEY = "organization."
ROLES = ["admin", "developer", "viewer"]

viewer, scope = require_permission(Permission.ORG_VIEW)
org = get_organization(auth(), scope)
st.title(org.name)
st.caption(f"{org.slug} · your role: {scope.role.value}")
st.text(org.description or "(no description)")

members = list_members(auth(), scope)
st.subheader(f"Members ({len(members)})")
st.dataframe(
    [
        {"name": m.display_name, "email": m.email, "role": m.role.value, "joined": m.joined_at}
        for m in members
    ],
    hide_index=True,
)
if scope.allows(Permission.MEMBERS_MANAGE):
    with st.form(KEY + "role"):
        emails = {m.email: m.user_id for m in members}
        who = st.selectbox("Member", list(emails))
        role = st.selectbox("New role", ROLES)
        change, remove = st.columns(2)
        changing = change.form_submit_button("Change role")
        removing = remove.form_submit_button("Remove from organisation")
        try:
            if changing and who:
                change_role(auth(), scope, emails[who], role)
                st.rerun()
            if removing and who:
                remove_member(auth(), scope, emails[who])
                st.rerun()
        except AibaasError as exc:
            st.error(str(exc))

    st.subheader("Invitations")
    with st.form(KEY + "invite"):
        email = st.text_input("Email to invite", key=KEY + "invite_email")
        role = st.selectbox("Role", ROLES, index=2, key=KEY + "invite_role")
        if st.form_submit_button("Send invitation"):
            try:
                sent = invite(auth(), scope, email, role)
                st.success(f"Invitation mailed to {sent.email}.")
            except AibaasError as exc:
                st.error(str(exc))
    invitations = list_invitations(auth(), scope)
    for item in invitations:
        cols = st.columns([3, 1, 1, 1])
        cols[0].write(item.email)
        cols[1].write(item.role.value)
        cols[2].write(item.status)
        if item.status == "pending" and cols[3].button("Revoke", key=f"{KEY}revoke.{item.id}"):
            revoke_invitation(auth(), scope, item.id)
            st.rerun()

if scope.allows(Permission.ORG_MANAGE):
    st.subheader("Settings")
    with st.form(KEY + "settings"):
        description = st.text_area("Description", org.description)
        raw = st.text_area(
            "Quotas and branding (JSON)", json.dumps(org.settings.model_dump(), indent=2), height=260
        )
        if st.form_submit_button("Save"):
            try:
                parsed = json.loads(raw)
                update_organization(auth(), scope, description=description, settings=parsed)
                st.rerun()
            except json.JSONDecodeError as exc:
                st.error(f"settings: not valid JSON ({exc.msg} at line {exc.lineno})")
            except AibaasError as exc:
                st.error(str(exc))
