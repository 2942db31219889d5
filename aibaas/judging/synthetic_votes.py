"""Seeded community votes: honest voters following latent skills, plus labelled fraud of four kinds."""

from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
import polars as pl

from aibaas.judging.items import item_key
from aibaas.judging.synthetic import START, World

_COLUMNS = [
    "voter_id",
    "voter_created_at",
    "item_key",
    "model_a",
    "model_b",
    "kind",
    "moderation",
    "created_at",
    "is_fraud",
]


def _honest(world: World, rng: np.random.Generator, voters: int, days: int) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    tasks = world.tasks["task_id"].to_list()
    n = len(world.models)
    for voter in range(1, voters + 1):
        joined = START - timedelta(days=float(rng.uniform(0, 120)))
        if voter % 10 == 0:  # honest newcomers: their first votes fall on their first day
            joined = START + timedelta(days=float(rng.uniform(0, days)))
        for _ in range(int(rng.integers(3, 25))):
            at = max(joined, START) + timedelta(days=float(rng.uniform(0, 1 if voter % 10 == 0 else days)))
            task = tasks[int(rng.integers(len(tasks)))]
            if rng.random() < 0.15:
                m = int(rng.integers(n))
                up = rng.random() < 1 / (1 + np.exp(-world.skills[m]))
                rows.append(
                    (
                        voter,
                        joined,
                        item_key(world.models[m], task, 0),
                        world.models[m],
                        None,
                        "up" if up else "down",
                        "visible",
                        at,
                        False,
                    )
                )
                continue
            a, b = rng.choice(n, 2, replace=False)
            p = 1 / (1 + np.exp(-(world.skills[a] - world.skills[b])))
            roll = rng.random()
            kind = (
                "both_bad"
                if roll < 0.04
                else "tie"
                if roll < 0.12
                else "a_better"
                if rng.random() < p
                else "b_better"
            )
            rows.append((voter, joined, task, world.models[a], world.models[b], kind, "visible", at, False))
    return rows


def _promote(
    world: World,
    rng: np.random.Generator,
    target: int,
    voter: int,
    joined: datetime,
    times: list[datetime],
    tasks: list[str],
) -> list[tuple[object, ...]]:
    """Votes that always favour `target`, shown on either side."""
    rows: list[tuple[object, ...]] = []
    others = [i for i in range(len(world.models)) if i != target]
    for at, task in zip(times, tasks, strict=True):
        other = others[int(rng.integers(len(others)))]
        if rng.random() < 0.5:
            rows.append(
                (
                    voter,
                    joined,
                    task,
                    world.models[target],
                    world.models[other],
                    "a_better",
                    "visible",
                    at,
                    True,
                )
            )
        else:
            rows.append(
                (
                    voter,
                    joined,
                    task,
                    world.models[other],
                    world.models[target],
                    "b_better",
                    "visible",
                    at,
                    True,
                )
            )
    return rows


def synthetic_votes(
    world: World, seed: int = 0, honest_voters: int = 300, days: int = 28, target: int | None = None
) -> pl.DataFrame:
    """Votes with `is_fraud`: serial voters, a ring, a burst bot and fresh accounts all promote `target`.

    Args:
        target: the promoted model; default a weak one, so the fraud would move the ranking.
    """
    rng = np.random.default_rng(seed)
    target = len(world.models) - 2 if target is None else target
    tasks = world.tasks["task_id"].to_list()
    rows = _honest(world, rng, honest_voters, days)
    voter = 10_000
    veteran = START - timedelta(days=200)
    for _ in range(2):  # serial voters: many votes over weeks
        voter += 1
        times = sorted(START + timedelta(days=float(rng.uniform(0, days))) for _ in range(30))
        rows += _promote(
            world, rng, target, voter, veteran, times, [tasks[int(rng.integers(len(tasks)))] for _ in times]
        )
    ring_tasks = [tasks[int(rng.integers(len(tasks)))] for _ in range(8)]
    ring_state = rng.bit_generator.state
    for _ in range(6):  # a ring: the same votes on the same items, a few each
        voter += 1
        rng.bit_generator.state = ring_state
        times = [START + timedelta(days=float(d)) for d in np.sort(rng.uniform(0, days, 8))]
        rows += _promote(world, rng, target, voter, veteran - timedelta(days=voter % 7), times, ring_tasks)
    voter += 1  # a burst bot: 25 votes in four minutes
    burst_start = START + timedelta(days=5)
    times = [burst_start + timedelta(seconds=10 * i) for i in range(25)]
    rows += _promote(
        world, rng, target, voter, veteran, times, [tasks[int(rng.integers(len(tasks)))] for _ in times]
    )
    for _ in range(10):  # fresh accounts voting within hours of sign-up
        voter += 1
        joined = START + timedelta(days=float(rng.uniform(0, days)))
        times = [joined + timedelta(hours=float(h)) for h in np.sort(rng.uniform(0, 20, 4))]
        rows += _promote(
            world, rng, target, voter, joined, times, [tasks[int(rng.integers(len(tasks)))] for _ in times]
        )
    frame = pl.DataFrame(rows, schema=_COLUMNS, orient="row")
    return (
        frame.sort("created_at")
        .with_row_index("vote_id", offset=1)
        .with_columns(pl.col("vote_id").cast(pl.Int64))
    )
