"""Fraud heuristics on community votes: serial voting, vote rings, bursts, new accounts.

Each heuristic flags votes; a vote flagged by any of them is `suspicious` and gets no weight. The
thresholds are tuned and their precision and recall measured on seeded synthetic fraud
(`aibaas.judging.synthetic.synthetic_votes`, tests/judging/test_fraud.py, docs/judging.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

import numpy as np
import polars as pl
from scipy.stats import binomtest

PAIRWISE_KINDS = ("a_better", "b_better", "tie", "both_bad")


@dataclass(frozen=True)
class FraudRules:
    serial_min_votes: int = 8
    serial_p_value: float = 1e-3
    ring_min_shared: int = 5
    ring_min_jaccard: float = 0.5
    burst_votes: int = 10
    burst_window: timedelta = timedelta(minutes=10)
    new_account_age: timedelta = timedelta(days=1)
    new_account_min_votes: int = 3


def _favoured(votes: pl.DataFrame) -> pl.DataFrame:
    """The model each decisive pairwise vote favours."""
    return votes.filter(pl.col("kind").is_in(["a_better", "b_better"])).with_columns(
        pl.when(pl.col("kind") == "a_better")
        .then(pl.col("model_a"))
        .otherwise(pl.col("model_b"))
        .alias("winner")
    )


def _serial(votes: pl.DataFrame, rules: FraudRules) -> set[int]:
    """Voters who favour one model far more often than the crowd does (one-sided binomial test)."""
    decisive = _favoured(votes)
    appearances = pl.concat(
        [
            decisive.select("vote_id", "voter_id", pl.col(side).alias("model"), "winner")
            for side in ("model_a", "model_b")
        ]
    ).with_columns((pl.col("model") == pl.col("winner")).alias("won"))
    crowd = dict(appearances.group_by("model").agg(pl.col("won").mean()).iter_rows())
    per_voter = appearances.group_by("voter_id", "model").agg(
        pl.len().alias("n"), pl.col("won").sum().alias("k")
    )
    flagged: set[int] = set()
    for voter, model, n, k in per_voter.filter(pl.col("n") >= rules.serial_min_votes).iter_rows():
        rate = min(max(crowd[model], 0.01), 0.99)
        if binomtest(k, n, rate, alternative="greater").pvalue < rules.serial_p_value:
            flagged.add(voter)
    return set(appearances.filter(pl.col("voter_id").is_in(list(flagged)))["vote_id"].to_list())


def _rings(votes: pl.DataFrame, rules: FraudRules) -> set[int]:
    """Voters who cast the same votes on the same items as another voter, far beyond chance."""
    keyed = votes.filter(pl.col("kind").is_in(PAIRWISE_KINDS)).select(
        "vote_id",
        "voter_id",
        pl.concat_str("item_key", "model_a", "model_b", "kind", separator="|").alias("choice"),
    )
    sizes = dict(keyed.group_by("voter_id").agg(pl.col("choice").n_unique()).iter_rows())
    pairs = (
        keyed.join(keyed, on="choice", suffix="_other")
        .filter(pl.col("voter_id") < pl.col("voter_id_other"))
        .group_by("voter_id", "voter_id_other")
        .agg(pl.col("choice").n_unique().alias("shared"))
        .filter(pl.col("shared") >= rules.ring_min_shared)
    )
    members: set[int] = set()
    for first, second, shared in pairs.iter_rows():
        union = sizes[first] + sizes[second] - shared
        if shared / union >= rules.ring_min_jaccard:
            members |= {first, second}
    return set(keyed.filter(pl.col("voter_id").is_in(list(members)))["vote_id"].to_list())


def _bursts(votes: pl.DataFrame, rules: FraudRules) -> set[int]:
    """Votes inside any window of `burst_window` in which one voter cast `burst_votes` or more."""
    flagged: set[int] = set()
    window = np.timedelta64(int(rules.burst_window.total_seconds() * 1e6), "us")
    for _, group in votes.sort("created_at").group_by("voter_id"):
        if group.height < rules.burst_votes:
            continue
        times = group["created_at"].to_numpy()
        ids = group["vote_id"].to_numpy()
        ends = np.searchsorted(times, times + window, side="right")
        for start, end in enumerate(ends):
            if end - start >= rules.burst_votes:
                flagged.update(int(i) for i in ids[start:end])
    return flagged


def _new_accounts(votes: pl.DataFrame, rules: FraudRules) -> set[int]:
    """Votes of brand-new accounts that only ever favour one model."""
    young = _favoured(votes).filter(pl.col("created_at") - pl.col("voter_created_at") < rules.new_account_age)
    voters = (
        young.group_by("voter_id")
        .agg(pl.len().alias("n"), pl.col("winner").n_unique().alias("winners"))
        .filter((pl.col("n") >= rules.new_account_min_votes) & (pl.col("winners") == 1))
    )
    return set(young.filter(pl.col("voter_id").is_in(voters["voter_id"].implode()))["vote_id"].to_list())


def flag_fraud(votes: pl.DataFrame, rules: FraudRules | None = None) -> pl.DataFrame:
    """The votes with one boolean column per heuristic and `suspicious` (any of them)."""
    rules = rules or FraudRules()
    flags = {
        "flag_serial": _serial(votes, rules),
        "flag_ring": _rings(votes, rules),
        "flag_burst": _bursts(votes, rules),
        "flag_new_account": _new_accounts(votes, rules),
    }
    flagged = votes.with_columns(
        pl.col("vote_id").is_in(list(ids)).alias(name) for name, ids in flags.items()
    )
    return flagged.with_columns(pl.any_horizontal(*flags).alias("suspicious"))


def detection_quality(flagged: pl.DataFrame, label: str = "is_fraud") -> dict[str, float]:
    """Vote-level precision and recall of `suspicious` against a known fraud label."""
    predicted, actual = flagged["suspicious"], flagged[label]
    true_positive = int((predicted & actual).sum())
    return {
        "precision": true_positive / max(1, int(predicted.sum())),
        "recall": true_positive / max(1, int(actual.sum())),
        "flagged": float(predicted.sum()),
        "fraudulent": float(actual.sum()),
    }
