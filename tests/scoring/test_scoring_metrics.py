"""Quality, security and similarity metrics flag what a reviewer would flag, and nothing else."""

from __future__ import annotations

from aibaas.scoring.quality import assess_quality
from aibaas.scoring.security import rule_findings, security_findings, security_score
from aibaas.scoring.similarity import (
    best_match,
    contains_canary,
    humaneval_corpus,
    peer_similarity,
    shingle_corpus,
    similarity,
)

CLEAN = "def add(a: int, b: int) -> int:\n    return a + b\n"
BRANCHY = """import os


def grade(x):
    if x > 90:
        return 'A'
    elif x > 80:
        return 'B'
    elif x > 70:
        return 'C'
    for i in range(3):
        if i == x:
            return 'D'
    return 'F'
"""


def test_clean_python_has_no_lint_and_high_maintainability() -> None:
    report = assess_quality(CLEAN, "python")
    assert report.lint == []
    assert report.functions == 1
    assert report.max_complexity == 1
    assert report.maintainability > 70
    assert report.score() > 0.7


def test_lint_and_complexity_lower_the_quality_score() -> None:
    report = assess_quality(BRANCHY, "python")
    assert [f.code for f in report.lint] == ["F401"]
    assert report.max_complexity >= 6
    assert report.score() < assess_quality(CLEAN, "python").score()


def test_complexity_is_measured_for_other_languages() -> None:
    java = (
        "class S {\n  static int f(int x) {\n    if (x > 1) { return 1; }\n"
        "    while (x < 0) { x++; }\n    return 2;\n  }\n}\n"
    )
    report = assess_quality(java, "java")
    assert report.lint == []
    assert report.functions == 1
    assert report.max_complexity == 3


def test_empty_code_has_no_quality() -> None:
    assert assess_quality("", "python").score() == 0.0


def test_bandit_flags_shell_injection_in_python() -> None:
    findings = security_findings(
        "import subprocess\n\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n", "python"
    )
    assert "B602" in {f.rule for f in findings}
    assert security_score(findings) < 1.0
    assert security_findings(CLEAN, "python") == []


def test_rule_sets_flag_risky_calls_in_other_languages() -> None:
    go = 'package s\n\nimport "os/exec"\n\nfunc Run() { exec.Command("sh", "-c", "ls").Run() }\n'
    assert [(f.line, f.severity) for f in rule_findings(go, "go")] == [(5, "high")]
    ruby = 'def run(cmd)\n  system(cmd)\nend\napi_key = "abcdef123456"\n'
    assert {f.message for f in rule_findings(ruby, "ruby")} == {"runs a shell command", "hard-coded secret"}
    assert rule_findings("fn add(a: i32) -> i32 { a + 1 }\n", "rust") == []


def test_similarity_ignores_comments_and_separates_different_code() -> None:
    commented = "# adds two numbers\ndef add(a: int, b: int) -> int:\n    return a + b  # sum\n"
    assert similarity(CLEAN, commented, "python") == 1.0
    assert similarity(CLEAN, BRANCHY, "python") < 0.1


def test_peer_similarity_names_the_closest_other_model() -> None:
    answers = {"mock/a": CLEAN, "mock/b": CLEAN + "\n", "mock/c": BRANCHY}
    peers = peer_similarity(answers, "python")
    assert peers["mock/a"] == ("mock/b", 1.0)
    assert peers["mock/c"][1] < 0.2


def test_a_copied_public_solution_is_found_in_the_humaneval_corpus() -> None:
    corpus = humaneval_corpus()
    assert len(corpus) == 164
    copied = corpus["HumanEval/2"]
    match = best_match(copied, "python", shingle_corpus(corpus, "python"))
    assert (match.source, match.similarity) == ("HumanEval/2", 1.0)
    assert best_match(CLEAN, "python", shingle_corpus(corpus, "python")).similarity < 0.5


def test_canary_in_an_answer_is_a_contamination_signal() -> None:
    assert contains_canary("x = 1  # AIBAAS-CANARY-0123456789abcdef", ["AIBAAS-CANARY-0123456789abcdef"])
    assert not contains_canary(CLEAN, ["AIBAAS-CANARY-0123456789abcdef"])
