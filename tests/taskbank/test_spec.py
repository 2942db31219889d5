"""Task files: the published schema is current, and a bad file is reported by file and field."""

import json
from pathlib import Path

import jsonschema
import pytest

from aibaas.config import PROJECT_ROOT
from aibaas.taskbank.files import TaskFileError, load_task_file, task_to_json
from aibaas.taskbank.spec import task_schema
from tests.taskbank.conftest import codegen_task

SCHEMA_FILE = PROJECT_ROOT / "taskbank" / "schema" / "task.schema.json"


def test_published_schema_is_generated_from_the_models() -> None:
    published = json.loads(SCHEMA_FILE.read_text())
    assert published == json.loads(json.dumps(task_schema())), "run `aibaas taskbank schema`"


def test_a_generated_task_validates_against_the_published_schema() -> None:
    data = json.loads(task_to_json(codegen_task()))
    jsonschema.validate(data, json.loads(SCHEMA_FILE.read_text()))


def test_round_trip_keeps_the_version(tmp_path: Path) -> None:
    task = codegen_task()
    path = tmp_path / "t.json"
    path.write_text(task_to_json(task))
    assert load_task_file(path) == task


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # a scenario the bank does not have
        (lambda d: d.update(scenario="refactor"), "scenario: Input should be 'codegen', 'testing' or"),
        # a hidden test whose expected value has the wrong type
        (
            lambda d: d["private"]["hidden_tests"][0].update(expected=3),
            "private.hidden_tests[0].expected: expected str",
        ),
        # an edited task that kept its old version
        (lambda d: d.update(title="Changed title"), "version: is"),
        # a signature type outside the type system
        (lambda d: d["public"]["signature"].update(returns="set[int]"), "unknown type 'set[int]'"),
    ],
)
def test_invalid_file_names_file_field_and_expectation(tmp_path: Path, change, expected: str) -> None:
    data = json.loads(task_to_json(codegen_task()))
    change(data)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    with pytest.raises(TaskFileError) as raised:
        load_task_file(path)
    assert str(path) in str(raised.value)
    assert expected in str(raised.value)


def test_malformed_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n  "id": \n')
    with pytest.raises(TaskFileError, match=r"broken.json: not valid JSON at line 3"):
        load_task_file(path)
