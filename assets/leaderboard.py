"""Stage `leaderboard`: source scores, the aggregated leaderboard with its blocking check, and the marts."""

import dagster as dg
import polars as pl

from aibaas.judging import app_marts, checks, marts
from aibaas.judging.community import bradley_terry_ratings
from aibaas.judging.contracts import AUTOMATED_SCORES, conform
from aibaas.judging.panel import judge_quality, panel_alpha
from aibaas.judging.self_review import self_review_report
from aibaas.judging.sources import all_source_scores
from aibaas.judging.staff import gold_accuracy, reliability_by_criterion
from aibaas.warehouse import publish_mart
from assets.metadata import frame_metadata
from dagster_project.resources import PlatformResource

GROUP = "leaderboard"
CHECK_LEADERBOARD_VALID = "leaderboard_valid"
SEED = 20250101
AUTOMATED_IN = {"automated": dg.AssetIn(key=["scores", "automated_scores"])}
JUDGMENTS_IN = {
    name: dg.AssetIn(key=["judges", name])
    for name in ("self_review_verdicts", "panel_verdicts", "staff_reviews", "community_votes")
}
SCORES_IN = {"source_scores": dg.AssetIn(key=[GROUP, "source_scores"])}
BOARD_IN = {"leaderboard": dg.AssetIn(key=[GROUP, "leaderboard"])}


def _automated(frame: pl.DataFrame) -> pl.DataFrame:
    return conform(frame, AUTOMATED_SCORES, "scores/automated_scores")


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars"}, ins={**AUTOMATED_IN, **JUDGMENTS_IN})
def source_scores(
    context: dg.AssetExecutionContext,
    automated: pl.DataFrame,
    self_review_verdicts: pl.DataFrame,
    panel_verdicts: pl.DataFrame,
    staff_reviews: pl.DataFrame,
    community_votes: pl.DataFrame,
) -> pl.DataFrame:
    """Per source, model and task: a score on the common 0-100 scale."""
    scores = all_source_scores(
        _automated(automated), self_review_verdicts, panel_verdicts, staff_reviews, community_votes
    )
    context.add_output_metadata(frame_metadata(scores))
    return scores


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars"}, ins={**AUTOMATED_IN, **SCORES_IN})
def leaderboard(
    context: dg.AssetExecutionContext,
    platform: PlatformResource,
    automated: pl.DataFrame,
    source_scores: pl.DataFrame,
) -> pl.DataFrame:
    """Overall and per-slice scores with bootstrap intervals, rank ranges and the source breakdown."""
    settings = platform.settings()
    board = marts.leaderboard_mart(
        source_scores,
        marts.task_attributes(_automated(automated)),
        settings.aggregation_weights,
        settings.bootstrap_rounds,
        SEED,
    )
    context.add_output_metadata({**frame_metadata(board), "weights": settings.aggregation_weights.as_dict()})
    return board


@dg.asset_check(
    asset=leaderboard,
    name=CHECK_LEADERBOARD_VALID,
    blocking=True,
    additional_ins={"automated": dg.AssetIn(key=["scores", "automated_scores"])},
)
def leaderboard_valid(leaderboard: pl.DataFrame, automated: pl.DataFrame) -> dg.AssetCheckResult:
    """Every model has a score inside its interval, a valid rank range and a complete breakdown."""
    problems = checks.leaderboard_problems(leaderboard, set(automated["model"].unique().to_list()))
    return dg.AssetCheckResult(passed=not problems, metadata={"problems": "\n".join(problems[:20]) or "none"})


@dg.asset(
    key_prefix=[GROUP],
    group_name="marts",
    kinds={"parquet"},
    ins={**AUTOMATED_IN, **JUDGMENTS_IN, **SCORES_IN, **BOARD_IN},
)
def published_marts(
    platform: PlatformResource,
    automated: pl.DataFrame,
    leaderboard: pl.DataFrame,
    source_scores: pl.DataFrame,
    self_review_verdicts: pl.DataFrame,
    panel_verdicts: pl.DataFrame,
    staff_reviews: pl.DataFrame,
    community_votes: pl.DataFrame,
) -> dg.MaterializeResult[None]:
    """Marts: leaderboard, leaderboard_history, score_breakdown, model_examples, review_items,
    model_profiles, trends, provider_cost, task_quality, judge_reliability."""
    settings = platform.settings()
    automated = _automated(automated)
    self_report = self_review_report(self_review_verdicts, automated)
    cost = marts.provider_cost_mart(automated)
    over_time = app_marts.public_samples(settings.warehouse, automated)
    prompts = app_marts.bank_prompts(settings.taskbank_dir)
    rounds = settings.bootstrap_rounds
    frames = {
        "leaderboard": app_marts.leaderboard_outcomes(leaderboard, automated),
        "leaderboard_history": app_marts.history_mart(over_time),
        "score_breakdown": app_marts.score_breakdown_mart(source_scores, leaderboard, rounds, SEED),
        "model_examples": app_marts.examples_mart(over_time, prompts),
        "review_items": app_marts.review_items_mart(over_time, prompts),
        "model_profiles": marts.model_profiles_mart(
            automated, leaderboard, bradley_terry_ratings(community_votes), self_report, cost
        ),
        "trends": marts.trend_mart(automated, settings.bootstrap_rounds, SEED),
        "provider_cost": cost,
        "task_quality": marts.task_quality_mart(automated, source_scores),
        "judge_reliability": marts.judge_reliability_mart(
            judge_quality(panel_verdicts, automated),
            panel_alpha(panel_verdicts),
            reliability_by_criterion(staff_reviews),
            gold_accuracy(staff_reviews),
            self_report,
        ),
    }
    for name, frame in frames.items():
        publish_mart(frame, settings.marts, name)
    return dg.MaterializeResult(metadata={f"rows_{name}": frame.height for name, frame in frames.items()})


defs = dg.Definitions(assets=[source_scores, leaderboard, published_marts], asset_checks=[leaderboard_valid])
