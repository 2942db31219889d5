"""The app's entry point: page config, state, and the navigation between pages."""

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import streamlit as st

from app.navigation import build_navigation

st.set_page_config(page_title="AIBaaS", page_icon=":material/leaderboard:", layout="wide")
build_navigation().run()
