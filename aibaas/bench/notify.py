"""Run-finished and run-failed notifications: a hook list the alerting work plugs into.

Every finished, failed or cancelled run is announced to each registered hook; the built-in hook
appends the event as a JSON line to `<data_dir>/events/bench_runs.jsonl`. A failing hook is logged
and never fails the run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aibaas.logs import get_logger

log = get_logger(__name__)


@dataclass(frozen=True)
class RunEvent:
    run_uid: str
    benchmark: str
    status: str
    fingerprint: str
    summary: dict[str, Any]
    error: str | None = None
    at: str = ""


Hook = Callable[[RunEvent], None]
_HOOKS: list[Hook] = []


def register_hook(hook: Hook) -> Hook:
    """Call `hook` for every run event (usable as a decorator)."""
    _HOOKS.append(hook)
    return hook


def unregister_hook(hook: Hook) -> None:
    _HOOKS.remove(hook)


def events_file(data_dir: Path) -> Path:
    return data_dir / "events" / "bench_runs.jsonl"


def notify(event: RunEvent, data_dir: Path) -> None:
    """Record the event and pass it to every hook."""
    stamped = RunEvent(**{**asdict(event), "at": datetime.now(UTC).isoformat()})
    path = events_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(asdict(stamped), default=str) + "\n")
    for hook in list(_HOOKS):
        try:
            hook(stamped)
        except Exception:  # a broken hook must not fail the run it reports on
            log.exception("run notification hook failed", hook=getattr(hook, "__name__", repr(hook)))
