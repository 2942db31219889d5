"""Which pages exist and who may see them."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

from app.viewer import current_viewer

PAGES_DIR = Path(__file__).parent / "pages"


def build_navigation() -> StreamlitPage:
    """The navigation for the current visitor."""
    home = st.Page(str(PAGES_DIR / "home.py"), title="Overview", icon=":material/home:", default=True)
    public = [
        st.Page(str(PAGES_DIR / "leaderboard.py"), title="Leaderboard", icon=":material/leaderboard:"),
        st.Page(str(PAGES_DIR / "model_profile.py"), title="Model profile", icon=":material/person_search:"),
        st.Page(str(PAGES_DIR / "trends.py"), title="Trends and comparison", icon=":material/trending_up:"),
    ]
    sections = {"AIBaaS": [home, *public]}
    viewer = current_viewer()
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
