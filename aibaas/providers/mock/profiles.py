"""Skill profiles of the offline models, from the oracle (always the reference) to broken."""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Profile:
    """How often a mock model is right, and how it goes wrong when it is not.

    Probabilities are per sample; `defect_recall` is per planted defect; `false_findings` is the
    expected number of spurious review findings; judge fields describe biases seen in real
    LLM judges (leniency towards wrong answers, preferring the first-shown candidate).
    """

    name: str
    correct: float
    mutant: float
    test_strength: float
    defect_recall: float
    false_findings: float
    judge_accuracy: float
    leniency: float
    position_bias: float
    format_failure: float
    think: float
    base_latency_ms: float
    ms_per_token: float
    verbosity: float
    input_per_mtok: float
    output_per_mtok: float


PROFILES: dict[str, Profile] = {
    "oracle": Profile("oracle", 1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 250, 4, 0.6, 15.0, 75.0),
    "strong": Profile(
        "strong", 0.85, 0.13, 0.85, 0.85, 0.3, 0.9, 0.1, 0.15, 0.01, 0.3, 600, 12, 1.0, 3.0, 15.0
    ),
    "average": Profile(
        "average", 0.6, 0.32, 0.6, 0.6, 0.8, 0.72, 0.3, 0.3, 0.04, 0.15, 450, 9, 1.2, 0.5, 1.5
    ),
    "weak": Profile("weak", 0.3, 0.5, 0.3, 0.3, 1.5, 0.55, 0.5, 0.5, 0.12, 0.05, 350, 7, 1.4, 0.1, 0.4),
    "broken": Profile("broken", 0.0, 0.1, 0.0, 0.05, 2.5, 0.3, 0.8, 0.8, 0.7, 0.0, 200, 5, 0.3, 0.05, 0.1),
}


def sample_rng(model: str, task_id: str, sample_index: int, seed: int | None) -> random.Random:
    """The random source of one answer: the same (model, task, sample, seed) gives the same answer."""
    key = f"{model}|{task_id}|{sample_index}|{seed if seed is not None else 0}"
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))  # noqa: S311
