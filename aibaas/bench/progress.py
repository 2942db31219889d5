"""Progress of a run (done, failed, cached, remaining, ETA, spend) and the resources it used.

The same numbers go to the database (throttled), to the CLI's progress bar and to Dagster's
materialization metadata.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import psutil

Listener = Callable[["Progress"], None]


@dataclass
class Progress:
    """Counters of one phase; `cached` cells count as done and cost nothing."""

    phase: str
    total: int
    done: int = 0
    failed: int = 0
    cached: int = 0
    spend_usd: float = 0.0
    started: float = field(default_factory=time.monotonic)
    resources: dict[str, Any] = field(default_factory=dict)

    @property
    def remaining(self) -> int:
        return max(0, self.total - self.done - self.failed)

    def eta_seconds(self) -> float | None:
        """Remaining cells at the rate of the cells computed in this session (cached ones are free)."""
        computed = self.done + self.failed - self.cached
        elapsed = time.monotonic() - self.started
        if computed <= 0 or elapsed <= 0:
            return None
        return self.remaining * elapsed / computed

    def as_dict(self) -> dict[str, Any]:
        eta = self.eta_seconds()
        return {
            "phase": self.phase, "total": self.total, "done": self.done, "failed": self.failed,
            "cached": self.cached, "remaining": self.remaining, "spend_usd": round(self.spend_usd, 6),
            "eta_s": round(eta, 1) if eta is not None else None,
        }  # fmt: skip


class ProgressReporter:
    """Fans progress out to listeners, at most every `interval` seconds (and always at the end)."""

    def __init__(self, listeners: list[Listener], interval: float = 0.5) -> None:
        self.listeners = listeners
        self.interval = interval
        self._last = 0.0

    def report(self, progress: Progress, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._last >= self.interval:
            self._last = now
            for listener in self.listeners:
                listener(progress)


@dataclass
class ResourceMeter:
    """CPU seconds, peak memory and network (provider) calls of this process and its children."""

    calls: int = 0
    _cpu_start: float = field(default_factory=lambda: _cpu_seconds())
    _wall_start: float = field(default_factory=time.monotonic)

    def snapshot(self) -> dict[str, Any]:
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        return {
            "cpu_s": round(_cpu_seconds() - self._cpu_start, 3),
            "wall_s": round(time.monotonic() - self._wall_start, 3),
            "peak_rss_mb": round(own / 1024, 1),
            "children_peak_rss_mb": round(children / 1024, 1),
            "network_calls": self.calls,
        }


def _cpu_seconds() -> float:
    times = psutil.Process().cpu_times()
    return float(times.user + times.system + times.children_user + times.children_system)
