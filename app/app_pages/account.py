"""Your account: profile, active organisation, two-factor authentication, sessions, your data."""

import json

import streamlit as st

from aibaas.auth import (
    authenticate,
    begin_totp,
    confirm_totp,
    create_organization,
    disable_totp,
    export_account_data,
    get_account,
    list_my_organizations,
    logout_everywhere,
    switch_organization,
)
from aibaas.errors import AibaasError
from app.auth_session import rerun_with_message, show_message, sign_out, source_address
from app.viewer import ACCESS_TOKEN_KEY, auth, require_viewer

KEY = "account."

viewer = require_viewer()
account = get_account(auth(), viewer.user_id)
st.title("Account")
show_message()
st.write(f"**{account.display_name}** · {account.email}" + (" · staff" if account.is_staff else ""))

st.subheader("Organisations")
organizations = list_my_organizations(auth(), viewer.user_id)
if organizations:
    active = viewer.scope.organization_id if viewer.scope else None
    labels = {org.id: f"{org.name} ({org.role.value})" for org in organizations}
    ids = list(labels)
    chosen = st.selectbox(
        "Active organisation",
        ids,
        index=ids.index(active) if active in ids else 0,
        format_func=labels.__getitem__,
        key=KEY + "active",
    )
    if chosen != active and st.button("Switch", key=KEY + "switch"):
        principal = authenticate(auth(), st.session_state[ACCESS_TOKEN_KEY])
        token, _ = switch_organization(auth(), principal, chosen, source_address())
        st.session_state[ACCESS_TOKEN_KEY] = token
        st.rerun()
else:
    st.caption("You belong to no organisation yet: create one, or accept an invitation from its mail.")
with st.form(KEY + "create_org"):
    name = st.text_input("New organisation's name", key=KEY + "org_name")
    description = st.text_area("Description (plain text)", key=KEY + "org_description")
    if st.form_submit_button("Create organisation"):
        try:
            org = create_organization(auth(), viewer.user_id, name, description, None, source_address())
            if viewer.scope is None:  # a first organisation becomes the active one
                principal = authenticate(auth(), st.session_state[ACCESS_TOKEN_KEY])
                st.session_state[ACCESS_TOKEN_KEY], _ = switch_organization(auth(), principal, org.id)
        except AibaasError as exc:
            st.error(str(exc))
        else:
            rerun_with_message(f"Created {org.name}; you are its admin.")

st.subheader("Two-factor authentication")
if account.mfa_enabled:
    st.write("On: logging in needs a code from your authenticator app.")
    with st.form(KEY + "mfa_off"):
        code = st.text_input("Current code", max_chars=7)
        if st.form_submit_button("Turn off"):
            try:
                disable_totp(auth(), viewer.user_id, code, source_address())
                st.rerun()
            except AibaasError as exc:
                st.error(str(exc))
else:
    if KEY + "totp" not in st.session_state:
        st.session_state[KEY + "totp"] = begin_totp(auth(), viewer.user_id)
    enrollment = st.session_state[KEY + "totp"]
    st.write("Off. To turn it on, add this key to your authenticator app, then enter the code it shows.")
    st.code(enrollment.secret)
    st.caption(enrollment.provisioning_uri)
    with st.form(KEY + "mfa_on"):
        code = st.text_input("Code from the app", max_chars=7)
        if st.form_submit_button("Turn on"):
            try:
                confirm_totp(auth(), viewer.user_id, enrollment.secret, code, source_address())
                del st.session_state[KEY + "totp"]
                st.rerun()
            except AibaasError as exc:
                st.error(str(exc))

st.subheader("Sessions")
left, right = st.columns(2)
if left.button("Log out", key=KEY + "logout"):
    sign_out()
    st.rerun()
if right.button("Log out everywhere", key=KEY + "everywhere", help="Ends your sessions on every device."):
    logout_everywhere(auth(), viewer.user_id, source_address())
    sign_out()
    st.rerun()

st.subheader("Your data")
if st.button("Prepare an export of my data", key=KEY + "export"):
    data = export_account_data(auth(), viewer.user_id, source_address())
    st.download_button("Download JSON", json.dumps(data, indent=2), file_name="aibaas-my-data.json")
