"""Scenario scores from execution results and review answers."""

import pytest

from aibaas.sandbox import ExecutionResult, Status, TestOutcome
from aibaas.scoring.scenarios import (
    Finding,
    ReviewParseError,
    parse_review,
    score_codegen,
    score_review,
    score_testing,
)
from aibaas.taskbank.spec import DefectCategory, PlantedDefect


def _result(status: Status, outcomes: list[bool]) -> ExecutionResult:
    return ExecutionResult(
        status=status, tests=tuple(TestOutcome(name=f"t{i}", passed=p) for i, p in enumerate(outcomes))
    )


def test_codegen_counts_passed_hidden_tests() -> None:
    partial = score_codegen(_result(Status.TEST_FAILURE, [True, True, False, True]), 4)
    assert (partial.score, partial.solved) == (0.75, False)
    assert score_codegen(_result(Status.OK, [True] * 4), 4).solved
    # a compile error passes nothing, whatever the output says
    assert score_codegen(_result(Status.COMPILE_ERROR, []), 4).score == 0.0


def test_testing_suite_must_pass_on_the_reference() -> None:
    mutants = [_result(Status.TEST_FAILURE, [False]), _result(Status.OK, [True]), _result(Status.TIMEOUT, [])]
    good = score_testing(_result(Status.OK, [True, True]), mutants)
    assert good.mutation_score == pytest.approx(2 / 3)
    invalid = score_testing(_result(Status.TEST_FAILURE, [True, False]), mutants)
    assert (invalid.valid, invalid.mutation_score) == (False, 0.0)


DEFECTS = [
    PlantedDefect(line=4, category=DefectCategory.COMPARISON, explanation="x"),
    PlantedDefect(line=9, category=DefectCategory.BOUNDARY, explanation="y"),
]


def test_review_matches_within_one_line_one_to_one() -> None:
    findings = [Finding(line=5, category="comparison"), Finding(line=4), Finding(line=20)]
    score = score_review(findings, DEFECTS)
    # line 5 and line 4 both sit next to defect 4, but a defect is matched once
    assert (score.matched, score.precision, score.recall) == (1, pytest.approx(1 / 3), 0.5)
    assert score_review([Finding(line=4), Finding(line=10)], DEFECTS).f1 == 1.0
    assert score_review([Finding(line=4, category="logic")], DEFECTS, match_category=True).matched == 0


def test_review_answer_is_parsed_from_its_last_json_block() -> None:
    item = '{"line": 4, "category": "comparison", "explanation": "<= should be <"}'
    answer = f"Thinking...\n```json\n[{item}]\n```"
    assert parse_review(answer) == [Finding(line=4, category="comparison", explanation="<= should be <")]
    assert parse_review("[]") == []
    # the common wrapper object is read as the array it holds
    assert parse_review(f'```json\n{{"findings": [{item}]}}\n```') == parse_review(answer)
    with pytest.raises(ReviewParseError, match="no JSON array"):
        parse_review("The code looks fine to me.")
