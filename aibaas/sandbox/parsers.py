"""Per-test outcomes from each test runner's own output."""

from __future__ import annotations

import re
from collections.abc import Callable

from aibaas.sandbox.models import TestFormat, TestOutcome

_UNITTEST = re.compile(
    r"^(\w+) \(([\w.]+)\)(?:\n.*?)? \.\.\. (ok|FAIL|ERROR|skipped.*|expected failure)$", re.M
)
_TAP = re.compile(r"^(\s*)(not ok|ok) \d+ - (.*?)(?: # (.*))?$", re.M)
_GO = re.compile(r"^\s*--- (PASS|FAIL|SKIP): (\S+)", re.M)
_MINITEST = re.compile(r"^(\S+#\S+) = [\d.]+ s = ([.FES])$", re.M)
_RUST = re.compile(r"^test (\S+) \.\.\. (ok|FAILED|ignored)$", re.M)
_JUNIT = re.compile(r"^([│├└─ ]*)(.+?) ([✔✘↷])(?: (.*))?$")


def _unittest(text: str) -> list[TestOutcome]:
    outcomes = []
    for method, where, verdict in _UNITTEST.findall(text):
        if verdict.startswith("skipped"):
            continue
        outcomes.append(
            TestOutcome(
                name=where if where.endswith(method) else f"{where}.{method}",
                passed=verdict in ("ok", "expected failure"),
            )
        )
    return outcomes


def _tap(text: str) -> list[TestOutcome]:
    """Leaf tests only: a TAP line followed by a more indented one is a suite."""
    found = [(len(m.group(1)), m.group(2) == "ok", m.group(3), m.group(4) or "") for m in _TAP.finditer(text)]
    outcomes = []
    for index, (depth, passed, name, reason) in enumerate(found):
        is_suite = index > 0 and found[index - 1][0] > depth
        if not is_suite:
            outcomes.append(TestOutcome(name=name, passed=passed, message=reason))
    return outcomes


def _go(text: str) -> list[TestOutcome]:
    return [
        TestOutcome(name=name, passed=verdict == "PASS")
        for verdict, name in _GO.findall(text)
        if verdict != "SKIP"
    ]


def _minitest(text: str) -> list[TestOutcome]:
    return [
        TestOutcome(name=name, passed=mark == ".") for name, mark in _MINITEST.findall(text) if mark != "S"
    ]


def _rust(text: str) -> list[TestOutcome]:
    return [
        TestOutcome(name=name, passed=verdict == "ok")
        for name, verdict in _RUST.findall(text)
        if verdict != "ignored"
    ]


def _junit(text: str) -> list[TestOutcome]:
    """The console launcher's tree: methods end in ')' and sit under their class."""
    outcomes = []
    parents: list[tuple[int, str]] = []
    for line in text.splitlines():
        match = _JUNIT.match(line)
        if not match:
            continue
        depth, name, mark, reason = len(match.group(1)), match.group(2), match.group(3), match.group(4) or ""
        parents = [(d, n) for d, n in parents if d < depth]
        if name.endswith(")"):
            if mark != "↷":
                owner = parents[-1][1] if parents else ""
                outcomes.append(
                    TestOutcome(name=f"{owner}.{name}" if owner else name, passed=mark == "✔", message=reason)
                )
        else:
            parents.append((depth, name))
    return outcomes


PARSERS: dict[TestFormat, Callable[[str], list[TestOutcome]]] = {
    TestFormat.UNITTEST: _unittest,
    TestFormat.TAP: _tap,
    TestFormat.JUNIT: _junit,
    TestFormat.GO: _go,
    TestFormat.MINITEST: _minitest,
    TestFormat.RUST: _rust,
    TestFormat.NONE: lambda _: [],
}


def parse_tests(test_format: TestFormat, stdout: str, stderr: str) -> list[TestOutcome]:
    """Per-test outcomes found in a test step's output, in the order the runner reported them.

    Args:
        test_format: which runner produced the output.
        stdout: the step's standard output.
        stderr: the step's standard error (unittest reports there).
    """
    return PARSERS[test_format](stdout + "\n" + stderr)
