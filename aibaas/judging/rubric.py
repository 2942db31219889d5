"""The review rubric and strict parsing of judge answers.

A verdict is accepted only when the answer holds exactly one JSON object with every criterion as
an integer 1-5 and a confidence in [0, 1]; anything else is `Unscored` with the reason, never a
default score. The same rules apply to self-review, panel judges and pairwise verdicts.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any, Literal

CRITERIA = ("correctness", "readability", "efficiency", "security", "test_quality")
SCALE_MIN, SCALE_MAX = 1, 5
_ALLOWED_EXTRA = {"rationale", "comment"}
_FENCED = re.compile(r"```(?:json)?\s*\n(.*?)```", re.S)

Winner = Literal["A", "B", "tie"]


@dataclass(frozen=True)
class Unscored:
    """A judge answer that could not be read as a verdict, and why."""

    reason: str


@dataclass(frozen=True)
class RubricVerdict:
    scores: dict[str, int]
    confidence: float

    def normalized(self) -> float:
        """The mean criterion score on the common 0-100 scale (1 -> 0, 5 -> 100)."""
        return normalize_rubric(sum(self.scores.values()) / len(self.scores))


@dataclass(frozen=True)
class PairwiseVerdict:
    """Which of the two shown answers won; A is the one shown first."""

    winner: Winner
    confidence: float


def normalize_rubric(mean_score: float) -> float:
    """A 1-5 rubric mean on the 0-100 scale every source shares."""
    return (mean_score - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * 100


def _single_json_object(text: str) -> dict[str, Any] | Unscored:
    blocks = [b.strip() for b in _FENCED.findall(text)] or [text.strip()]
    distinct = set(blocks)
    if len(distinct) != 1:
        return Unscored(f"{len(distinct)} different JSON blocks; expected exactly one")
    try:
        value = json.loads(distinct.pop())
    except json.JSONDecodeError as exc:
        return Unscored(f"not valid JSON: {exc.msg} at position {exc.pos}")
    if not isinstance(value, dict):
        return Unscored(f"expected a JSON object, got {type(value).__name__}")
    return value


def _confidence(value: dict[str, Any]) -> float | Unscored:
    confidence = value.get("confidence")
    if isinstance(confidence, bool) or not isinstance(confidence, int | float) or not 0 <= confidence <= 1:
        return Unscored(f"confidence must be a number in [0, 1], got {confidence!r}")
    return float(confidence)


def parse_rubric_verdict(text: str) -> RubricVerdict | Unscored:
    """Read a rubric verdict from a judge's answer, or say why it cannot be read."""
    value = _single_json_object(text)
    if isinstance(value, Unscored):
        return value
    unknown = set(value) - set(CRITERIA) - _ALLOWED_EXTRA - {"confidence"}
    if unknown:
        return Unscored(f"unknown field(s): {', '.join(sorted(unknown))}")
    scores: dict[str, int] = {}
    for criterion in CRITERIA:
        score = value.get(criterion)
        if isinstance(score, bool) or not isinstance(score, int) or not SCALE_MIN <= score <= SCALE_MAX:
            return Unscored(f"{criterion} must be an integer {SCALE_MIN}-{SCALE_MAX}, got {score!r}")
        scores[criterion] = score
    confidence = _confidence(value)
    if isinstance(confidence, Unscored):
        return confidence
    return RubricVerdict(scores=scores, confidence=confidence)


def parse_pairwise_verdict(text: str) -> PairwiseVerdict | Unscored:
    """Read {"winner": "A" | "B" | "tie", "confidence": x} from a judge's answer."""
    value = _single_json_object(text)
    if isinstance(value, Unscored):
        return value
    winner = value.get("winner")
    if winner not in ("A", "B", "tie"):
        return Unscored(f"winner must be 'A', 'B' or 'tie', got {winner!r}")
    confidence = _confidence(value)
    if isinstance(confidence, Unscored):
        return confidence
    return PairwiseVerdict(winner=winner, confidence=confidence)


def combine_orders(first_shown_first: Winner, second_shown_first: Winner) -> tuple[Winner, bool]:
    """One verdict from both presentation orders of the same pair.

    Args:
        first_shown_first: verdict with answer 1 shown as A.
        second_shown_first: verdict with answer 2 shown as A (so its "A" means answer 2).

    Returns:
        The winner in terms of answer 1 = "A", and whether both orders agreed. Disagreeing orders
        reveal position bias; they count as a tie rather than trusting either order.
    """
    swapped: Winner = {"A": "B", "B": "A", "tie": "tie"}[second_shown_first]  # type: ignore[assignment]
    if first_shown_first == swapped:
        return first_shown_first, True
    return "tie", False
