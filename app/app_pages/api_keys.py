"""API keys of the active organisation: create (shown once), list with last use, revoke."""

import streamlit as st

from aibaas.auth import Permission, create_api_key, list_api_keys, revoke_api_key
from aibaas.errors import AibaasError
from app.auth_session import require_permission
from app.viewer import auth

KEY = "api_keys."

viewer, scope = require_permission(Permission.API_KEYS_VIEW)
st.title("API keys")

if scope.allows(Permission.API_KEYS_MANAGE):
    with st.form(KEY + "create"):
        name = st.text_input("Name", placeholder="CI runner", key=KEY + "name")
        key_scope = st.selectbox("Scope", ["read", "run"], help="read: results; run: also start benchmarks")
        days = st.number_input("Expires after (days)", min_value=1, max_value=365, value=90)
        if st.form_submit_button("Create key"):
            try:
                created = create_api_key(auth(), scope, name, key_scope, int(days))
                st.success("Copy the key now: it is shown only once.")
                st.code(created.key)
            except AibaasError as exc:
                st.error(str(exc))

for key in list_api_keys(auth(), scope):
    state = "revoked" if key.revoked_at else "live"
    cols = st.columns([2, 2, 1, 2, 2, 1])
    cols[0].write(key.name)
    cols[1].code(f"aib_{key.prefix}_…")
    cols[2].write(key.scope.value)
    cols[3].write(f"expires {key.expires_at:%Y-%m-%d}" if key.expires_at else "never expires")
    cols[4].write(f"last used {key.last_used_at:%Y-%m-%d %H:%M}" if key.last_used_at else "never used")
    if state == "live" and scope.allows(Permission.API_KEYS_MANAGE):
        if cols[5].button("Revoke", key=f"{KEY}revoke.{key.id}"):
            revoke_api_key(auth(), scope, key.id)
            st.rerun()
    else:
        cols[5].write(state)
