"""The judge panel: membership and rotation, the consensus rule, agreement and per-judge quality.

A judge never scores its own model's output: such answers are dropped before consensus and counted,
so a report can show they existed. The consensus rule is recorded on every consensus row.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

import numpy as np
import polars as pl

from aibaas.judging.errors import JudgingInputError
from aibaas.judging.verdicts import sample_truth
from aibaas.stats import AlphaLevel, krippendorff_alpha


class ConsensusRule(StrEnum):
    MEDIAN = "median"
    MEAN = "mean"
    TRIMMED_MEAN = "trimmed_mean"


@dataclass(frozen=True)
class PanelMember:
    judge: str
    family: str


@dataclass(frozen=True)
class RotationEvent:
    """One change of panel membership, kept as history."""

    at: datetime
    judge: str
    action: str
    reason: str


@dataclass
class Panel:
    members: list[PanelMember]
    rule: ConsensusRule = ConsensusRule.MEDIAN
    history: list[RotationEvent] = field(default_factory=list)

    def judges_for(self, model: str) -> list[PanelMember]:
        """The members allowed to judge `model`'s output: everyone but the model itself."""
        return [member for member in self.members if member.judge != model]


def _consensus_expression(rule: ConsensusRule) -> pl.Expr:
    score = pl.col("score")
    if rule is ConsensusRule.MEDIAN:
        return score.median()
    if rule is ConsensusRule.MEAN:
        return score.mean()
    # Trimmed mean: drop the lowest and highest judge when at least three judged.
    return (
        pl.when(score.count() >= 3)
        .then((score.sum() - score.min() - score.max()) / (score.count() - 2))
        .otherwise(score.mean())
    )


def drop_self_judgments(parsed: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """The judgments of other models' outputs, and how many self-judgments were removed."""
    kept = parsed.filter(pl.col("judge") != pl.col("model"))
    return kept, parsed.height - kept.height


def panel_consensus(parsed: pl.DataFrame, rule: ConsensusRule) -> pl.DataFrame:
    """One consensus score per sample: model, task_id, sample, score, judges, rule."""
    kept, _ = drop_self_judgments(parsed)
    return (
        kept.filter(pl.col("score").is_not_null())
        .group_by("model", "task_id", "sample")
        .agg(_consensus_expression(rule).alias("score"), pl.col("judge").n_unique().alias("judges"))
        .with_columns(pl.lit(rule.value).alias("rule"))
        .sort("model", "task_id", "sample")
    )


def panel_task_scores(consensus: pl.DataFrame) -> pl.DataFrame:
    """model, task_id, score: the consensus averaged over a task's samples."""
    return consensus.group_by("model", "task_id").agg(pl.col("score").mean())


def panel_alpha(parsed: pl.DataFrame) -> float | None:
    """Krippendorff's alpha (interval) between judges over the samples they scored."""
    kept, _ = drop_self_judgments(parsed)
    wide = kept.filter(pl.col("score").is_not_null()).pivot(
        on="judge", index=["model", "task_id", "sample"], values="score", aggregate_function="mean"
    )
    matrix = wide.drop("model", "task_id", "sample").to_numpy().T.astype(np.float64)
    if matrix.shape[0] < 2 or np.sum(np.sum(~np.isnan(matrix), axis=0) >= 2) == 0:
        return None
    return krippendorff_alpha(matrix, AlphaLevel.INTERVAL)


def judge_quality(parsed: pl.DataFrame, automated: pl.DataFrame) -> pl.DataFrame:
    """Per judge against the automated ground truth: answers, unscored rate, accuracy, error, correlation.

    Accuracy: the judge's score is on the right side of 50 (passed samples should score above 50).
    """
    kept, _ = drop_self_judgments(parsed)
    joined = kept.join(sample_truth(automated), on=["model", "task_id", "sample"], how="inner")
    scored = pl.col("score").is_not_null()
    return (
        joined.group_by("judge", "judge_family")
        .agg(
            pl.len().alias("answers"),
            (1 - scored.mean()).alias("unscored_rate"),
            ((pl.col("score") > 50) == pl.col("passed")).filter(scored).mean().alias("accuracy"),
            (pl.col("score") - pl.col("truth")).abs().filter(scored).mean().alias("mean_abs_error"),
            pl.corr(pl.col("score").filter(scored), pl.col("truth").filter(scored)).alias("correlation"),
        )
        .sort("judge")
    )


def rotate_panel(
    panel: Panel, quality: pl.DataFrame, candidates: list[PanelMember], at: datetime, min_accuracy: float
) -> Panel:
    """Replace members whose accuracy fell below `min_accuracy` by the best-ranked candidates.

    A replacement from a family already on the panel is taken only when no other family is left, so
    the panel keeps its mix of model families. Every change is appended to the history.

    Args:
        quality: `judge_quality` output; candidates need rows there too (from a trial period).
        candidates: judges that may join, in no particular order.
    """
    if at.tzinfo is None:
        raise JudgingInputError("rotation time must be timezone-aware (UTC)")
    accuracy = dict(zip(quality["judge"].to_list(), quality["accuracy"].to_list(), strict=True))
    keep = [m for m in panel.members if (accuracy.get(m.judge) or 0.0) >= min_accuracy]
    dropped = [m for m in panel.members if m not in keep]
    history = list(panel.history)
    history += [
        RotationEvent(at, m.judge, "removed", f"accuracy {accuracy.get(m.judge)} < {min_accuracy}")
        for m in dropped
    ]
    pool = sorted(
        (c for c in candidates if c not in panel.members and (accuracy.get(c.judge) or 0.0) >= min_accuracy),
        key=lambda c: -(accuracy.get(c.judge) or 0.0),
    )
    for _ in dropped:
        families = {m.family for m in keep}
        fresh = [c for c in pool if c.family not in families] or pool
        if not fresh:
            break
        chosen = fresh[0]
        pool.remove(chosen)
        keep.append(chosen)
        history.append(RotationEvent(at, chosen.judge, "added", f"accuracy {accuracy[chosen.judge]:.3f}"))
    return Panel(members=keep, rule=panel.rule, history=history)
