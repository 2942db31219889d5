"""Grading one answer by scenario: run it in the sandbox and measure it.

The scenario rules themselves are `aibaas.scoring.scenarios`; this module runs what they need:
- codegen: the answer's code against the hidden tests (compile output and per-test outcomes kept);
- testing: the answer's tests must pass on the reference and should fail on each mutant;
- review: the answer's findings matched to the planted defects (within one line).

A sandbox failure (the infrastructure's fault, not the answer's) raises SandboxFailedError so the
sample is retried later and never counted against the model.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aibaas.bench.tasks import entry_symbol, mutant_sources
from aibaas.sandbox import ExecutionResult, Limits, Sandbox, Status
from aibaas.scoring.extraction import extract_code
from aibaas.scoring.quality import LintFinding, assess_quality
from aibaas.scoring.scenarios import (
    ReviewParseError,
    parse_review,
    score_codegen,
    score_review,
    score_testing,
)
from aibaas.scoring.security import security_findings, security_score
from aibaas.scoring.similarity import Corpus, best_match, contains_canary, similarity
from aibaas.taskbank.execution import hidden_test_source, request_for
from aibaas.taskbank.spec import Scenario, TaskSpec

GRADING_LIMITS = Limits(wall_time_s=20.0, cpu_time_s=20.0, memory_mb=1024)
KEPT_OUTPUT = 4000


class SandboxFailedError(Exception):
    """The sandbox failed to run a sample; retry it, do not score it."""


@dataclass(frozen=True)
class Reference:
    """How the reference solution ran: the baseline for the performance metric."""

    wall_time_s: float
    peak_memory_mb: float
    passed: bool


def _run(sandbox: Sandbox, task: TaskSpec, solution: str, tests: str, label: str) -> ExecutionResult:
    request = request_for(task.language, solution, tests, label=label).model_copy(
        update={"limits": GRADING_LIMITS}
    )
    result = sandbox.run(request)
    if result.status is Status.SANDBOX_ERROR:
        raise SandboxFailedError(f"{label}: {result.detail or 'sandbox error'}")
    return result


def run_reference(sandbox: Sandbox, task: TaskSpec) -> Reference:
    result = _run(
        sandbox, task, task.private.reference_solution, hidden_test_source(task), f"{task.id}:reference"
    )
    return Reference(result.wall_time_s, result.peak_memory_mb, result.status is Status.OK)


def _execution(result: ExecutionResult) -> dict[str, Any]:
    return {
        "status": result.status.value,
        "compiled": result.status is not Status.COMPILE_ERROR,
        "compile_output": (result.compile_output or "")[-KEPT_OUTPUT:],
        "tests": [{"name": t.name, "passed": t.passed} for t in result.tests],
        "tests_passed": sum(t.passed for t in result.tests),
        "tests_total": len(result.tests),
        "wall_time_s": result.wall_time_s,
        "peak_memory_mb": result.peak_memory_mb,
    }


def _static(code: str, task: TaskSpec, corpus: Corpus, lint: list[LintFinding] | None) -> dict[str, Any]:
    quality = assess_quality(code, task.language.value, lint)
    findings = security_findings(code, task.language.value)
    public = best_match(code, task.language.value, corpus)
    return {
        "quality": {
            "lint": [f.code for f in quality.lint],
            "max_complexity": quality.max_complexity,
            "maintainability": quality.maintainability,
            "score": round(quality.score(), 4),
        },
        "security": [{"rule": f.rule, "severity": f.severity, "line": f.line} for f in findings],
        "security_score": security_score(findings),
        "similarity_reference": round(
            similarity(code, task.private.reference_solution, task.language.value), 4
        ),
        "public_match": public.source,
        "public_similarity": round(public.similarity, 4),
    }


def grade_codegen(
    sandbox: Sandbox,
    task: TaskSpec,
    code: str,
    reference: Reference,
    corpus: Corpus,
    lint: list[LintFinding] | None,
) -> dict[str, Any]:
    result = _run(sandbox, task, code, hidden_test_source(task), f"{task.id}:answer")
    graded = score_codegen(result, len(task.private.hidden_tests))
    static = _static(code, task, corpus, lint)
    performance = None
    if graded.solved and reference.passed and result.wall_time_s > 0:
        performance = min(1.0, reference.wall_time_s / result.wall_time_s)
    execution = _execution(result)
    return {
        **execution,
        **static,
        "passed": graded.solved,
        "time_ratio": _ratio(result.wall_time_s, reference.wall_time_s),
        "memory_ratio": _ratio(result.peak_memory_mb, reference.peak_memory_mb),
        "components": {
            "correctness": round(graded.score, 4),
            "compiles": 1.0 if execution["compiled"] else 0.0,
            "quality": static["quality"]["score"],
            "security": static["security_score"],
            "performance": round(performance, 4) if performance is not None else None,
        },
    }


def _ratio(sample: float, reference: float) -> float | None:
    return round(sample / reference, 4) if reference else None


def grade_testing(
    sandbox: Sandbox, task: TaskSpec, code: str, corpus: Corpus, lint: list[LintFinding] | None
) -> dict[str, Any]:
    on_reference = _run(sandbox, task, task.private.reference_solution, code, f"{task.id}:suite")
    on_mutants = []
    if on_reference.status is Status.OK:
        on_mutants = [
            _run(sandbox, task, mutant, code, f"{task.id}:mutant{index}")
            for index, mutant in enumerate(mutant_sources(task))
        ]
    graded = score_testing(on_reference, on_mutants)
    static = _static(code, task, corpus, lint)
    total = len(task.private.mutants)
    return {
        **_execution(on_reference),
        **static,
        "passed": graded.valid and graded.mutants_killed == total,
        "mutants_killed": graded.mutants_killed,
        "mutants_total": total,
        "components": {
            "mutation_score": round(graded.mutants_killed / total, 4) if graded.valid and total else 0.0,
            "valid_suite": 1.0 if graded.valid else 0.0,
            "quality": static["quality"]["score"],
        },
    }


def grade_review(task: TaskSpec, answer: str) -> dict[str, Any]:
    try:
        findings, readable = parse_review(answer), True
    except ReviewParseError:
        findings, readable = [], False
    graded = score_review(findings, task.private.planted_defects)
    return {
        "passed": readable and graded.recall == 1.0 and graded.precision == 1.0,
        "findings": graded.findings,
        "defects_found": graded.matched,
        "defects_total": graded.defects,
        "components": {
            "recall": round(graded.recall, 4) if readable else 0.0,
            "precision": round(graded.precision, 4) if readable else 0.0,
            "format": 1.0 if readable else 0.0,
        },
    }


def answer_code(task: TaskSpec, answer: str) -> str:
    """The code an answer holds for its task (empty for review answers, which hold findings)."""
    if task.scenario is Scenario.REVIEW:
        return ""
    return extract_code(answer, task.language.value, entry_symbol(task)).code


def answer_facts(task: TaskSpec, answer: str) -> dict[str, Any]:
    """What depends on an answer's whole text rather than its code: how it was read, and leaks."""
    rule = (
        "json"
        if task.scenario is Scenario.REVIEW
        else extract_code(answer, task.language.value, entry_symbol(task)).rule
    )
    return {"extraction_rule": rule, "canary_leak": contains_canary(answer, [task.canary])}


def grade_answer(
    sandbox: Sandbox,
    task: TaskSpec,
    answer: str,
    reference: Reference,
    corpus: Corpus,
    lint: list[LintFinding] | None = None,
) -> dict[str, Any]:
    """The score cell of one answer: extraction, execution, metrics and the 0-1 components.

    Args:
        lint: ruff's findings on the answer's code, when computed in a batch beforehand.
    """
    canary = contains_canary(answer, [task.canary])
    if task.scenario is Scenario.REVIEW:
        return {"extraction_rule": "json", "canary_leak": canary, **grade_review(task, answer)}
    extraction = extract_code(answer, task.language.value, entry_symbol(task))
    base = {"extraction_rule": extraction.rule, "canary_leak": canary}
    if not extraction.found:
        zero = {"correctness": 0.0, "compiles": 0.0} if task.scenario is Scenario.CODEGEN else {
            "mutation_score": 0.0, "valid_suite": 0.0}  # fmt: skip
        return {**base, "passed": False, "status": "no_code", "components": zero}
    if task.scenario is Scenario.CODEGEN:
        return {**base, **grade_codegen(sandbox, task, extraction.code, reference, corpus, lint)}
    return {**base, **grade_testing(sandbox, task, extraction.code, corpus, lint)}
