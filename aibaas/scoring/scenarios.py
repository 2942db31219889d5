"""The score of each task scenario, as pure functions over execution results and parsed answers.

- codegen: the share of hidden tests the candidate passes (solved only when all pass);
- testing: a suite that fails on the reference is invalid and scores 0; otherwise its score is the
  mutation score, the share of the task's mutants on which at least one of its tests fails;
- review: findings matched one-to-one to planted defects within a line tolerance give precision,
  recall and F1.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from aibaas.errors import AibaasError
from aibaas.sandbox import ExecutionResult, Status
from aibaas.taskbank.spec import PlantedDefect

LINE_TOLERANCE = 1
_JSON_FENCE = re.compile(r"```(?:json)?[ \t]*\n(.*?)```", re.S)


class ReviewParseError(AibaasError):
    """A review answer holds no JSON array of findings."""


@dataclass(frozen=True)
class CodegenScore:
    tests_passed: int
    tests_total: int
    solved: bool

    @property
    def score(self) -> float:
        return self.tests_passed / self.tests_total if self.tests_total else 0.0


@dataclass(frozen=True)
class TestingScore:
    __test__ = False  # not a pytest class

    valid: bool
    mutants_killed: int
    mutants_total: int

    @property
    def mutation_score(self) -> float:
        return self.mutants_killed / self.mutants_total if self.valid and self.mutants_total else 0.0


@dataclass(frozen=True)
class ReviewScore:
    matched: int
    findings: int
    defects: int

    @property
    def precision(self) -> float:
        return self.matched / self.findings if self.findings else (1.0 if not self.defects else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.defects if self.defects else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0


class Finding(BaseModel):
    """One item of a model's review."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    line: int = Field(ge=1)
    category: str = ""
    explanation: str = ""


def score_codegen(result: ExecutionResult, hidden_tests: int) -> CodegenScore:
    """Grade a candidate solution's run of the hidden tests.

    Args:
        result: the sandbox run of the hidden tests against the candidate.
        hidden_tests: how many tests the hidden suite has; missing outcomes count as failures.
    """
    passed = sum(t.passed for t in result.tests) if result.status in (Status.OK, Status.TEST_FAILURE) else 0
    passed = min(passed, hidden_tests)
    return CodegenScore(passed, hidden_tests, solved=result.status is Status.OK and passed == hidden_tests)


def score_testing(on_reference: ExecutionResult, on_mutants: list[ExecutionResult]) -> TestingScore:
    """Grade a model-written test suite.

    Args:
        on_reference: the suite run against the reference solution: it must pass with at least one test.
        on_mutants: the suite run against each mutant; a mutant is killed when the run does not pass
            (a failing test, a crash or a timeout all count: the suite rejected the mutant).
    """
    valid = on_reference.status is Status.OK and bool(on_reference.tests)
    killed = sum(result.status is not Status.OK for result in on_mutants)
    return TestingScore(valid=valid, mutants_killed=killed if valid else 0, mutants_total=len(on_mutants))


def parse_review(answer: str) -> list[Finding]:
    """The findings of a review answer: the last fenced JSON array, or the bare answer as JSON.

    Models often wrap the array as `{"findings": [...]}` even when asked for a bare array; that
    wrapper is read as the array it holds.

    Raises:
        ReviewParseError: when no JSON array of findings with a `line` can be read.
    """
    blocks = _JSON_FENCE.findall(answer) or [answer]
    for block in reversed(blocks):
        try:
            data = json.loads(block)
        except json.JSONDecodeError:
            continue
        if isinstance(data, dict) and isinstance(data.get("findings"), list):
            data = data["findings"]
        if isinstance(data, list):
            try:
                return [Finding.model_validate(item) for item in data]
            except ValidationError as exc:
                raise ReviewParseError(f"review findings are malformed: {exc.errors()[0]['msg']}") from None
    raise ReviewParseError("the answer holds no JSON array of findings")


def score_review(
    findings: list[Finding],
    defects: list[PlantedDefect],
    tolerance: int = LINE_TOLERANCE,
    match_category: bool = False,
) -> ReviewScore:
    """Match findings to planted defects one-to-one, nearest line first.

    Args:
        findings: the model's review.
        defects: the task's planted defects.
        tolerance: how many lines a finding may be away from a defect and still match it.
        match_category: also require the finding's category to be the defect's.
    """
    pairs = sorted(
        (abs(f.line - d.line), fi, di)
        for fi, f in enumerate(findings)
        for di, d in enumerate(defects)
        if abs(f.line - d.line) <= tolerance and (not match_category or f.category == d.category.value)
    )
    used_findings: set[int] = set()
    used_defects: set[int] = set()
    for _, fi, di in pairs:
        if fi not in used_findings and di not in used_defects:
            used_findings.add(fi)
            used_defects.add(di)
    return ReviewScore(matched=len(used_defects), findings=len(findings), defects=len(defects))
