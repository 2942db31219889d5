"""Tasks built from real families, without the sandbox (code generation needs no mutants)."""

from __future__ import annotations

from aibaas.taskbank.build import Slot, make_task
from aibaas.taskbank.families import family
from aibaas.taskbank.spec import Language, Scenario, TaskSpec


def codegen_task(
    language: Language = Language.PYTHON, index: int = 0, name: str = "run-length-encode"
) -> TaskSpec:
    fam = family(name)
    slot = Slot(fam, language, Scenario.CODEGEN, index)
    return make_task(slot, fam.variant(slot.seed), [])
