"""The task specification: the pydantic models every task file is validated against.

`taskbank/schema/task.schema.json` is generated from `TaskSpec` (`aibaas taskbank schema`), so the
published schema and the validation the platform performs are the same thing.
"""

from __future__ import annotations

import hashlib
import json
import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from aibaas.sandbox.models import Language as Language  # one enum for tasks and the sandbox, re-exported
from aibaas.taskbank.types import TypeSyntaxError, check_value, parse_type

TASK_ID_PATTERN = r"^[a-z0-9][a-z0-9._-]{2,150}$"
IDENTIFIER_PATTERN = r"^[a-z][a-z0-9_]*$"
CANARY_PREFIX = "AIBAAS-CANARY-"


class Scenario(StrEnum):
    CODEGEN = "codegen"
    TESTING = "testing"
    REVIEW = "review"


class Difficulty(StrEnum):
    EASY = "easy"
    MEDIUM = "medium"
    HARD = "hard"


class DefectCategory(StrEnum):
    """What kind of mistake a planted defect is; a review must name it."""

    COMPARISON = "comparison"
    ARITHMETIC = "arithmetic"
    BOUNDARY = "boundary"
    LOGIC = "logic"
    CONSTANT = "constant"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Param(_Strict):
    name: str = Field(
        pattern=IDENTIFIER_PATTERN, description="snake_case; each language renders its own case"
    )
    type: str = Field(description="a type of the neutral type system, e.g. list[tuple[int, str]]")

    @field_validator("type")
    @classmethod
    def _type_parses(cls, value: str) -> str:
        try:
            parse_type(value)
        except TypeSyntaxError as exc:
            raise ValueError(str(exc)) from None
        return value


class Signature(_Strict):
    """A function in the neutral type system; generators render it in each language."""

    name: str = Field(pattern=IDENTIFIER_PATTERN)
    params: list[Param]
    returns: str

    @field_validator("returns")
    @classmethod
    def _returns_parses(cls, value: str) -> str:
        return Param._type_parses(value)

    @model_validator(mode="after")
    def _unique_params(self) -> Signature:
        names = [p.name for p in self.params]
        if len(set(names)) != len(names):
            raise ValueError(f"parameter names must be unique, got {names}")
        return self


class TestCase(_Strict):
    """One call and its expected result, as JSON data; `tags` say which edge it covers."""

    __test__ = False  # not a pytest class, despite the name

    args: list[Any]
    expected: Any
    tags: list[str] = Field(
        default_factory=list, description="edge kinds: empty, boundary, large, unicode, ..."
    )

    def problems(self, signature: Signature, where: str) -> list[str]:
        if len(self.args) != len(signature.params):
            return [f"{where}.args: expected {len(signature.params)} arguments, got {len(self.args)}"]
        found = [
            p
            for i, (arg, param) in enumerate(zip(self.args, signature.params, strict=True))
            for p in check_value(arg, parse_type(param.type), f"{where}.args[{i}] ({param.name})")
        ]
        return found + check_value(self.expected, parse_type(signature.returns), f"{where}.expected")


class Mutant(_Strict):
    """A one-line change to the reference solution that the hidden tests must reject."""

    id: str
    operator: str
    category: DefectCategory
    line: int = Field(ge=1, description="1-based line of the reference solution")
    original: str
    replacement: str


class PlantedDefect(_Strict):
    line: int = Field(ge=1)
    category: DefectCategory
    explanation: str


class Provenance(_Strict):
    source: str = Field(description="generated, imported or handwritten")
    generator: str | None = None
    seed: int | None = None
    upstream_id: str | None = None
    license: str = "proprietary"


class PublicPart(_Strict):
    """Everything a model may see."""

    signature: Signature
    stub: str
    examples: list[TestCase]
    code_under_review: str | None = Field(
        default=None, description="review scenario: code with planted defects"
    )
    reference_for_testing: str | None = Field(default=None, description="testing scenario: the code to test")


class PrivatePart(_Strict):
    """What a model must never see: hidden tests, the reference, mutants and planted defects."""

    hidden_tests: list[TestCase] = Field(default_factory=list)
    reference_solution: str
    mutants: list[Mutant] = Field(default_factory=list)
    planted_defects: list[PlantedDefect] = Field(default_factory=list)
    test_source: str | None = Field(
        default=None, description="hand-written test file overriding the generated one"
    )


class TaskSpec(_Strict):
    """One task of the bank: a language, a scenario and a difficulty, public and private parts."""

    id: str = Field(pattern=TASK_ID_PATTERN)
    family: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    version: str = Field(pattern=r"^[0-9a-f]{16}$", description="content hash: first 16 hex digits of sha256")
    language: Language
    scenario: Scenario
    difficulty: Difficulty
    title: str = Field(min_length=3)
    tags: list[str] = Field(default_factory=list)
    prompt: str = Field(min_length=10)
    public: PublicPart
    private: PrivatePart
    depends_on: list[str] = Field(default_factory=list)
    canary: str = Field(pattern=rf"^{CANARY_PREFIX}[0-9a-f]{{16}}$")
    provenance: Provenance

    @model_validator(mode="after")
    def _consistent(self) -> TaskSpec:
        problems = [
            p
            for name, cases in (
                ("public.examples", self.public.examples),
                ("private.hidden_tests", self.private.hidden_tests),
            )
            for i, case in enumerate(cases)
            for p in case.problems(self.public.signature, f"{name}[{i}]")
        ]
        if not self.private.hidden_tests and self.private.test_source is None:
            problems.append("private.hidden_tests: at least one test case is needed (or private.test_source)")
        if self.scenario is Scenario.REVIEW and not (
            self.public.code_under_review and self.private.planted_defects
        ):
            problems.append("review tasks need public.code_under_review and private.planted_defects")
        if self.scenario is Scenario.TESTING and not (
            self.public.reference_for_testing and self.private.mutants
        ):
            problems.append("testing tasks need public.reference_for_testing and private.mutants")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def content_hash(data: dict[str, Any]) -> str:
    """The version of a task: a hash of everything in it except the version itself."""
    body = {k: v for k, v in data.items() if k != "version"}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def canary_for(task_id: str) -> str:
    """A task's canary: stable per id, so a leaked copy can be traced to the task."""
    return CANARY_PREFIX + hashlib.sha256(f"canary:{task_id}".encode()).hexdigest()[:16]


CANARY_RE = re.compile(re.escape(CANARY_PREFIX) + r"[0-9a-f]{16}")


def task_schema() -> dict[str, Any]:
    """The JSON Schema published at taskbank/schema/task.schema.json."""
    schema = TaskSpec.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://aibaas.local/schema/task.schema.json"
    return schema
