"""Every notebook runs top to bottom on published demo marts, in a real kernel, reading only marts."""

import os
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from aibaas.judging.demo import publish_demo_marts

NOTEBOOKS = sorted((Path(__file__).resolve().parents[2] / "notebooks").glob("*.ipynb"))


@pytest.fixture(scope="module")
def marts_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("marts")
    publish_demo_marts(folder)
    return folder


def _run(path: Path, env: dict[str, str]) -> nbformat.NotebookNode:
    book = nbformat.read(path, as_version=4)
    saved = dict(os.environ)
    os.environ.update(env)  # the kernel inherits the environment of the process that starts it
    try:
        NotebookClient(
            book, timeout=60, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        ).execute()
    finally:
        os.environ.clear()
        os.environ.update(saved)
    return book


def test_there_are_the_three_analysis_notebooks() -> None:
    assert {p.stem for p in NOTEBOOKS} >= {
        "leaderboard_deep_dive",
        "judge_reliability",
        "trends_and_regressions",
    }


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_on_the_published_marts(path: Path, marts_dir: Path, tmp_path: Path) -> None:
    # An empty data dir: anything but the marts dir (a warehouse, a database) is simply not there.
    env = {
        "AIBAAS_MARTS_DIR": str(marts_dir),
        "AIBAAS_DATA_DIR": str(tmp_path / "empty"),
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    }
    book = _run(path, env)
    outputs = [o for cell in book.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert f"reading marts from {marts_dir}" in printed
    # Results are shown, not just computed: every notebook renders tables (and charts).
    assert sum(1 for o in outputs if o.output_type == "execute_result") >= 4


def test_a_notebook_without_marts_says_which_mart_is_missing(tmp_path: Path) -> None:
    env = {
        "AIBAAS_MARTS_DIR": str(tmp_path / "nothing"),
        "AIBAAS_DATA_DIR": str(tmp_path),
        "LITELLM_LOCAL_MODEL_COST_MAP": "True",
    }
    with pytest.raises(Exception, match="is not published yet"):
        _run(NOTEBOOKS[0], env)
