"""Definitions reject bad input by name; fingerprints change exactly when the numbers could."""

from __future__ import annotations

from pathlib import Path

import pytest

from aibaas.bench.definition import BenchmarkDefinition, DefinitionError, TaskSelection, load_definition
from aibaas.bench.launch import RunParameters
from aibaas.bench.snapshot import RunSnapshot, comparable, fingerprint_except


def _snapshot(definition: BenchmarkDefinition, tasks: tuple[str, ...] = ("t1@aaaa",)) -> RunSnapshot:
    return RunSnapshot(
        definition=definition,
        taskbank_version="v1",
        tasks=list(tasks),
        model_versions={m: "1" for m in definition.models},
        sandbox_image="local:test",
    )


def test_definition_file_errors_name_the_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "bench.yaml"
    path.write_text("name: nightly\nmodels: [strong]\nselection:\n  languages: [cobol]\n", encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        load_definition(path)
    message = str(caught.value)
    assert "bench.yaml" in message
    assert "models: models must be provider/model" in message
    assert "selection.languages: languages: unknown 'cobol'" in message


def test_prompt_template_must_place_the_task_prompt() -> None:
    with pytest.raises(ValueError, match="must contain"):
        BenchmarkDefinition(name="x", models=["mock/strong"], prompt_template="Solve it.")
    definition = BenchmarkDefinition(name="x", models=["mock/strong"], prompt_template="Task:\n{prompt}\nGo.")
    assert definition.render_prompt("add two numbers") == "Task:\nadd two numbers\nGo."


def test_fingerprint_ignores_the_name_but_not_what_determines_numbers() -> None:
    base = BenchmarkDefinition(name="a", models=["mock/strong"])
    fingerprint = _snapshot(base).fingerprint()
    assert _snapshot(base.model_copy(update={"name": "b"})).fingerprint() == fingerprint
    changed = [
        _snapshot(base.model_copy(update={"system_instructions": "Be terse."})),
        _snapshot(base.model_copy(update={"samples_per_task": 2})),
        _snapshot(base.model_copy(update={"selection": TaskSelection(languages=["go"])})),
        _snapshot(base, tasks=("t1@bbbb",)),
    ]
    assert len({s.fingerprint() for s in changed} | {fingerprint}) == 5


def test_numbers_of_different_fingerprints_carry_a_warning() -> None:
    assert comparable("a" * 64, "a" * 64) is None
    warning = comparable("a" * 64, "b" * 64)
    assert warning is not None and "not directly comparable" in warning


def test_run_parameters_override_the_demo_benchmark(tmp_path: Path) -> None:
    instructions = tmp_path / "system.txt"
    instructions.write_text("Always add type hints.", encoding="utf-8")
    parameters = RunParameters(
        models=["mock/weak"],
        languages=["python"],
        per_cell=1,
        limit=3,
        samples=2,
        system_instructions_file=str(instructions),
    )
    definition = parameters.resolve()
    assert definition.name == "demo"
    assert definition.models == ["mock/weak"]
    assert definition.selection.languages == ["python"]
    assert (definition.selection.per_cell, definition.selection.limit, definition.samples_per_task) == (
        1,
        3,
        2,
    )
    assert definition.system_instructions == "Always add type hints."
    with pytest.raises(DefinitionError, match=r"run parameters: selection\.scenarios"):
        RunParameters(scenarios=["poetry"]).resolve()


def test_an_ab_compares_runs_that_differ_only_in_their_instructions() -> None:
    base = BenchmarkDefinition(name="a", models=["mock/strong"])
    with_instructions = _snapshot(base.model_copy(update={"system_instructions": "Be terse."}))
    plain = _snapshot(base)
    assert with_instructions.fingerprint() != plain.fingerprint()
    stored = [s.model_dump(mode="json") for s in (plain, with_instructions)]
    assert fingerprint_except(stored[0], "system_instructions") == fingerprint_except(
        stored[1], "system_instructions"
    )
    other_bank = _snapshot(base, tasks=("t1@cccc",)).model_dump(mode="json")
    assert comparable(
        fingerprint_except(stored[0], "system_instructions"),
        fingerprint_except(other_bank, "system_instructions"),
    )
