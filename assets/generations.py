"""Stage `generations`: every model's answer to every selected task, partitioned by model.

Materializing a partition re-does one model alone; materializing without a partition (the main
job) runs every model of the benchmark and registers them as partitions. Answers live in the cell
cache (operational DB), so a re-run or a resumed run pays only for missing cells.
"""

from collections.abc import Callable

import dagster as dg
from pydantic import Field

from aibaas.bench.engine import generate_phase
from aibaas.bench.launch import RunParameters
from aibaas.bench.progress import Progress
from dagster_project.resources import PlatformResource

GROUP = "generations"
MODELS = dg.DynamicPartitionsDefinition(name="bench_models")


class BenchResource(dg.ConfigurableResource):  # type: ignore[type-arg]
    """Run parameters (launchpad: resources.bench.config); empty fields keep the demo benchmark's."""

    definition_file: str | None = None
    models: list[str] = Field(default=[], description="provider/model names; empty: the definition's")
    languages: list[str] = Field(default=[], description="empty: the definition's selection")
    scenarios: list[str] = Field(default=[], description="empty: the definition's selection")
    per_cell: int | None = Field(default=None, description="tasks per language x scenario x difficulty")
    limit: int | None = None
    samples: int | None = None
    system_instructions_file: str | None = None

    def parameters(self) -> RunParameters:
        return RunParameters.model_validate(self.model_dump())


def _logger(context: dg.AssetExecutionContext) -> Callable[[Progress], None]:
    def log(progress: Progress) -> None:
        context.log.info(f"{progress.phase}: {progress.as_dict()}")

    return log


@dg.asset(
    key_prefix=[GROUP],
    group_name=GROUP,
    partitions_def=MODELS,
    kinds={"python"},
    # The bank's blocking QA checks sit on this mart: a failing bank stops generation in the same run.
    deps=[dg.AssetKey(["taskbank", "taskbank_quality"])],
)
def model_answers(
    context: dg.AssetExecutionContext, platform: PlatformResource, bench: BenchResource
) -> dg.MaterializeResult[None]:
    """Each model's answers (one partition per model), committed to the cell cache as they arrive."""
    definition = bench.parameters().resolve()
    models = [context.partition_key] if context.has_partition_key else definition.models
    if not context.has_partition_key:
        context.instance.add_dynamic_partitions(MODELS.name or "bench_models", definition.models)
    run, progress = generate_phase(platform.settings(), definition, models, listeners=[_logger(context)])
    counters = {f"progress/{k}": v for k, v in progress.as_dict().items() if v is not None}
    metadata = {"run_uid": run.run_uid, "fingerprint": run.fingerprint, "models": ", ".join(models)}
    resources = dg.MetadataValue.json(progress.resources)
    return dg.MaterializeResult(metadata={**metadata, **counters, "resources": resources})


defs = dg.Definitions(assets=[model_answers], resources={"bench": BenchResource()})
