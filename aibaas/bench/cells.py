"""The unit of work of a run: one (model, task, sample) cell, and what came of it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aibaas.taskbank.spec import TaskSpec


@dataclass(frozen=True)
class GenCell:
    model: str
    task: TaskSpec
    sample_index: int
    key: str


@dataclass(frozen=True)
class ScoredCell:
    cell: GenCell
    generation: dict[str, Any]
    score: dict[str, Any] | None
    score_key: str
