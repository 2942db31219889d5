"""The signed-in session in Streamlit: where the tokens live, renewal, sign-in and sign-out.

The access token sits under `app.viewer.ACCESS_TOKEN_KEY` (read by `current_viewer`), the refresh
token under `REFRESH_TOKEN_KEY`; both live only in this browser tab's server-side session state.
"""

from __future__ import annotations

import streamlit as st

from aibaas.auth import AuthError, OrgScope, Permission, TokenPair, authenticate, logout, refresh
from app.viewer import ACCESS_TOKEN_KEY, Viewer, auth, require_viewer

REFRESH_TOKEN_KEY = "auth.refresh_token"  # noqa: S105 - a session_state key, not a secret
PENDING_INVITE_KEY = "auth.pending_invite"
FLASH_KEY = "auth.flash"


def source_address() -> str | None:
    """The browser's address as Streamlit sees it (None behind some proxies and in AppTest)."""
    address = st.context.ip_address
    return address if isinstance(address, str) else None


def rerun_with_message(message: str) -> None:
    """Rerun the app (so the navigation reflects a change) and show `message` on the next run."""
    st.session_state[FLASH_KEY] = message
    st.rerun()


def show_message() -> None:
    """Show the message left by `rerun_with_message`, once."""
    message = st.session_state.pop(FLASH_KEY, None)
    if isinstance(message, str):
        st.success(message)


def sign_in(pair: TokenPair) -> None:
    st.session_state[ACCESS_TOKEN_KEY] = pair.access_token
    st.session_state[REFRESH_TOKEN_KEY] = pair.refresh_token


def sign_out() -> None:
    """End this session on the server too, then forget the tokens."""
    token = st.session_state.pop(REFRESH_TOKEN_KEY, None)
    st.session_state.pop(ACCESS_TOKEN_KEY, None)
    if isinstance(token, str):
        logout(auth(), token, source_address())


def keep_session_alive() -> None:
    """Swap an expired access token for a new pair; forget both when the session has ended."""
    access = st.session_state.get(ACCESS_TOKEN_KEY)
    token = st.session_state.get(REFRESH_TOKEN_KEY)
    if not isinstance(access, str) or not isinstance(token, str):
        return
    try:
        authenticate(auth(), access)
        return
    except AuthError:
        pass  # expired or revoked: try the refresh token once
    try:
        sign_in(refresh(auth(), token, source_address()))
    except AuthError:
        st.session_state.pop(ACCESS_TOKEN_KEY, None)
        st.session_state.pop(REFRESH_TOKEN_KEY, None)


def require_permission(permission: Permission) -> tuple[Viewer, OrgScope]:
    """The viewer and their scope if their role grants `permission`; otherwise explain and stop."""
    viewer = require_viewer(organization=True)
    assert viewer.scope is not None
    if not viewer.scope.allows(permission):
        st.warning(
            f"Your role ({viewer.scope.role.value}) does not allow this page; "
            "ask an admin of the organisation.",
            icon=":material/lock:",
        )
        st.stop()
    return viewer, viewer.scope
