"""App tests: settings pointing at a temporary data dir, demo marts published into it, fresh caches.

The marts come from `benchmarks/demo_marts.py` (the same generator the app benchmark uses) at a
small size, so every page test runs on data shaped like the real marts in well under a second.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from aibaas.config import Settings, get_settings, load_settings
from aibaas.store import migrate
from aibaas.warehouse import publish_mart
from benchmarks.demo_marts import DemoSize, build

APP = Path(__file__).resolve().parents[2] / "app" / "streamlit_app.py"
TEST_SIZE = DemoSize(models=12, days=60)


@pytest.fixture(scope="session")
def demo_frames() -> dict[str, pl.DataFrame]:
    return build(TEST_SIZE)


@pytest.fixture
def app_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings on an empty, migrated data dir, seen by the app's `settings()`; caches cleared."""
    monkeypatch.setenv("AIBAAS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AIBAAS_TASKBANK_DIR", str(tmp_path / "taskbank"))
    monkeypatch.delenv("AIBAAS_DATABASE_URL", raising=False)
    monkeypatch.delenv("AIBAAS_MARTS_DIR", raising=False)
    get_settings.cache_clear()
    st.cache_data.clear()
    st.cache_resource.clear()
    settings = load_settings()
    migrate.upgrade(settings.database_dsn)
    yield settings
    get_settings.cache_clear()
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture
def demo_settings(app_settings: Settings, demo_frames: dict[str, pl.DataFrame]) -> Settings:
    """The same settings with every demo mart published."""
    for name, frame in demo_frames.items():
        publish_mart(frame, app_settings.marts, name)
    return app_settings


def open_page(
    page: str, query: dict[str, str] | None = None, state: dict[str, object] | None = None
) -> AppTest:
    """Run the app's router on `page` (a file under app/pages) and return the finished run."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.query_params.update(query or {})
    at.run()
    if page != "home.py":
        at.switch_page(f"pages/{page}")
        at.run()
    return at
