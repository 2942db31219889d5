"""Every judging source on the common 0-100 scale per model and task, in one frame."""

from __future__ import annotations

import polars as pl

from aibaas.judging import marts
from aibaas.judging.community import community_task_scores
from aibaas.judging.panel import ConsensusRule, panel_consensus, panel_task_scores
from aibaas.judging.self_review import self_review_report, self_review_task_scores
from aibaas.judging.staff import staff_task_scores


def all_source_scores(
    automated: pl.DataFrame,
    self_review_verdicts: pl.DataFrame,
    panel_verdicts: pl.DataFrame,
    staff_reviews: pl.DataFrame,
    community_votes: pl.DataFrame,
    rule: ConsensusRule = ConsensusRule.MEDIAN,
) -> pl.DataFrame:
    """source, model, task_id, score for automated, staff, community, self-review and panel."""
    return marts.source_scores(
        {
            "automated": marts.automated_task_scores(automated),
            "staff": staff_task_scores(staff_reviews),
            "community": community_task_scores(community_votes),
            "self_review": self_review_task_scores(
                self_review_verdicts, self_review_report(self_review_verdicts, automated)
            ),
            "panel": panel_task_scores(panel_consensus(panel_verdicts, rule)),
        }
    )
