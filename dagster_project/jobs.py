"""Jobs that span stages: the platform's main job materializes every asset in order."""

from __future__ import annotations

import dagster as dg

MAIN_JOB = "aibaas_pipeline"

main_job = dg.define_asset_job(
    MAIN_JOB,
    selection=dg.AssetSelection.all(),
    description="Materialize the whole pipeline, stage by stage, with its checks.",
)
