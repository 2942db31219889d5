"""Validation before publishing: pure functions returning problems, used by the Dagster asset checks."""

from __future__ import annotations

import polars as pl

PANEL_MIN_ALPHA = 0.667
MAX_UNSCORED_RATE = 0.2


def judgment_problems(
    parsed: pl.DataFrame, source: str, max_unscored: float = MAX_UNSCORED_RATE
) -> list[str]:
    """Too many unreadable verdicts, or a judge scoring its own model's output."""
    problems = []
    if parsed.is_empty():
        return [f"{source}: no judgments at all"]
    unscored = float(parsed["score"].is_null().to_numpy().mean())
    if unscored > max_unscored:
        problems.append(
            f"{source}: {unscored:.0%} of answers unscored (limit {max_unscored:.0%}); check the judge prompt"
        )
    if "judge" in parsed.columns:
        own = parsed.filter(pl.col("judge") == pl.col("model")).height
        if own:
            problems.append(
                f"{source}: {own} answer(s) where a judge scored its own model; they are excluded"
            )
    return problems


def panel_agreement_problems(alpha: float | None, minimum: float = PANEL_MIN_ALPHA) -> list[str]:
    if alpha is None:
        return ["panel: agreement cannot be computed (fewer than two judges per sample)"]
    if alpha < minimum:
        return [f"panel: Krippendorff's alpha {alpha:.3f} is below {minimum}; rotate out unreliable judges"]
    return []


def leaderboard_problems(board: pl.DataFrame, expected_models: set[str]) -> list[str]:
    """Every model overall, scores inside their intervals, valid rank ranges, weights summing to 1."""
    problems = []
    overall = board.filter(pl.col("slice") == "overall")
    missing = expected_models - set(overall["model"].to_list())
    if missing:
        problems.append(f"leaderboard: model(s) without an overall entry: {', '.join(sorted(missing))}")
    bad = overall.filter(
        pl.col("score").is_null()
        | pl.col("score").is_nan()
        | (pl.col("ci_low") > pl.col("score"))
        | (pl.col("score") > pl.col("ci_high"))
        | (pl.col("ci_low") < 0)
        | (pl.col("ci_high") > 100)
    )
    problems += [
        f"leaderboard: {m} has score {s} outside its interval [{lo}, {hi}]"
        for m, s, lo, hi in bad.select("model", "score", "ci_low", "ci_high").iter_rows()
    ]
    ranks = board.filter(~((pl.col("rank_low") <= pl.col("rank")) & (pl.col("rank") <= pl.col("rank_high"))))
    problems += [
        f"leaderboard ({sl}={v}): {m} rank {r} outside its range {lo}-{hi}"
        for sl, v, m, r, lo, hi in ranks.select(
            "slice", "slice_value", "model", "rank", "rank_low", "rank_high"
        ).iter_rows()
    ]
    weight_sum = pl.sum_horizontal(pl.col("^weight_.*$"))
    off = board.filter((weight_sum - 1).abs() > 1e-9)
    problems += [f"leaderboard: {m} source weights do not sum to 1" for m in off["model"].to_list()]
    silent = board.filter(pl.col("renormalized") & (pl.col("note") == ""))
    problems += [f"leaderboard: {m} was renormalized without a note" for m in silent["model"].to_list()]
    return problems
