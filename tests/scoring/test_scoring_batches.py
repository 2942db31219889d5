"""Ruff over many answers in one process gives each answer exactly its own findings."""

from __future__ import annotations

from aibaas.scoring.quality import assess_quality, ruff_findings, ruff_findings_many


def test_batched_lint_matches_one_by_one() -> None:
    codes = ["import os\n", "x = 1\n", "def f(:\n", "def g(a):\n    return a == None\n"]
    batched = ruff_findings_many(codes)
    assert batched == [ruff_findings(code) for code in codes]
    assert [[f.code for f in found] for found in batched][:2] == [["F401"], []]
    assert batched[2], "a syntax error is a finding"
    assert ruff_findings_many([]) == []


def test_quality_uses_findings_computed_in_a_batch() -> None:
    code = "import os\n\n\ndef f():\n    return 1\n"
    [lint] = ruff_findings_many([code])
    assert assess_quality(code, "python", lint) == assess_quality(code, "python")
