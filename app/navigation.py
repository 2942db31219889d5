"""Which pages exist and who may see them."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

PAGES_DIR = Path(__file__).parent / "pages"


def build_navigation() -> StreamlitPage:
    """The navigation for the current visitor."""
    home = st.Page(str(PAGES_DIR / "home.py"), title="Overview", icon=":material/home:", default=True)
    public = [
        st.Page(str(PAGES_DIR / "leaderboard.py"), title="Leaderboard", icon=":material/leaderboard:"),
        st.Page(str(PAGES_DIR / "model_profile.py"), title="Model profile", icon=":material/person_search:"),
        st.Page(str(PAGES_DIR / "trends.py"), title="Trends and comparison", icon=":material/trending_up:"),
    ]
    return st.navigation({"AIBaaS": [home, *public]})
