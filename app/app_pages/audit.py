"""The active organisation's audit log (admins): who did what, when and from where."""

import streamlit as st

from aibaas.auth import Action, Permission, query_audit_log
from app.auth_session import require_permission
from app.viewer import auth

KEY = "audit."

viewer, scope = require_permission(Permission.AUDIT_VIEW)
st.title("Audit log")
actions = ["(all)", *sorted(a.value for a in Action)]
chosen = st.selectbox("Action", actions, key=KEY + "action")
entries = query_audit_log(auth(), scope, action=None if chosen == "(all)" else chosen, limit=500)
if not entries:
    st.info("Nothing recorded yet for this filter.")
    st.stop()
st.dataframe(
    [
        {
            "time (UTC)": e.occurred_at,
            "action": e.action,
            "actor": e.actor_id,
            "target": e.target,
            "address": e.source_address,
            "details": str(e.details),
        }
        for e in entries
    ],
    hide_index=True,
)
