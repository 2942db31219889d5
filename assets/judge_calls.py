"""Stage `judges` (calls): models review their own answers, and a panel reviews everyone's.

The two frames follow the contracts in aibaas/judging/contracts.py and feed `assets/judging.py`.
Calls go through the provider gateway and the engine's cell cache, so a re-materialization pays
only for answers it has not judged before.
"""

import dagster as dg
import polars as pl

from aibaas.judging.calls import CallOutcome, panel_members
from aibaas.judging.collect import collect_responses
from aibaas.judging.panel import PanelMember
from assets.generations import BenchResource
from assets.metadata import frame_metadata
from dagster_project.resources import PlatformResource

GROUP = "judges"
# The offline panel of the demo: two mock judges that agree well (alpha ~0.88 on the demo);
# adding mock/average brings alpha to ~0.72, adding mock/weak below the 0.667 of the check.
DEFAULT_PANEL = ["mock/oracle", "mock/strong"]
AUTOMATED_IN = {"automated": dg.AssetIn(key=["scores", "automated_scores"])}


class JudgesResource(dg.ConfigurableResource):  # type: ignore[type-arg]
    """Judge settings (launchpad: resources.judges.config); an empty panel takes the benchmark's judges."""

    panel: list[str] = []  # noqa: RUF012 - pydantic copies field defaults
    self_review_repeats: int = 2

    def members(self, benchmark_judges: list[str]) -> list[PanelMember]:
        return panel_members(self.panel or benchmark_judges or DEFAULT_PANEL)


def _metadata(frame: pl.DataFrame, outcome: CallOutcome) -> dict[str, object]:
    return {**frame_metadata(frame), **{f"calls/{k}": v for k, v in outcome.as_dict().items()}}


@dg.asset(key=["generations", "self_review_responses"], group_name=GROUP, kinds={"polars"}, ins=AUTOMATED_IN)
def self_review_responses(
    context: dg.AssetExecutionContext,
    platform: PlatformResource,
    judges: JudgesResource,
    bench: BenchResource,
    automated: pl.DataFrame,
) -> pl.DataFrame:
    """Each model's rubric review of its own answers in the latest run, repeated for consistency."""
    definition = bench.parameters().resolve()
    frame, outcome = collect_responses(
        platform.settings(), definition, automated, "self_review", repeats=judges.self_review_repeats
    )
    context.add_output_metadata(_metadata(frame, outcome))
    return frame


@dg.asset(key=["generations", "panel_responses"], group_name=GROUP, kinds={"polars"}, ins=AUTOMATED_IN)
def panel_responses(
    context: dg.AssetExecutionContext,
    platform: PlatformResource,
    judges: JudgesResource,
    bench: BenchResource,
    automated: pl.DataFrame,
) -> pl.DataFrame:
    """The panel's rubric reviews of every answer in the latest run; no judge sees its own model's."""
    definition = bench.parameters().resolve()
    members = judges.members(definition.judges)
    frame, outcome = collect_responses(platform.settings(), definition, automated, "panel", panel=members)
    context.add_output_metadata({**_metadata(frame, outcome), "panel": ", ".join(m.judge for m in members)})
    return frame


defs = dg.Definitions(assets=[self_review_responses, panel_responses], resources={"judges": JudgesResource()})
