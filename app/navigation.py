"""Which pages exist and who may see them."""

from __future__ import annotations

from pathlib import Path

import streamlit as st
from streamlit.navigation.page import StreamlitPage

PAGES_DIR = Path(__file__).parent / "pages"


def build_navigation() -> StreamlitPage:
    """The navigation for the current visitor."""
    home = st.Page(str(PAGES_DIR / "home.py"), title="Overview", icon=":material/home:", default=True)
    return st.navigation({"AIBaaS": [home]})
