"""The published marts of the judging stage, as Polars frames; columns documented in docs/marts.md."""

from __future__ import annotations

import polars as pl

from aibaas.judging.aggregate import aggregate, outlier_tasks, score_cube
from aibaas.judging.contracts import latest_run
from aibaas.judging.weights import AggregationWeights
from aibaas.stats import bootstrap_means, paired_permutation_test, pass_at_k

SLICES = ("language", "scenario", "difficulty")
TASK_ATTRIBUTES = ["task_id", "language", "scenario", "difficulty"]
SIGNIFICANCE = 0.01  # strict, because one test runs per model and run pair


def automated_task_scores(automated: pl.DataFrame) -> pl.DataFrame:
    """model, task_id, score: the mean sample score per task in the latest run."""
    return latest_run(automated).group_by("model", "task_id").agg(pl.col("score").mean())


def source_scores(per_source: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Stack per-source (model, task_id, score) frames into the long frame `aggregate` reads."""
    return pl.concat(
        [
            frame.select(pl.lit(source).alias("source"), "model", "task_id", pl.col("score").cast(pl.Float64))
            for source, frame in per_source.items()
            if frame.height
        ]
    )


def leaderboard_mart(
    scores: pl.DataFrame, tasks: pl.DataFrame, weights: AggregationWeights, rounds: int, seed: int
) -> pl.DataFrame:
    """Overall and per language, scenario and difficulty: one aggregate per slice, stacked."""
    frames = [
        aggregate(scores, weights, rounds, seed).with_columns(
            pl.lit("overall").alias("slice"), pl.lit("all").alias("slice_value")
        )
    ]
    with_attributes = scores.join(tasks.select(TASK_ATTRIBUTES), on="task_id", how="inner")
    for column in SLICES:
        for (value,), part in with_attributes.group_by(column, maintain_order=True):
            frames.append(
                aggregate(part.drop(*SLICES), weights, rounds, seed).with_columns(
                    pl.lit(column).alias("slice"), pl.lit(str(value)).alias("slice_value")
                )
            )
    board = pl.concat(frames)
    return board.select(
        "slice", "slice_value", *[c for c in board.columns if c not in ("slice", "slice_value")]
    )


def task_attributes(automated: pl.DataFrame) -> pl.DataFrame:
    return automated.select(TASK_ATTRIBUTES).unique("task_id").sort("task_id")


def trend_mart(automated: pl.DataFrame, rounds: int, seed: int) -> pl.DataFrame:
    """Per model and run: mean automated score with interval, change since the previous run, regression."""
    per_task = automated.group_by("run_id", "run_started_at", "model", "task_id").agg(pl.col("score").mean())
    runs = per_task.select("run_id", "run_started_at").unique().sort("run_started_at")["run_id"].to_list()
    rows = []
    for (model,), group in per_task.group_by("model", maintain_order=True):
        previous: pl.DataFrame | None = None
        for run in runs:
            current = group.filter(pl.col("run_id") == run)
            if current.is_empty():
                continue
            boot = bootstrap_means(current["score"].to_numpy()[:, None], rounds, seed)
            low, high = boot.interval()
            change, p_value = None, None
            if previous is not None:
                paired = previous.join(current, on="task_id", suffix="_now")
                test = paired_permutation_test(
                    paired["score"].to_numpy(), paired["score_now"].to_numpy(), seed=seed
                )
                change, p_value = test.mean_difference, test.p_value
            rows.append(
                {
                    "model": model,
                    "run_id": run,
                    "run_started_at": current["run_started_at"][0],
                    "score": float(boot.point[0]),
                    "ci_low": float(low[0]),
                    "ci_high": float(high[0]),
                    "tasks": current.height,
                    "change": change,
                    "p_value": p_value,
                }
            )
            previous = current
    trend = pl.DataFrame(rows, schema_overrides={"change": pl.Float64, "p_value": pl.Float64})
    return trend.with_columns(
        ((pl.col("change") < 0) & (pl.col("p_value") < SIGNIFICANCE)).fill_null(False).alias("regression")
    ).sort("model", "run_started_at")


def provider_cost_mart(automated: pl.DataFrame) -> pl.DataFrame:
    """Per provider and model (latest run): cost and latency per sample and per solved task."""
    latest = latest_run(automated)
    solved = (
        latest.group_by("provider", "model", "task_id")
        .agg(pl.col("passed").any())
        .group_by("provider", "model")
        .agg(pl.col("passed").sum().alias("solved_tasks"))
    )
    return (
        latest.group_by("provider", "model")
        .agg(
            pl.len().alias("samples"),
            pl.col("cost_usd").sum().alias("cost_usd"),
            pl.col("latency_ms").median().alias("latency_p50_ms"),
            pl.col("latency_ms").quantile(0.95).alias("latency_p95_ms"),
            pl.col("latency_ms").sum().alias("latency_total_ms"),
        )
        .join(solved, on=["provider", "model"])
        .with_columns(
            (pl.col("cost_usd") / pl.col("solved_tasks")).alias("cost_per_solved_usd"),
            (pl.col("latency_total_ms") / pl.col("solved_tasks")).alias("latency_per_solved_ms"),
        )
        .drop("latency_total_ms")
        .sort("provider", "model")
    )


def task_quality_mart(automated: pl.DataFrame, scores: pl.DataFrame) -> pl.DataFrame:
    """Per task: pass rate, discrimination (correlation with models' overall pass rate), flags."""
    latest = latest_run(automated)
    per_model_task = latest.group_by("model", "task_id").agg(pl.col("passed").mean().alias("task_pass"))
    overall = per_model_task.group_by("model").agg(pl.col("task_pass").mean().alias("model_pass"))
    joined = per_model_task.join(overall, on="model")
    cube = score_cube(scores)
    flagged = outlier_tasks(cube).any(axis=1)
    outliers = pl.DataFrame({"task_id": cube.tasks, "outlier": flagged})
    return (
        joined.group_by("task_id")
        .agg(
            pl.len().alias("models"),
            pl.col("task_pass").mean().alias("pass_rate"),
            pl.corr("task_pass", "model_pass").fill_nan(None).alias("discrimination"),
        )
        .join(task_attributes(automated), on="task_id")
        .join(outliers, on="task_id", how="left")
        .with_columns(
            (pl.col("pass_rate") == 1).alias("ceiling"),
            (pl.col("pass_rate") == 0).alias("floor"),
            pl.col("outlier").fill_null(False),
        )
        .sort("task_id")
    )


def model_profiles_mart(
    automated: pl.DataFrame,
    leaderboard: pl.DataFrame,
    ratings: pl.DataFrame,
    self_report: pl.DataFrame,
    cost: pl.DataFrame,
) -> pl.DataFrame:
    """One row per model: identity, standing, pass@k, best and worst language, cost, ratings."""
    latest = latest_run(automated)
    counts = latest.group_by("model", "provider", "family", "task_id").agg(
        pl.len().alias("n"), pl.col("passed").sum().alias("c")
    )
    k = int(counts["n"].to_numpy().min())
    counts = counts.with_columns(
        pl.Series("pass_at_1", pass_at_k(counts["n"].to_numpy(), counts["c"].to_numpy(), 1)),
        pl.Series("pass_at_k", pass_at_k(counts["n"].to_numpy(), counts["c"].to_numpy(), k)),
    )
    identity = counts.group_by("model", "provider", "family").agg(
        pl.col("pass_at_1").mean(), pl.col("pass_at_k").mean(), pl.lit(k).alias("k")
    )
    languages = (
        leaderboard.filter(pl.col("slice") == "language")
        .sort("score", descending=True)
        .group_by("model")
        .agg(
            pl.col("slice_value").first().alias("best_language"),
            pl.col("slice_value").last().alias("worst_language"),
        )
    )
    overall = leaderboard.filter(pl.col("slice") == "overall").select(
        "model", "score", "ci_low", "ci_high", "rank", "rank_low", "rank_high", "renormalized", "note"
    )
    return (
        identity.join(overall, on="model", how="left")
        .join(languages, on="model", how="left")
        .join(cost.select("model", "cost_per_solved_usd", "latency_p50_ms"), on="model", how="left")
        .join(
            ratings.select(
                "model",
                pl.col("rating").alias("community_rating"),
                pl.col("rating_low").alias("community_rating_low"),
                pl.col("rating_high").alias("community_rating_high"),
            ),
            on="model",
            how="left",
        )
        .join(
            self_report.select(
                "model",
                pl.col("bias").alias("self_review_bias"),
                pl.col("excess_bias").alias("self_review_excess_bias"),
            ),
            on="model",
            how="left",
        )
        .sort("rank", "model", nulls_last=True)
    )


def judge_reliability_mart(
    judges: pl.DataFrame,
    panel_alpha: float | None,
    staff_alpha: pl.DataFrame,
    gold: pl.DataFrame,
    self_report: pl.DataFrame,
) -> pl.DataFrame:
    """Long form: source, subject, metric, value, n, alert. One place for every reliability number."""

    def rows(source: str, frame: pl.DataFrame, subject: str, metrics: list[str], n: str) -> pl.DataFrame:
        return frame.unpivot(index=[subject, n], on=metrics, variable_name="metric").select(
            pl.lit(source).alias("source"),
            pl.col(subject).cast(pl.String).alias("subject"),
            "metric",
            pl.col("value").cast(pl.Float64),
            pl.col(n).cast(pl.Int64).alias("n"),
        )

    parts = [
        rows(
            "panel",
            judges,
            "judge",
            ["accuracy", "mean_abs_error", "correlation", "unscored_rate"],
            "answers",
        ),
        rows("staff", staff_alpha, "criterion", ["alpha"], "items"),
        rows("staff_gold", gold, "reviewer_id", ["exact_agreement", "mean_abs_error"], "gold_items"),
        rows(
            "self_review",
            self_report,
            "model",
            ["consistency_alpha", "bias", "excess_bias", "unscored_rate"],
            "reviews",
        ),
        pl.DataFrame(
            {
                "source": ["panel"],
                "subject": ["all judges"],
                "metric": ["alpha"],
                "value": [panel_alpha],
                "n": [int(judges["answers"].sum())],
            },
            schema_overrides={"value": pl.Float64, "n": pl.Int64},
        ),
    ]
    mart = pl.concat(parts)
    alert = (
        (pl.col("metric").is_in(["alpha", "consistency_alpha"]) & ~(pl.col("value") >= 0.667))
        | ((pl.col("metric") == "unscored_rate") & (pl.col("value") > 0.1))
        | ((pl.col("metric") == "accuracy") & (pl.col("value") < 0.7))
    )
    return mart.with_columns(alert.fill_null(True).alias("alert"))
