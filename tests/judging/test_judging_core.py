"""Strict verdicts, order combination, renormalized aggregation, staff assignment, fraud detection."""

import json

import numpy as np
import polars as pl
import pytest

from aibaas.judging import synthetic as syn
from aibaas.judging.aggregate import aggregate
from aibaas.judging.community import bradley_terry_ratings, vote_weights
from aibaas.judging.fraud import detection_quality, flag_fraud
from aibaas.judging.panel import drop_self_judgments
from aibaas.judging.rubric import RubricVerdict, Unscored, combine_orders, parse_rubric_verdict
from aibaas.judging.staff import assign_reviewers
from aibaas.judging.synthetic_votes import synthetic_votes
from aibaas.judging.weights import AggregationWeights

GOOD = json.dumps(
    {"correctness": 5, "readability": 4, "efficiency": 3, "security": 5, "test_quality": 3, "confidence": 0.8}
)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Looks fine, 4/5", "not valid JSON"),  # prose only
        (GOOD.replace('"security": 5', '"security": 6'), "security must be an integer 1-5"),  # out of scale
        (
            GOOD.replace('"efficiency": 3', '"efficiency": 3.5'),
            "efficiency must be an integer",
        ),  # not integer
        (GOOD.replace(', "confidence": 0.8', ""), "confidence must be a number"),  # missing confidence
        (
            f"```json\n{GOOD}\n```\n```json\n{GOOD.replace('5', '4')}\n```",
            "2 different JSON blocks",
        ),  # ambiguous
        (GOOD.replace('"correctness"', '"style": 2, "correctness"'), "unknown field(s): style"),
    ],
)
def test_unparseable_verdicts_are_unscored_with_the_reason(text: str, reason: str) -> None:
    verdict = parse_rubric_verdict(text)
    assert isinstance(verdict, Unscored)
    assert reason in verdict.reason


def test_a_fenced_verdict_is_read_and_normalized() -> None:
    verdict = parse_rubric_verdict(f"My review:\n```json\n{GOOD}\n```\nThanks.")
    assert isinstance(verdict, RubricVerdict)
    assert verdict.normalized() == pytest.approx((4.0 - 1) / 4 * 100)


def test_orders_that_disagree_count_as_a_tie() -> None:
    assert combine_orders("A", "B") == ("A", True)  # answer 1 won in both orders
    assert combine_orders("A", "A") == ("tie", False)  # the first-shown answer always won: position bias


def test_a_judge_never_scores_its_own_model() -> None:
    parsed = pl.DataFrame({"judge": ["m1", "m2"], "model": ["m1", "m1"], "score": [100.0, 40.0]})
    kept, dropped = drop_self_judgments(parsed)
    assert dropped == 1 and kept["judge"].to_list() == ["m2"]


def test_missing_source_renormalizes_and_says_so() -> None:
    rng = np.random.default_rng(0)
    rows = [
        {"source": s, "model": m, "task_id": f"t{t}", "score": float(rng.uniform(0, 100))}
        for s in ("automated", "staff", "panel")
        for m in ("a", "b")
        for t in range(30)
        if not (s == "staff" and m == "b")
    ]
    board = aggregate(pl.DataFrame(rows), AggregationWeights(), rounds=200, seed=1)
    b = board.filter(pl.col("model") == "b").row(0, named=True)
    assert b["renormalized"] and "staff" in b["note"] and b["weight_staff"] == 0
    assert b["weight_automated"] == pytest.approx(0.40 / 0.475)
    a = board.filter(pl.col("model") == "a").row(0, named=True)
    assert a["sources_missing"] == ["community", "self_review"]
    expected = (0.40 * a["score_automated"] + 0.25 * a["score_staff"] + 0.075 * a["score_panel"]) / 0.725
    assert a["score"] == pytest.approx(expected)
    assert a["ci_low"] <= a["score"] <= a["ci_high"]


def test_weights_must_sum_to_one() -> None:
    with pytest.raises(ValueError, match="sum to 1"):
        AggregationWeights(automated=0.5)


def test_every_item_gets_two_distinct_reviewers_and_loads_are_balanced() -> None:
    pairs = assign_reviewers([f"i{n}" for n in range(30)], [1, 2, 3, 4, 5])
    by_item: dict[str, list[int]] = {}
    for item, reviewer in pairs:
        by_item.setdefault(item, []).append(reviewer)
    assert all(len(set(r)) == 2 for r in by_item.values())
    loads = np.bincount([r for _, r in pairs])[1:]
    assert loads.max() - loads.min() <= 1


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_fraud_detection_precision_and_recall_on_seeded_fraud(seed: int) -> None:
    world = syn.make_world(10, 300, seed)
    flagged = flag_fraud(synthetic_votes(world, seed=seed))
    quality = detection_quality(flagged)
    assert quality["recall"] >= 0.9 and quality["precision"] >= 0.9
    # without the fraud weights the promoted model climbs; with them it stays near its true place
    target = world.models[-2]
    honest = bradley_terry_ratings(vote_weights(flagged))
    naive = bradley_terry_ratings(vote_weights(flagged.with_columns(pl.lit(False).alias("suspicious"))))
    rank = {
        name: frame["model"].to_list().index(target) for name, frame in (("honest", honest), ("naive", naive))
    }
    assert rank["naive"] < rank["honest"]
