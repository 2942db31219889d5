"""cgroup v1 groups for the local backend: memory and process limits for one sandbox.

Each sandbox gets `aibaas/<id>` under the memory and pids hierarchies. A group is joined by the
sandbox's first process before it starts anything, so every descendant is counted.
"""

from __future__ import annotations

import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

CGROUP_ROOT = Path("/sys/fs/cgroup")
CONTROLLERS = ("memory", "pids")
PARENT = "aibaas"


def available() -> bool:
    """Whether this process may create v1 memory and pids groups."""
    return all(
        os.access(CGROUP_ROOT / c, os.W_OK) and (CGROUP_ROOT / c / "cgroup.procs").exists()
        for c in CONTROLLERS
    )


def prune_stale(max_age_s: float = 300.0, parent: str = PARENT) -> None:
    """Remove empty groups left by processes that died without closing their sandboxes.

    Only groups older than `max_age_s` go: a fresh group is joined within milliseconds, and the
    kernel refuses to remove a group that still has processes.
    """
    now = time.time()
    for controller in CONTROLLERS:
        folder = CGROUP_ROOT / controller / parent
        for group in folder.iterdir() if folder.is_dir() else []:
            try:
                if group.is_dir() and now - group.stat().st_mtime > max_age_s:
                    group.rmdir()
            except OSError:
                continue  # still in use


@dataclass
class SandboxGroup:
    """A memory+pids group; `procs_files` are what a starting process writes its pid to."""

    name: str

    @classmethod
    def create(cls, parent: str = PARENT) -> SandboxGroup:
        group = cls(f"{parent}/{uuid.uuid4().hex[:12]}")
        for controller in CONTROLLERS:
            (CGROUP_ROOT / controller / group.name).mkdir(parents=True)
        return group

    def path(self, controller: str) -> Path:
        return CGROUP_ROOT / controller / self.name

    @property
    def procs_files(self) -> list[Path]:
        return [self.path(c) / "cgroup.procs" for c in CONTROLLERS]

    def set_limits(self, memory_bytes: int, processes: int) -> None:
        memory = self.path("memory")
        (memory / "memory.limit_in_bytes").write_text(str(memory_bytes))
        (memory / "memory.max_usage_in_bytes").write_text("0")
        (self.path("pids") / "pids.max").write_text(str(processes))

    def oom_kills(self) -> int:
        """How many processes the kernel's OOM killer has killed in this group so far."""
        for line in (self.path("memory") / "memory.oom_control").read_text().splitlines():
            key, _, value = line.partition(" ")
            if key == "oom_kill":
                return int(value)
        return int((self.path("memory") / "memory.failcnt").read_text())

    def remove(self, timeout_s: float = 5.0) -> None:
        """Remove the group once its processes are gone."""
        deadline = time.monotonic() + timeout_s
        for controller in CONTROLLERS:
            path = self.path(controller)
            while path.exists():
                try:
                    path.rmdir()
                except OSError:
                    if time.monotonic() > deadline:
                        raise
                    time.sleep(0.01)
