"""Who is looking at the app: the signed-in user (from the login page's access token) and their role.

Pages ask `current_viewer()`; a page that needs a signed-in user, staff or an organisation calls
`require_viewer(...)`, which explains what is missing and stops the page.
"""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st
from sqlalchemy.orm import Session, sessionmaker

from aibaas.auth import AuthContext, AuthError, OrgScope, auth_context, authenticate, current_scope
from app.data import settings

ACCESS_TOKEN_KEY = "auth.access_token"  # noqa: S105 - a session_state key, not a secret


@dataclass(frozen=True)
class Viewer:
    user_id: int
    is_staff: bool
    scope: OrgScope | None


@st.cache_resource
def auth() -> AuthContext:
    """One context (and connection pool) for the configured operational database."""
    return auth_context(settings())


def sessions() -> sessionmaker[Session]:
    return auth().sessions


def current_viewer() -> Viewer | None:
    """The signed-in user, or None for a visitor (or when the session has ended)."""
    token = st.session_state.get(ACCESS_TOKEN_KEY)
    if not isinstance(token, str) or not token:
        return None
    try:
        principal = authenticate(auth(), token)
        scope = current_scope(auth(), principal)
    except AuthError:
        return None
    return Viewer(principal.user_id, principal.is_staff, scope)


def require_viewer(*, staff: bool = False, organization: bool = False) -> Viewer:
    """The signed-in viewer with what the page needs, or an explanation and a stopped page."""
    viewer = current_viewer()
    if viewer is None:
        st.info("Log in to use this page.", icon=":material/login:")
        st.stop()
    if staff and not viewer.is_staff:
        st.warning("This page is for staff members.", icon=":material/lock:")
        st.stop()
    if organization and viewer.scope is None:
        st.info("Join or create an organisation to see its dashboard.", icon=":material/group:")
        st.stop()
    return viewer
