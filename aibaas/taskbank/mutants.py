"""Choosing mutants the hidden tests kill, by running candidates in the sandbox (with a cache)."""

from __future__ import annotations

import hashlib
import json
import os
import random
from dataclasses import dataclass
from pathlib import Path

from aibaas.errors import AibaasError
from aibaas.sandbox import Sandbox
from aibaas.taskbank.batching import SourceRun, run_sources
from aibaas.taskbank.execution import QA_LIMITS
from aibaas.taskbank.mutation import apply_mutants, candidate_mutants
from aibaas.taskbank.spec import Language, Mutant

CANDIDATES_TRIED = 8
MUTANTS_KEPT = 4
# A timeout is no kill, so a candidate still running after a few seconds is dropped either way; the
# short budget only stops looping candidates from costing the full QA limit (planted mutants must
# also be cheap to grade: the testing scenario runs every one of them against each submitted suite).
CANDIDATE_LIMITS = QA_LIMITS.model_copy(update={"wall_time_s": 6.0, "cpu_time_s": 6.0})
SAVE_EVERY = 256  # runs between cache saves


@dataclass(frozen=True)
class Unit:
    """A reference and its hidden tests in one language: what mutants are chosen for."""

    key: str
    language: Language
    reference: str
    tests: str
    test_count: int


class MutantCache:
    """Outcomes of earlier runs (`killed` per mutant source and test file), kept in a JSON file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.known: dict[str, bool] = {}
        if path is not None and path.is_file():
            self.known = json.loads(path.read_text(encoding="utf-8"))

    @staticmethod
    def key(language: Language, source: str, tests: str) -> str:
        return hashlib.sha256(f"{language}\0{source}\0{tests}".encode()).hexdigest()[:32]

    def save(self) -> None:
        """Write the outcomes atomically, so a build killed mid-write keeps the previous file."""
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            partial = self.path.with_suffix(".partial")
            partial.write_text(json.dumps(self.known, sort_keys=True), encoding="utf-8")
            os.replace(partial, self.path)


class ReferenceFailedError(AibaasError):
    """A family's reference does not pass its own hidden tests in the sandbox."""


def _shuffled(unit: Unit) -> list[Mutant]:
    candidates = candidate_mutants(unit.reference)
    random.Random(unit.key).shuffle(candidates)  # noqa: S311 - a stable order, not a secret
    return candidates[:CANDIDATES_TRIED]


def select_mutants(sandbox: Sandbox, units: list[Unit], cache: MutantCache) -> dict[str, list[Mutant]]:
    """For each unit, the first MUTANTS_KEPT candidates (in a stable order) its tests kill.

    Candidates run lazily, a round at a time, only until a unit has MUTANTS_KEPT killed ones: the
    choice is the one running all of them would give, at about half the sandbox runs. The references
    run in the first round (cached like mutants): a reference that fails its own tests raises
    ReferenceFailedError naming the unit, because every task built on it would be wrong.
    """
    shuffled = {u.key: _shuffled(u) for u in units}
    candidates = {u.key: [apply_mutants(u.reference, [m]) for m in shuffled[u.key]] for u in units}
    tried = dict.fromkeys(candidates, 0)
    wanted = [w for u in units for w in [(u, u.reference), *_next_round([u], candidates, tried, cache)]]
    while wanted:
        _run_uncached(sandbox, cache, wanted)
        wanted = _next_round(units, candidates, tried, cache)
    chosen: dict[str, list[Mutant]] = {}
    for unit in units:
        ran = zip(shuffled[unit.key], candidates[unit.key][: tried[unit.key]], strict=False)
        good = [mutant for mutant, source in ran if cache.known[_key(unit, source)]]
        chosen[unit.key] = sorted(good[:MUTANTS_KEPT], key=lambda m: (m.line, m.id))
    return chosen


def remember_choices(cache: MutantCache, units: list[Unit], chosen: dict[str, list[Mutant]]) -> int:
    """Record the outcomes an earlier build's choice implies, so an unchanged unit runs nothing again.

    `chosen` holds, per unit key, the mutants a task file written for exactly this reference and
    these tests carries. They are the first MUTANTS_KEPT killed candidates in the unit's stable
    order, so every candidate before the last of them (all of them, if fewer were kept) ran and
    survived, and the reference passed: `select_mutants` then makes the same choice without a run.
    A choice naming a mutant the current operators no longer produce implies nothing. Returns the
    number of units remembered.
    """
    remembered = 0
    for unit in units:
        if unit.key not in chosen:
            continue
        picked = {m.id for m in chosen[unit.key]}
        order = _shuffled(unit)
        ids = [m.id for m in order]
        if not picked <= set(ids):
            continue
        last = max(ids.index(i) for i in picked) if len(picked) >= MUTANTS_KEPT else len(ids) - 1
        cache.known.setdefault(_key(unit, unit.reference), False)
        for mutant in order[: last + 1]:
            source = apply_mutants(unit.reference, [mutant])
            cache.known.setdefault(_key(unit, source), mutant.id in picked)
        remembered += 1
    return remembered


def _next_round(
    units: list[Unit], candidates: dict[str, list[str]], tried: dict[str, int], cache: MutantCache
) -> list[tuple[Unit, str]]:
    """Each unit's next untried candidates, as many as it still lacks killed ones (advances `tried`)."""
    wanted = []
    for unit in units:
        sources, done = candidates[unit.key], tried[unit.key]
        needed = MUTANTS_KEPT - sum(cache.known[_key(unit, s)] for s in sources[:done])
        fresh = sources[done : done + max(needed, 0)]
        tried[unit.key] += len(fresh)
        wanted += [(unit, source) for source in fresh]
    return wanted


def _key(unit: Unit, source: str) -> str:
    return MutantCache.key(unit.language, source, unit.tests)


def _run_uncached(sandbox: Sandbox, cache: MutantCache, wanted: list[tuple[Unit, str]]) -> None:
    """Run the sources the cache has no outcome for, saving every SAVE_EVERY runs.

    In chunks, saving after each: a build killed after an hour keeps an hour of sandbox runs.
    """
    pending: dict[str, tuple[Unit, str]] = {}
    for unit, source in wanted:
        key = _key(unit, source)
        if key not in cache.known:
            pending.setdefault(key, (unit, source))
    items = list(pending.items())
    for start in range(0, len(items), SAVE_EVERY):
        chunk = items[start : start + SAVE_EVERY]
        runs = [
            SourceRun(
                u.language,
                src,
                u.tests,
                u.test_count,
                k,
                QA_LIMITS if src == u.reference else CANDIDATE_LIMITS,
            )
            for k, (u, src) in chunk
        ]
        for (key, (unit, source)), verdict in zip(chunk, run_sources(sandbox, runs), strict=True):
            is_reference = source == unit.reference
            if is_reference and not verdict.all_passed(unit.test_count):
                cache.save()
                raise ReferenceFailedError(
                    f"{unit.key}: the reference fails its hidden tests ({verdict.status}): {verdict.detail}"
                )
            cache.known[key] = not is_reference and verdict.killed()
        cache.save()
