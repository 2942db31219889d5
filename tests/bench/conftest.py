"""A small real task bank (Python, the three scenarios) and settings pointing at it.

Tasks are built by the task bank's own generator; their mutants are the first few candidates of
the reference (distinct lines), chosen without running the mutant-selection step, which takes
tens of seconds and is the task bank's own business.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from aibaas.config import Settings, get_settings, load_settings
from aibaas.platform import prepare
from aibaas.taskbank.build import make_task, plan_bank, write_bank
from aibaas.taskbank.families import family
from aibaas.taskbank.mutation import candidate_mutants
from aibaas.taskbank.spec import Language, Mutant

SAFE_OPERATORS = ("comparison", "constant", "logic")
FAMILY = "run-length-encode"


def _mutants(reference: str, count: int = 3) -> list[Mutant]:
    chosen: list[Mutant] = []
    for mutant in candidate_mutants(reference):
        if mutant.category.value in SAFE_OPERATORS and all(m.line != mutant.line for m in chosen):
            chosen.append(mutant)
    return chosen[:count]


@pytest.fixture(scope="session")
def built_bank(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six Python tasks of one family: two per scenario (codegen, testing, review)."""
    root = tmp_path_factory.mktemp("bank")
    tasks = []
    for slot in plan_bank([family(FAMILY)], [Language.PYTHON], target=2):
        variant = slot.family.variant(slot.seed)
        tasks.append(make_task(slot, variant, _mutants(variant.references[slot.language])))
    write_bank(root, tasks)
    return root


@pytest.fixture
def bench_settings(tmp_path: Path, built_bank: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    """Settings with a fresh data dir (migrated database) and a copy of the bank."""
    bank = tmp_path / "taskbank"
    shutil.copytree(built_bank, bank)
    monkeypatch.setenv("AIBAAS_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("AIBAAS_TASKBANK_DIR", str(bank))
    monkeypatch.delenv("AIBAAS_DATABASE_URL", raising=False)
    get_settings.cache_clear()
    settings = load_settings()
    prepare(settings)
    yield settings
    get_settings.cache_clear()
