"""The whole pipeline on a small real bank: generations, sandbox scores, mock judges, leaderboard,
every check green; a second materialization answers every judge call from the cache."""

from pathlib import Path

import dagster as dg
import polars as pl
import pytest

from aibaas.bench.definition import MOCK_MODELS
from aibaas.config import load_settings
from aibaas.store import migrate
from aibaas.taskbank.build import Slot, make_task, write_bank
from aibaas.taskbank.families import family
from aibaas.taskbank.spec import Language, Scenario
from aibaas.warehouse import read_mart
from assets import generations, judge_calls, judging, leaderboard, scores, taskbank
from assets.generations import BenchResource
from dagster_project.resources import build_resources


def _bank(root: Path) -> None:
    fam = family("run-length-encode")
    slots = [Slot(fam, Language.PYTHON, Scenario.CODEGEN, i) for i in range(6)]
    write_bank(root, [make_task(slot, fam.variant(slot.seed), []) for slot in slots])


def _metadata(result: dg.ExecuteInProcessResult, name: str) -> dict[str, object]:
    event = result.asset_materializations_for_node(f"generations__{name}")[0]
    return {k: v.value for k, v in event.metadata.items()}


@pytest.mark.slow  # ~25 s: five models generate and are graded in the sandbox before the judges run
def test_pipeline_runs_green_with_judges_and_pays_once(tmp_path: Path) -> None:
    _bank(tmp_path / "taskbank")
    settings = load_settings(
        data_dir=tmp_path / "data", taskbank_dir=tmp_path / "taskbank", bootstrap_rounds=200
    )
    migrate.upgrade(settings.database_dsn)
    defs = dg.Definitions.merge(
        taskbank.defs, generations.defs, scores.defs, judge_calls.defs, judging.defs, leaderboard.defs
    )
    resources = {
        **build_resources(settings),
        "bench": BenchResource(samples=2, per_cell=6),  # all six tasks of the one cell
        "judges": judge_calls.JudgesResource(),
    }

    def run() -> dg.ExecuteInProcessResult:
        return dg.materialize([*defs.assets, *defs.asset_checks], resources=resources, raise_on_error=False)

    first = run()
    assert first.success
    checks = {c.check_name: c.passed for c in first.get_asset_check_evaluations()}
    assert checks == {
        "task_files_valid": True,
        "scores_in_range": True,
        "self_review_readable": True,
        "panel_agreement": True,
        "leaderboard_valid": True,
    }
    # 5 models x 6 tasks x 2 samples; two self-reviews each; the two panel judges skip their own model.
    # Identical answers (the oracle's are all the reference) are one question: asked once, paid once.
    for name, rows in (("self_review_responses", 120), ("panel_responses", 60 * 2 - 2 * 12)):
        metadata = _metadata(first, name)
        assert metadata["dagster/row_count"] == rows
        assert 0 < metadata["calls/called"] <= rows and metadata["calls/cached"] == 0
    board = read_mart(settings.marts, "leaderboard").filter(pl.col("slice") == "overall")
    assert sorted(board["model"].to_list()) == sorted(MOCK_MODELS)
    assert board.filter(pl.col("score_panel").is_null()).is_empty()
    ranked = dict(zip(board["model"], board["rank"], strict=True))
    assert ranked["mock/oracle"] < ranked["mock/broken"]

    second = run()
    assert second.success
    for name in ("self_review_responses", "panel_responses"):
        assert _metadata(second, name)["calls/called"] == 0
