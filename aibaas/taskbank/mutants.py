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
from aibaas.taskbank.mutation import apply_mutants, candidate_mutants
from aibaas.taskbank.spec import Language, Mutant

CANDIDATES_TRIED = 8
MUTANTS_KEPT = 4
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
    """For each unit, up to MUTANTS_KEPT candidates its tests kill, in a stable order.

    The references run too (cached like mutants): a reference that fails its own tests raises
    ReferenceFailedError naming the unit, because every task built on it would be wrong.
    """
    pending: list[tuple[str, Unit, str]] = []
    for unit in units:
        sources = [unit.reference] + [apply_mutants(unit.reference, [m]) for m in _shuffled(unit)]
        for source in sources:
            key = MutantCache.key(unit.language, source, unit.tests)
            if key not in cache.known and all(key != k for k, _, _ in pending):
                pending.append((key, unit, source))
    # In chunks, saving after each: a build killed after an hour keeps an hour of sandbox runs.
    for start in range(0, len(pending), SAVE_EVERY):
        chunk = pending[start : start + SAVE_EVERY]
        runs = [SourceRun(u.language, src, u.tests, u.test_count, label=k) for k, u, src in chunk]
        for (key, unit, source), verdict in zip(chunk, run_sources(sandbox, runs), strict=True):
            is_reference = source == unit.reference
            if is_reference and not verdict.all_passed(unit.test_count):
                cache.save()
                raise ReferenceFailedError(
                    f"{unit.key}: the reference fails its hidden tests ({verdict.status}): {verdict.detail}"
                )
            cache.known[key] = not is_reference and verdict.killed()
        cache.save()
    chosen: dict[str, list[Mutant]] = {}
    for unit in units:
        good = [
            m
            for m in _shuffled(unit)
            if cache.known[MutantCache.key(unit.language, apply_mutants(unit.reference, [m]), unit.tests)]
        ]
        chosen[unit.key] = sorted(good[:MUTANTS_KEPT], key=lambda m: (m.line, m.id))
    return chosen
