"""The only entry point of the code location: merge each stage's definitions and the resources."""

import os

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import dagster as dg

from aibaas.config import get_settings
from aibaas.logs import configure_logging
from assets import catalog, generations, judge_calls, judging, leaderboard, scores, taskbank, taskbank_qa
from dagster_project.jobs import main_job
from dagster_project.resources import build_resources

_settings = get_settings()
configure_logging(_settings)

STAGES = [
    taskbank.defs,
    taskbank_qa.defs,
    catalog.defs,
    generations.defs,
    scores.defs,
    judge_calls.defs,
    judging.defs,
    leaderboard.defs,
]

defs = dg.Definitions.merge(
    *STAGES,
    dg.Definitions(jobs=[main_job], resources=build_resources(_settings)),
)
