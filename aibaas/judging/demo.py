"""Seeded synthetic judging marts: what the notebooks read, without running the pipeline.

Every source comes from `aibaas.judging.synthetic` and goes through the same functions the
`leaderboard` stage uses, so the marts have the published columns and a known truth behind them.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from aibaas.judging import app_marts, marts
from aibaas.judging import synthetic as syn
from aibaas.judging.community import bradley_terry_ratings, vote_weights
from aibaas.judging.fraud import flag_fraud
from aibaas.judging.panel import judge_quality, panel_alpha
from aibaas.judging.self_review import self_review_report
from aibaas.judging.sources import all_source_scores
from aibaas.judging.staff import gold_accuracy, reliability_by_criterion
from aibaas.judging.synthetic_votes import synthetic_votes
from aibaas.judging.verdicts import parse_responses
from aibaas.judging.weights import AggregationWeights
from aibaas.warehouse import publish_mart

NOTEBOOK_MARTS = (
    "leaderboard",
    "model_profiles",
    "trends",
    "provider_cost",
    "task_quality",
    "judge_reliability",
    "community_ratings",
)


def demo_marts(
    seed: int = 3, models: int = 6, tasks: int = 84, runs: int = 3, rounds: int = 200
) -> dict[str, pl.DataFrame]:
    """The judging marts of a synthetic world of `models` models, `tasks` tasks and `runs` runs."""
    world = syn.make_world(models, tasks, seed=seed)
    automated = syn.automated_scores(world, runs=runs, seed=seed)
    self_review = parse_responses(syn.self_review_responses(automated, seed=seed))
    panel = parse_responses(syn.panel_responses(automated, seed=seed))
    staff = syn.staff_reviews(automated, seed=seed)
    votes = vote_weights(flag_fraud(synthetic_votes(world, seed=seed, honest_voters=60)))
    scores = all_source_scores(automated, self_review, panel, staff, votes)
    board = marts.leaderboard_mart(
        scores, marts.task_attributes(automated), AggregationWeights(), rounds, seed
    )
    report = self_review_report(self_review, automated)
    cost = marts.provider_cost_mart(automated)
    ratings = bradley_terry_ratings(votes)
    return {
        "leaderboard": app_marts.leaderboard_outcomes(board, automated),
        "model_profiles": marts.model_profiles_mart(automated, board, ratings, report, cost),
        "trends": marts.trend_mart(automated, rounds, seed),
        "provider_cost": cost,
        "task_quality": marts.task_quality_mart(automated, scores),
        "judge_reliability": marts.judge_reliability_mart(
            judge_quality(panel, automated),
            panel_alpha(panel),
            reliability_by_criterion(staff),
            gold_accuracy(staff),
            report,
        ),
        "community_ratings": ratings,
    }


def publish_demo_marts(marts_dir: Path, seed: int = 3) -> dict[str, Path]:
    """Publish the demo judging marts into `marts_dir`; their paths by name."""
    return {name: publish_mart(frame, marts_dir, name) for name, frame in demo_marts(seed=seed).items()}
