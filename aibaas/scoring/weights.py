"""Per-scenario scores normalized to 0-100, from component metrics and configurable weights.

Each component is a number in 0-1 (or None when it was not measured, e.g. performance of code
that failed its tests); the score is the weighted mean of the measured components times 100, so
an unmeasured component neither helps nor hurts. Defaults are documented in docs/bench.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from aibaas.errors import AibaasError

DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    # Code generation: passing the hidden tests dominates; the rest separates equally correct code.
    "codegen": {
        "correctness": 0.70,
        "compiles": 0.05,
        "quality": 0.10,
        "security": 0.10,
        "performance": 0.05,
    },
    # Writing tests: the share of planted mutants the suite kills, if it passes on the reference.
    "testing": {"mutation_score": 0.70, "valid_suite": 0.20, "quality": 0.10},
    # Code review: finding the planted defects without inventing others.
    "review": {"recall": 0.60, "precision": 0.30, "format": 0.10},
}


class WeightsError(AibaasError):
    """Scoring weights are invalid; the message names the scenario and component."""


class ScoringWeights(BaseModel):
    """Weights per scenario and component; any subset of scenarios may be overridden."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    scenarios: dict[str, dict[str, float]] = Field(default_factory=lambda: dict(DEFAULT_WEIGHTS))

    @field_validator("scenarios")
    @classmethod
    def _valid(cls, value: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
        merged = {**DEFAULT_WEIGHTS, **value}
        for scenario, weights in merged.items():
            negative = [f"{name}={w}" for name, w in weights.items() if w < 0]
            if negative:
                raise ValueError(f"scenario {scenario!r}: weights must be >= 0, got {', '.join(negative)}")
            if sum(weights.values()) <= 0:
                raise ValueError(f"scenario {scenario!r}: at least one weight must be positive")
        return merged

    def for_scenario(self, scenario: str) -> dict[str, float]:
        if scenario not in self.scenarios:
            raise WeightsError(
                f"no scoring weights for scenario {scenario!r}; known: {sorted(self.scenarios)}"
            )
        return self.scenarios[scenario]


def load_weights(path: Path) -> ScoringWeights:
    """Weights from a YAML file `{scenarios: {codegen: {correctness: 0.8, ...}}}`."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return ScoringWeights.model_validate(raw)
    except OSError as exc:
        raise WeightsError(f"{path}: cannot read the weights file ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise WeightsError(f"{path}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        details = "; ".join(err["msg"].removeprefix("Value error, ") for err in exc.errors())
        raise WeightsError(f"{path}: invalid scoring weights: {details}") from None


def scenario_score(components: Mapping[str, float | None], scenario: str, weights: ScoringWeights) -> float:
    """The 0-100 score of one sample.

    Args:
        components: measured components in 0-1; None (or absent) means not measured.
        scenario: which scenario's weights apply.
        weights: the weights in force (recorded in the run's snapshot).

    Raises:
        WeightsError: a component outside 0-1, or a component the scenario has no weight for.
    """
    table = weights.for_scenario(scenario)
    unknown = sorted(set(components) - set(table))
    if unknown:
        raise WeightsError(f"scenario {scenario!r} has no weight for component(s) {unknown}")
    total = weight_sum = 0.0
    for name, weight in table.items():
        value = components.get(name)
        if value is None:
            continue
        if not 0.0 <= value <= 1.0:
            raise WeightsError(f"component {name!r} of a {scenario} sample must be in 0-1, got {value}")
        total += weight * value
        weight_sum += weight
    return round(100 * total / weight_sum, 4) if weight_sum else 0.0
