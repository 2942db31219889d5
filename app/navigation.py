"""Which pages exist and who may see them."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from aibaas.auth import OrgScope, Permission
from app.auth_session import keep_session_alive
from app.viewer import current_viewer

PAGES_DIR = Path(__file__).parent / "app_pages"
# Organisation pages and the permission each needs (the matrix is aibaas.auth.permissions).
ORG_PAGES = [
    ("organization.py", "Organisation", ":material/apartment:", Permission.ORG_VIEW),
    ("org_dashboard.py", "Benchmarks", ":material/speed:", Permission.BENCHMARKS_VIEW),
    ("api_keys.py", "API keys", ":material/key:", Permission.API_KEYS_VIEW),
    ("audit.py", "Audit log", ":material/policy:", Permission.AUDIT_VIEW),
]


def account_pages(signed_in: bool) -> list[StreamlitPage]:
    """Log in for visitors; the account page (and the landing page of mailed links) for members."""
    login = st.Page(
        str(PAGES_DIR / "login.py"),
        title="Mailed links" if signed_in else "Log in",
        icon=":material/login:",
        url_path="login",
    )
    if not signed_in:
        return [login]
    return [st.Page(str(PAGES_DIR / "account.py"), title="Account", icon=":material/person:"), login]


def organization_pages(scope: OrgScope | None) -> list[StreamlitPage]:
    """The organisation pages the member's role allows in the active organisation."""
    if scope is None:
        return []
    return [
        st.Page(str(PAGES_DIR / file), title=title, icon=icon)
        for file, title, icon, permission in ORG_PAGES
        if scope.allows(permission)
    ]


def build_navigation() -> StreamlitPage:
    """The navigation for the current visitor."""
    home = st.Page(str(PAGES_DIR / "home.py"), title="Overview", icon=":material/home:", default=True)
    public = [
        st.Page(str(PAGES_DIR / "leaderboard.py"), title="Leaderboard", icon=":material/leaderboard:"),
        st.Page(str(PAGES_DIR / "model_profile.py"), title="Model profile", icon=":material/person_search:"),
        st.Page(str(PAGES_DIR / "trends.py"), title="Trends and comparison", icon=":material/trending_up:"),
    ]
    sections = {"AIBaaS": [home, *public]}
    keep_session_alive()
    viewer = current_viewer()
    sections["Account"] = account_pages(viewer is not None)
    if viewer is not None and (org_pages := organization_pages(viewer.scope)):
        sections["Organisation"] = org_pages
    if viewer is not None:
        sections["Community"] = [
            st.Page(str(PAGES_DIR / "voting.py"), title="Community voting", icon=":material/how_to_vote:")
        ]
    if viewer is not None and viewer.is_staff:
        sections["Staff"] = [
            st.Page(
                str(PAGES_DIR / "workbench.py"), title="Reviewer workbench", icon=":material/rate_review:"
            ),
            st.Page(str(PAGES_DIR / "task_bank.py"), title="Task bank", icon=":material/library_books:"),
        ]
    return st.navigation(sections)
