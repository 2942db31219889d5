"""Cached, read-only access to the published marts. Pages read through these functions only."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import streamlit as st

from aibaas.config import Settings, get_settings
from aibaas.warehouse import MartNotFoundError, mart_published_at, read_mart


@st.cache_resource
def settings() -> Settings:
    return get_settings()


@st.cache_data(ttl=60, show_spinner=False)
def load_mart(marts_dir: Path, name: str) -> pl.DataFrame | None:
    """The mart, or None when it has not been published yet."""
    try:
        return read_mart(marts_dir, name)
    except MartNotFoundError:
        return None


def published_at_text(marts_dir: Path, name: str) -> str:
    when = mart_published_at(marts_dir, name)
    return when.strftime("%Y-%m-%d %H:%M UTC") if when else "never"
