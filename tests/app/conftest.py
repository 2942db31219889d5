"""App tests: settings pointing at a temporary data dir, demo marts published into it, fresh caches.

The marts come from `benchmarks/demo_marts.py` (the same generator the app benchmark uses) at a
small size, so every page test runs on data shaped like the real marts in well under a second.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import polars as pl
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from aibaas.auth import AuthContext, auth_context, create_user, login
from aibaas.auth.passwords import PasswordCost
from aibaas.config import Settings, get_settings, load_settings
from aibaas.store import migrate
from aibaas.taskbank.files import task_path, task_to_json, with_version
from aibaas.taskbank.spec import TaskSpec, canary_for
from aibaas.warehouse import publish_mart
from app.viewer import ACCESS_TOKEN_KEY
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
    """Run the app's router on `page` (a file under app/app_pages) and return the finished run."""
    at = AppTest.from_file(str(APP), default_timeout=30)
    for key, value in (state or {}).items():
        at.session_state[key] = value
    at.query_params.update(query or {})
    at.run()
    if page != "home.py":
        at.switch_page(f"app_pages/{page}")
        at.run()
    return at


PASSWORD = "correct horse battery staple 42"


@dataclass(frozen=True)
class People:
    """Real accounts created through the accounts services, with live access tokens."""

    ctx: AuthContext
    ids: dict[str, int]
    tokens: dict[str, str]

    def state(self, who: str) -> dict[str, object]:
        return {ACCESS_TOKEN_KEY: self.tokens[who]}


@pytest.fixture
def people(app_settings: Settings) -> People:
    # A cheaper Argon2 for the fixture's own hashing; the app verifies tokens, never passwords here.
    ctx = replace(
        auth_context(app_settings), password_cost=PasswordCost(time_cost=1, memory_kib=8192, parallelism=1)
    )
    ids, tokens = {}, {}
    for who, staff in (("lead", True), ("reviewer", True), ("second", True), ("voter", False)):
        email = f"{who}@example.com"
        ids[who] = create_user(ctx, email, who.capitalize(), PASSWORD, staff=staff).id
        tokens[who] = login(ctx, email, PASSWORD).access_token
    return People(ctx, ids, tokens)


def write_task(root: Path, task_id: str = "py-sum-list") -> TaskSpec:
    """A valid codegen task file (Python), written the way the task bank writes them."""
    case = {"args": [[1, 2, 3]], "expected": 6, "tags": []}
    task = with_version(
        {
            "id": task_id,
            "family": "sums",
            "version": "0" * 16,
            "language": "python",
            "scenario": "codegen",
            "difficulty": "easy",
            "title": "Sum a list",
            "prompt": "Return the sum of the integers in values.",
            "public": {
                "signature": {
                    "name": "solve",
                    "params": [{"name": "values", "type": "list[int]"}],
                    "returns": "int",
                },
                "stub": "def solve(values: list[int]) -> int:\n    ...\n",
                "examples": [case],
            },
            "private": {
                "hidden_tests": [{"args": [[]], "expected": 0, "tags": ["empty"]}],
                "reference_solution": "def solve(values: list[int]) -> int:\n    return sum(values)\n",
            },
            "canary": canary_for(task_id),
            "provenance": {"source": "handwritten"},
        }
    )
    path = task_path(root, task)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(task_to_json(task), encoding="utf-8")
    return task
