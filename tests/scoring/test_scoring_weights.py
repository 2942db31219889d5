"""Per-scenario scores are 0-100, follow the configured weights, and ignore what was not measured."""

from __future__ import annotations

from pathlib import Path

import pytest

from aibaas.scoring.weights import ScoringWeights, WeightsError, load_weights, scenario_score


def test_perfect_and_worthless_samples_score_100_and_0() -> None:
    weights = ScoringWeights()
    perfect = {"correctness": 1.0, "compiles": 1.0, "quality": 1.0, "security": 1.0, "performance": 1.0}
    assert scenario_score(perfect, "codegen", weights) == 100.0
    assert scenario_score(dict.fromkeys(perfect, 0.0), "codegen", weights) == 0.0


def test_unmeasured_components_are_left_out_not_counted_as_zero() -> None:
    weights = ScoringWeights(scenarios={"codegen": {"correctness": 3, "performance": 1}})
    assert scenario_score({"correctness": 1.0, "performance": None}, "codegen", weights) == 100.0
    assert scenario_score({"correctness": 1.0, "performance": 0.0}, "codegen", weights) == 75.0


def test_overriding_one_scenario_keeps_the_defaults_of_the_others() -> None:
    weights = ScoringWeights(scenarios={"review": {"recall": 1.0}})
    assert weights.for_scenario("review") == {"recall": 1.0}
    assert "correctness" in weights.for_scenario("codegen")


@pytest.mark.parametrize(
    ("components", "message"),
    [({"correctness": 1.5}, "must be in 0-1"), ({"speed": 1.0}, "no weight for component")],
)
def test_bad_components_are_named(components: dict[str, float], message: str) -> None:
    with pytest.raises(WeightsError, match=message):
        scenario_score(components, "codegen", ScoringWeights())


def test_weights_file_errors_name_the_file_and_scenario(tmp_path: Path) -> None:
    path = tmp_path / "weights.yaml"
    path.write_text("scenarios:\n  codegen:\n    correctness: -1\n", encoding="utf-8")
    with pytest.raises(WeightsError, match=r"weights.yaml.*codegen.*>= 0"):
        load_weights(path)
    path.write_text("scenarios:\n  codegen:\n    correctness: 2\n    quality: 2\n", encoding="utf-8")
    assert scenario_score({"correctness": 1.0, "quality": 0.5}, "codegen", load_weights(path)) == 75.0
