"""The code location loads, every asset belongs to a stage group, and the main job covers them all."""

import dagster as dg

from dagster_project.definitions import defs
from dagster_project.jobs import MAIN_JOB


def test_definitions_load_and_main_job_selects_every_asset() -> None:
    repository = defs.get_repository_def()
    asset_keys = set(repository.asset_graph.get_all_asset_keys())
    assert dg.AssetKey(["taskbank", "taskbank_index"]) in asset_keys
    job = defs.resolve_job_def(MAIN_JOB)
    assert set(job.asset_layer.executable_asset_keys) == {
        key for key in asset_keys if repository.asset_graph.get(key).is_materializable
    }


def test_every_asset_is_grouped_by_pipeline_stage() -> None:
    graph = defs.get_repository_def().asset_graph
    for key in graph.get_all_asset_keys():
        node = graph.get(key)
        if node.is_materializable:
            assert node.group_name != "default", f"{key.to_user_string()} has no stage group"


def test_generation_waits_for_the_task_bank_quality_checks() -> None:
    """Blocking checks stop only what depends on their asset: generation must depend on the QA mart."""
    graph = defs.get_repository_def().asset_graph
    answers = graph.get(dg.AssetKey(["generations", "model_answers"]))
    quality = dg.AssetKey(["taskbank", "taskbank_quality"])
    assert quality in answers.parent_keys
    checks = {key.name: graph.get_check_spec(key).blocking for key in graph.get(quality).check_keys}
    assert checks.pop("improvement_suggestions") is False  # advice only
    assert checks and all(checks.values())
