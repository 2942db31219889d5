"""Static quality of an answer: lint findings (ruff, Python only), complexity (lizard, every
language) and a maintainability index derived from both.

Nothing here runs the model's code: ruff and lizard only read it.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lizard

from aibaas.scoring.tokens import tokenize

# Rules a reviewer would flag in a solution; style-only rules (line length, quotes) are left out.
RUFF_RULES = "E4,E7,E9,F,B,SIM,C901"
RUFF_BIN = Path(sys.executable).parent / "ruff"
LIZARD_SUFFIX = {
    "python": ".py", "typescript": ".ts", "java": ".java", "go": ".go",
    "ruby": ".rb", "rust": ".rs", "csharp": ".cs",
}  # fmt: skip


@dataclass(frozen=True)
class LintFinding:
    code: str
    line: int
    message: str


@dataclass(frozen=True)
class QualityReport:
    """Quality metrics of one answer; `lint` is empty for languages ruff does not read."""

    lint: list[LintFinding] = field(default_factory=list)
    functions: int = 0
    max_complexity: int = 0
    mean_complexity: float = 0.0
    nloc: int = 0
    maintainability: float = 0.0

    def score(self) -> float:
        """0-1: maintainability, less 0.1 per lint finding (floored at 0)."""
        return max(0.0, min(1.0, self.maintainability / 100) - 0.1 * len(self.lint))


def _ruff(args: list[str], stdin: str | None = None) -> list[dict[str, Any]]:
    command = [str(RUFF_BIN), "check", "--isolated", "--select", RUFF_RULES, "--output-format", "json", *args]
    completed = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120, check=False)
    if completed.returncode not in (0, 1):
        raise RuntimeError(f"ruff failed with exit code {completed.returncode}: {completed.stderr[:500]}")
    items: list[dict[str, Any]] = json.loads(completed.stdout or "[]")
    return items


def _finding(item: dict[str, Any]) -> LintFinding:
    return LintFinding(item["code"] or "syntax", int(item["location"]["row"]), item["message"])


def ruff_findings(code: str, filename: str = "solution.py") -> list[LintFinding]:
    """Ruff's findings on Python source, read from stdin (isolated from any project config)."""
    return [_finding(item) for item in _ruff(["--stdin-filename", filename, "-"], stdin=code)]


def ruff_findings_many(codes: Sequence[str]) -> list[list[LintFinding]]:
    """Ruff's findings on many Python sources in one ruff process (starting ruff costs more than
    linting a solution), in the order of `codes`."""
    if not codes:
        return []
    with tempfile.TemporaryDirectory(prefix="aibaas-ruff-") as folder:
        paths = [Path(folder) / f"s{index}.py" for index in range(len(codes))]
        for path, code in zip(paths, codes, strict=True):
            path.write_text(code, encoding="utf-8")
        found: dict[str, list[LintFinding]] = {str(path): [] for path in paths}
        for item in _ruff([str(p) for p in paths]):
            found[item["filename"]].append(_finding(item))
    return [found[str(path)] for path in paths]


def maintainability_index(tokens: list[str], mean_complexity: float, nloc: int) -> float:
    """The Microsoft-normalized maintainability index (0-100).

    Halstead volume is taken from the token stream (`aibaas.scoring.tokens`: length times log2 of the
    distinct-token vocabulary), a documented approximation of operator/operand counting.
    """
    if not tokens or nloc == 0:
        return 0.0
    volume = len(tokens) * math.log2(max(2, len(set(tokens))))
    raw = 171 - 5.2 * math.log(volume) - 0.23 * mean_complexity - 16.2 * math.log(nloc)
    return max(0.0, min(100.0, raw * 100 / 171))


def complexity(code: str, language: str) -> tuple[int, int, float, int]:
    """(functions, max and mean cyclomatic complexity, lines of code) by lizard."""
    info = lizard.analyze_file.analyze_source_code(f"solution{LIZARD_SUFFIX.get(language, '.txt')}", code)
    values = [f.cyclomatic_complexity for f in info.function_list] or [1]
    return len(info.function_list), max(values), sum(values) / len(values), info.nloc


def assess_quality(code: str, language: str, lint: list[LintFinding] | None = None) -> QualityReport:
    """Lint (Python) and complexity (all languages) of an answer's code.

    Args:
        code: the extracted code.
        language: its language.
        lint: ruff's findings when already computed in a batch (`ruff_findings_many`).
    """
    if not code.strip():
        return QualityReport()
    if lint is None:
        lint = ruff_findings(code) if language == "python" else []
    functions, worst, mean, nloc = complexity(code, language)
    tokens = tokenize(code, language)
    return QualityReport(
        lint=lint,
        functions=functions,
        max_complexity=worst,
        mean_complexity=round(mean, 3),
        nloc=nloc,
        maintainability=round(maintainability_index(tokens, mean, nloc), 2),
    )


def lint_counts(report: QualityReport) -> dict[str, int]:
    """Findings per rule code, for aggregation across samples."""
    return dict(Counter(f.code for f in report.lint))
