"""Stage `judges`: self-review and panel verdicts, staff reviews and community votes, with their checks.

Inputs from the generation stage (issue 5) follow the contracts in aibaas/judging/contracts.py:
`scores/automated_scores`, `generations/self_review_responses`, `generations/panel_responses`.
"""

import dagster as dg
import polars as pl

from aibaas.judging import checks
from aibaas.judging.community import bradley_terry_ratings, vote_weights
from aibaas.judging.contracts import PANEL_RESPONSES, SELF_REVIEW_RESPONSES, conform
from aibaas.judging.fraud import flag_fraud
from aibaas.judging.panel import panel_alpha
from aibaas.judging.store import read_staff_reviews, read_votes
from aibaas.judging.verdicts import parse_responses
from aibaas.store import make_engine
from aibaas.warehouse import publish_mart
from assets.metadata import frame_metadata
from dagster_project.resources import PlatformResource

GROUP = "judges"
# Staff reviews and votes may be empty (a new platform has none), and the DuckDB IO manager does not
# store empty frames; these two are pickled by Dagster's filesystem IO manager instead.
JUDGMENTS_IO = dg.FilesystemIOManager()
CHECK_SELF_REVIEW_READABLE = "self_review_readable"
CHECK_PANEL_AGREEMENT = "panel_agreement"


@dg.asset(
    key_prefix=[GROUP],
    group_name=GROUP,
    kinds={"polars"},
    ins={"responses": dg.AssetIn(key=["generations", "self_review_responses"])},
)
def self_review_verdicts(context: dg.AssetExecutionContext, responses: pl.DataFrame) -> pl.DataFrame:
    """Each model's review of its own samples, parsed strictly: score 0-100 or unscored with a reason."""
    parsed = parse_responses(conform(responses, SELF_REVIEW_RESPONSES, "self_review_responses"))
    context.add_output_metadata(frame_metadata(parsed))
    return parsed


@dg.asset_check(asset=self_review_verdicts, name=CHECK_SELF_REVIEW_READABLE, blocking=True)
def self_review_readable(self_review_verdicts: pl.DataFrame) -> dg.AssetCheckResult:
    """Few enough self-reviews are unscored for the source to mean something."""
    problems = checks.judgment_problems(self_review_verdicts, "self-review")
    return dg.AssetCheckResult(passed=not problems, metadata={"problems": "\n".join(problems) or "none"})


@dg.asset(
    key_prefix=[GROUP],
    group_name=GROUP,
    kinds={"polars"},
    ins={"responses": dg.AssetIn(key=["generations", "panel_responses"])},
)
def panel_verdicts(context: dg.AssetExecutionContext, responses: pl.DataFrame) -> pl.DataFrame:
    """Panel judges' rubric answers, parsed strictly; self-judgments are kept here and excluded later."""
    parsed = parse_responses(conform(responses, PANEL_RESPONSES, "panel_responses"))
    context.add_output_metadata(frame_metadata(parsed))
    return parsed


@dg.asset_check(asset=panel_verdicts, name=CHECK_PANEL_AGREEMENT, blocking=True)
def panel_agreement(panel_verdicts: pl.DataFrame) -> dg.AssetCheckResult:
    """The panel agrees (Krippendorff's alpha >= 0.667) and its answers are readable."""
    alpha = panel_alpha(panel_verdicts)
    problems = checks.judgment_problems(panel_verdicts, "panel")
    problems = [p for p in problems if "own model" not in p] + checks.panel_agreement_problems(alpha)
    return dg.AssetCheckResult(
        passed=not problems, metadata={"alpha": alpha, "problems": "\n".join(problems) or "none"}
    )


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars", "sqlite"}, io_manager_def=JUDGMENTS_IO)
def staff_reviews(context: dg.AssetExecutionContext, platform: PlatformResource) -> pl.DataFrame:
    """Staff reviews from the operational database, one row per rubric criterion."""
    reviews = read_staff_reviews(make_engine(platform.settings().database_dsn))
    context.add_output_metadata(frame_metadata(reviews))
    return reviews


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars", "sqlite"}, io_manager_def=JUDGMENTS_IO)
def community_votes(context: dg.AssetExecutionContext, platform: PlatformResource) -> pl.DataFrame:
    """Community votes with fraud flags and their reputation weight under the daily cap."""
    votes = vote_weights(flag_fraud(read_votes(make_engine(platform.settings().database_dsn))))
    context.add_output_metadata({**frame_metadata(votes), "suspicious": int(votes["suspicious"].sum())})
    return votes


@dg.asset(
    key_prefix=[GROUP],
    group_name="marts",
    kinds={"parquet"},
    ins={"community_votes": dg.AssetIn(key=[GROUP, "community_votes"])},
)
def community_ratings(
    platform: PlatformResource, community_votes: pl.DataFrame
) -> dg.MaterializeResult[None]:
    """Published mart `community_ratings`: Bradley-Terry ratings with 95 % intervals from weighted votes."""
    ratings = bradley_terry_ratings(community_votes)
    path = publish_mart(ratings, platform.settings().marts, "community_ratings")
    return dg.MaterializeResult(metadata={**frame_metadata(ratings), "path": str(path)})


defs = dg.Definitions(
    assets=[self_review_verdicts, panel_verdicts, staff_reviews, community_votes, community_ratings],
    asset_checks=[self_review_readable, panel_agreement],
)
