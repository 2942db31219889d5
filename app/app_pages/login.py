"""Log in, register, reset a password; also where the mailed links land (?action=...&token=...)."""

import streamlit as st

from aibaas.auth import (
    MfaRequiredError,
    accept_invitation,
    authenticate,
    login,
    register,
    request_password_reset,
    reset_password,
    switch_organization,
    verify_email,
)
from aibaas.errors import AibaasError
from app.auth_session import PENDING_INVITE_KEY, rerun_with_message, show_message, sign_in, source_address
from app.viewer import ACCESS_TOKEN_KEY, auth, current_viewer

KEY = "login."

action, token = st.query_params.get("action"), st.query_params.get("token")
viewer = current_viewer()

if action == "verify" and token:
    try:
        account = verify_email(auth(), token, source_address())
        st.success(f"Thanks, {account.email} is confirmed. Log in below.", icon=":material/verified:")
    except AibaasError as exc:
        st.error(str(exc))
    st.query_params.clear()

if action == "invite" and token:
    st.session_state[PENDING_INVITE_KEY] = token
    st.query_params.clear()
pending = st.session_state.get(PENDING_INVITE_KEY)
if viewer is not None and isinstance(pending, str):
    del st.session_state[PENDING_INVITE_KEY]
    try:
        org = accept_invitation(auth(), viewer.user_id, pending, source_address())
        if viewer.scope is None:  # a first organisation becomes the active one
            principal = authenticate(auth(), st.session_state[ACCESS_TOKEN_KEY])
            st.session_state[ACCESS_TOKEN_KEY], _ = switch_organization(auth(), principal, org.id)
    except AibaasError as exc:
        st.error(str(exc))
    else:
        rerun_with_message(
            f"You joined {org.name} as {org.role.value}. Switch organisations on the Account page."
        )

st.title("Log in")
show_message()
if viewer is not None:
    st.info("You are logged in. Your account and organisations are on the Account page.")
    st.stop()
if isinstance(pending, str):
    st.info("Log in (or register with the invited address) to accept your invitation.")

if action == "reset" and token:
    st.subheader("Choose a new password")
    with st.form(KEY + "reset"):
        new_password = st.text_input("New password (at least 12 characters)", type="password")
        if st.form_submit_button("Set password"):
            try:
                reset_password(auth(), token, new_password, source_address())
                st.query_params.clear()
                st.success("Password changed; every other session was logged out. Log in below.")
            except AibaasError as exc:
                st.error(str(exc))

sign_in_tab, register_tab, forgot_tab = st.tabs(["Log in", "Register", "Forgot password"])
with sign_in_tab, st.form(KEY + "login"):
    email = st.text_input("Email", key=KEY + "email")
    password = st.text_input("Password", type="password", key=KEY + "password")
    code = st.text_input("Authenticator code (if you turned it on)", max_chars=7, key=KEY + "code")
    if st.form_submit_button("Log in", type="primary"):
        try:
            sign_in(login(auth(), email, password, code or None, source_address()))
            st.rerun()
        except MfaRequiredError as exc:
            st.warning(str(exc))
        except AibaasError as exc:
            st.error(str(exc))

with register_tab, st.form(KEY + "register"):
    new_email = st.text_input("Email", key=KEY + "new_email")
    name = st.text_input("Your name", key=KEY + "name")
    chosen = st.text_input("Password (at least 12 characters)", type="password", key=KEY + "chosen")
    if st.form_submit_button("Register"):
        try:
            register(auth(), new_email, name, chosen, source_address())
            st.success("Check your inbox: we sent a link to confirm the address.")
        except AibaasError as exc:
            st.error(str(exc))

with forgot_tab, st.form(KEY + "forgot"):
    reset_email = st.text_input("Email", key=KEY + "reset_email")
    if st.form_submit_button("Send reset link"):
        try:
            request_password_reset(auth(), reset_email, source_address())
            st.success("If the address has an account, a reset link is on its way.")
        except AibaasError as exc:
            st.error(str(exc))
