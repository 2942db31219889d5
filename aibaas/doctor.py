"""Health of each component: what works here, what is missing, and the command that fixes it.

Each area contributes checks by decorating a function with `@health_check`; `run_checks`
runs them all. A check never raises: a failure is a result with the fix in it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from aibaas.config import Settings


class Status(StrEnum):
    OK = "ok"
    WARN = "warn"
    FAIL = "fail"


@dataclass(frozen=True)
class CheckResult:
    component: str
    status: Status
    detail: str
    required: bool = True
    fix: str = ""


HealthCheck = Callable[[Settings], list[CheckResult]]
_CHECKS: list[HealthCheck] = []


def health_check(func: HealthCheck) -> HealthCheck:
    """Register a check; it returns one result per component it inspects."""
    _CHECKS.append(func)
    return func


def run_checks(settings: Settings) -> list[CheckResult]:
    """Run every registered check, turning an unexpected exception into a failed result."""
    _import_contributors()
    results: list[CheckResult] = []
    for check in _CHECKS:
        try:
            results.extend(check(settings))
        except Exception as exc:  # a broken check must not hide the others
            results.append(CheckResult(check.__name__, Status.FAIL, f"check crashed: {exc!r}"))
    return results


def _import_contributors() -> None:
    """Modules whose import registers their checks."""
    import aibaas.health_checks  # noqa: F401


def version_of(command: list[str], timeout: float = 20.0) -> str | None:
    """The first line a tool prints about its version, or None when it is missing or broken."""
    if shutil.which(command[0]) is None:
        return None
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    output = (done.stdout or done.stderr).strip()
    if done.returncode != 0 and not output:
        return None
    return output.splitlines()[0] if output else "present"


def writable(path_dir: str) -> bool:
    try:
        with tempfile.NamedTemporaryFile(dir=path_dir):
            return True
    except OSError:
        return False
