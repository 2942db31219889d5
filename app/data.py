"""Cached, read-only access to the published marts. Pages read through these functions only.

Marts are read once per published version (the file's modification time is part of the cache key,
so a new publication is seen at once) and shared between sessions as immutable Polars frames:
`cache_resource` avoids copying a multi-million-row history on every rerun. What a page shows is
computed by `aibaas.views` and cached by its explicit, hashable arguments.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import polars as pl
import streamlit as st

from aibaas.config import Settings, get_settings
from aibaas.taskbank.files import TaskFileError, load_task_file, task_files
from aibaas.taskbank.spec import TaskSpec
from aibaas.views import leaderboard as lb
from aibaas.views import profile as pf
from aibaas.views import trends as tr
from aibaas.views.contract import conform, empty
from aibaas.views.voting import public_answers
from aibaas.warehouse import MartNotFoundError, mart_path, mart_published_at, read_mart


@st.cache_resource
def settings() -> Settings:
    return get_settings()


def mart_version(marts_dir: Path, *names: str) -> tuple[int, ...]:
    """The published versions of marts (modification times; 0 when unpublished), for cache keys."""
    paths = (mart_path(marts_dir, name) for name in names)
    return tuple(p.stat().st_mtime_ns if p.exists() else 0 for p in paths)


@st.cache_resource(ttl=3600, max_entries=32, show_spinner=False)
def _read(marts_dir: Path, name: str, version: int) -> pl.DataFrame | None:
    try:
        return read_mart(marts_dir, name)
    except MartNotFoundError:
        return None


def load_mart(marts_dir: Path, name: str) -> pl.DataFrame | None:
    """The mart as published, or None when it has not been published yet."""
    return _read(marts_dir, name, mart_version(marts_dir, name)[0])


def load_app_mart(marts_dir: Path, name: str) -> pl.DataFrame | None:
    """A mart the app relies on, checked against docs/app.md (MartSchemaError names what is missing)."""
    frame = load_mart(marts_dir, name)
    return None if frame is None else conform(frame, name)


def published_at_text(marts_dir: Path, name: str) -> str:
    when = mart_published_at(marts_dir, name)
    return when.strftime("%Y-%m-%d %H:%M UTC") if when else "never"


@st.cache_data(ttl=3600, max_entries=256, show_spinner=False)
def leaderboard(
    marts_dir: Path, filters: lb.LeaderboardFilters, version: tuple[int, ...]
) -> lb.LeaderboardView | None:
    """The ranked table for the filters; None until both leaderboard marts are published."""
    board = load_app_mart(marts_dir, "leaderboard")
    history = load_app_mart(marts_dir, "leaderboard_history")
    if board is None or history is None or board.is_empty():
        return None
    return lb.leaderboard_view(board, history, filters)


@st.cache_data(ttl=3600, max_entries=256, show_spinner=False)
def heatmap(
    marts_dir: Path, filters: lb.LeaderboardFilters, models: tuple[str, ...], version: tuple[int, ...]
) -> pl.DataFrame:
    history = load_app_mart(marts_dir, "leaderboard_history")
    return lb.heatmap(history, filters, list(models)) if history is not None else pl.DataFrame()


@st.cache_data(ttl=3600, show_spinner=False)
def model_names(marts_dir: Path, version: tuple[int, ...]) -> list[str]:
    """Models on the published leaderboard, best first."""
    board = load_app_mart(marts_dir, "leaderboard")
    if board is None:
        return []
    return board.filter(pl.col("slice") == "overall").sort("rank")["model"].to_list()


@st.cache_data(ttl=3600, max_entries=128, show_spinner=False)
def model_profile(marts_dir: Path, model: str, version: tuple[int, ...]) -> pf.ModelProfile | None:
    frames = {
        name: load_app_mart(marts_dir, name)
        for name in ("leaderboard", "score_breakdown", "leaderboard_history", "model_examples")
    }
    if frames["leaderboard"] is None or frames["leaderboard_history"] is None:
        return None
    return pf.model_profile(
        frames["leaderboard"],
        frames["score_breakdown"] if frames["score_breakdown"] is not None else empty("score_breakdown"),
        frames["leaderboard_history"],
        frames["model_examples"] if frames["model_examples"] is not None else empty("model_examples"),
        model,
    )


@st.cache_data(ttl=3600, show_spinner=False)
def history_range(marts_dir: Path, version: tuple[int, ...]) -> tuple[date, date] | None:
    history = load_app_mart(marts_dir, "leaderboard_history")
    if history is None or history.is_empty():
        return None
    return history["day"].min(), history["day"].max()  # type: ignore[return-value]


@st.cache_data(ttl=3600, max_entries=128, show_spinner=False)
def trends(
    marts_dir: Path, models: tuple[str, ...], start: date, end: date, period: str, version: tuple[int, ...]
) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    """(time series, per-model summary, pairwise significance) for the chosen models and range."""
    history = load_app_mart(marts_dir, "leaderboard_history")
    assert history is not None, "callers check history_range first"
    chosen = list(models)
    return (
        tr.time_series(history, chosen, start, end, period),
        tr.summary(history, chosen, start, end),
        tr.pairwise(history, chosen, start, end),
    )


@st.cache_data(ttl=3600, show_spinner=False)
def public_examples(marts_dir: Path, version: tuple[int, ...]) -> pl.DataFrame:
    """Example answers to public tasks (empty until the model_examples mart is published)."""
    examples = load_app_mart(marts_dir, "model_examples")
    return public_answers(examples if examples is not None else empty("model_examples"))


@st.cache_data(ttl=3600, show_spinner=False)
def review_items(marts_dir: Path, version: tuple[int, ...]) -> pl.DataFrame:
    """Model outputs waiting for staff review (empty until the review_items mart is published)."""
    items = load_app_mart(marts_dir, "review_items")
    return items if items is not None else empty("review_items")


@st.cache_data(ttl=3600, show_spinner=False)
def task_quality(marts_dir: Path, version: tuple[int, ...]) -> pl.DataFrame:
    quality = load_app_mart(marts_dir, "task_quality")
    return quality if quality is not None else empty("task_quality")


@st.cache_data(ttl=600, show_spinner=False)
def task_index(taskbank_dir: Path) -> tuple[pl.DataFrame, list[str]]:
    """Every valid task (id, title, language, scenario, difficulty, family, path) and the file problems."""
    rows, problems = [], []
    for path in task_files(taskbank_dir):
        try:
            task = load_task_file(path)
        except TaskFileError as exc:
            problems.append(str(exc))
            continue
        rows.append(
            {
                "task_id": task.id,
                "title": task.title,
                "language": task.language.value,
                "scenario": task.scenario.value,
                "difficulty": task.difficulty.value,
                "family": task.family,
                "version": task.version,
                "path": str(path),
            }
        )
    schema = ["task_id", "title", "language", "scenario", "difficulty", "family", "version", "path"]
    return pl.DataFrame(rows, schema=dict.fromkeys(schema, pl.Utf8)), problems


@st.cache_data(ttl=600, max_entries=64, show_spinner=False)
def task_spec(path: str) -> TaskSpec:
    return load_task_file(Path(path))
