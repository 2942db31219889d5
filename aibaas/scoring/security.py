"""Security findings in an answer: bandit for Python, small regex rule sets for the other languages.

The rule sets flag what a reviewer would question in a benchmark answer: shelling out, dynamic
evaluation, unsafe deserialization, disabled certificate checks, weak hashes and hard-coded
secrets. They are deliberately few and precise; bandit does the deep work for Python.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from bandit.core.config import BanditConfig
from bandit.core.manager import BanditManager


@dataclass(frozen=True)
class SecurityFinding:
    rule: str
    severity: str
    line: int
    message: str


_SECRET = (r"(?i)(password|secret|api_?key|token)\s*[:=]\s*\"[^\"]{6,}\"", "hard-coded secret")
RULES: dict[str, list[tuple[str, str, str]]] = {
    "typescript": [
        (r"\beval\s*\(|new\s+Function\s*\(", "high", "dynamic code evaluation"),
        (r"child_process|\bexecSync\s*\(|\bspawnSync\s*\(", "high", "runs a shell command"),
        (r"rejectUnauthorized\s*:\s*false", "medium", "TLS certificate checks disabled"),
        (r"createHash\(\s*['\"](md5|sha1)['\"]", "low", "weak hash"),
    ],
    "java": [
        (r"Runtime\.getRuntime\(\)\.exec|new\s+ProcessBuilder", "high", "runs a shell command"),
        (r"new\s+ObjectInputStream", "medium", "unsafe deserialization"),
        (r"MessageDigest\.getInstance\(\s*\"(MD5|SHA-?1)\"", "low", "weak hash"),
        (r"new\s+Random\s*\(", "low", "non-cryptographic random"),
    ],
    "go": [
        (r"exec\.Command\s*\(", "high", "runs a shell command"),
        (r"InsecureSkipVerify\s*:\s*true", "medium", "TLS certificate checks disabled"),
        (r"\"crypto/(md5|sha1)\"", "low", "weak hash"),
        (r"\"unsafe\"", "medium", "uses package unsafe"),
    ],
    "ruby": [
        (r"\beval\s*[\(\s]|instance_eval|class_eval", "high", "dynamic code evaluation"),
        (r"`[^`]+`|\bsystem\s*\(|%x\{|Open3\.", "high", "runs a shell command"),
        (r"Marshal\.load|YAML\.load\s*\(", "medium", "unsafe deserialization"),
        (r"Digest::(MD5|SHA1)", "low", "weak hash"),
    ],
    "rust": [
        (r"\bunsafe\s*\{", "medium", "unsafe block"),
        (r"Command::new\s*\(", "high", "runs a shell command"),
        (r"std::mem::transmute", "high", "reinterprets memory"),
    ],
    "csharp": [
        (r"Process\.Start\s*\(", "high", "runs a shell command"),
        (r"BinaryFormatter", "medium", "unsafe deserialization"),
        (r"\bunsafe\s*\{", "medium", "unsafe block"),
        (r"MD5\.Create|SHA1\.Create", "low", "weak hash"),
    ],
}
SEVERITY_WEIGHT = {"low": 0.1, "medium": 0.3, "high": 0.6}


@cache
def _compiled(language: str) -> list[tuple[re.Pattern[str], str, str]]:
    rules = [*RULES.get(language, []), (_SECRET[0], "medium", _SECRET[1])]
    return [(re.compile(pattern), severity, message) for pattern, severity, message in rules]


def rule_findings(code: str, language: str) -> list[SecurityFinding]:
    """Matches of the language's rule set, one finding per matching line and rule."""
    findings = []
    for number, line in enumerate(code.splitlines(), start=1):
        for index, (pattern, severity, message) in enumerate(_compiled(language)):
            if pattern.search(line):
                findings.append(SecurityFinding(f"{language}-{index + 1:02d}", severity, number, message))
    return findings


def bandit_findings(code: str) -> list[SecurityFinding]:
    """Bandit's findings on Python source (a file bandit cannot parse yields none)."""
    with tempfile.TemporaryDirectory(prefix="aibaas-bandit-") as folder:
        path = Path(folder) / "solution.py"
        path.write_text(code, encoding="utf-8")
        manager = BanditManager(BanditConfig(), "file", quiet=True)
        manager.discover_files([str(path)])
        manager.run_tests()
        issues = manager.get_issue_list()
    return [
        SecurityFinding(issue.test_id, str(issue.severity).lower(), issue.lineno, issue.text)
        for issue in issues
    ]


def security_findings(code: str, language: str) -> list[SecurityFinding]:
    """Bandit for Python, the regex rule set for every other language."""
    if not code.strip():
        return []
    return bandit_findings(code) if language == "python" else rule_findings(code, language)


def security_score(findings: list[SecurityFinding]) -> float:
    """1 with no finding; each finding costs its severity's weight, floored at 0."""
    return max(0.0, 1.0 - sum(SEVERITY_WEIGHT.get(f.severity, 0.3) for f in findings))
