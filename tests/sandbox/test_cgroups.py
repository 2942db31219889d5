"""cgroup v1 groups: limits applied, OOM kills counted, stale groups pruned, live ones kept."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator

import pytest

from aibaas.sandbox import cgroups


@pytest.fixture
def parent() -> Iterator[str]:
    """A parent group of our own, so pruning here never touches other sandboxes on the machine."""
    name = f"aibaas-test-{uuid.uuid4().hex[:8]}"
    yield name
    for controller in cgroups.CONTROLLERS:
        (cgroups.CGROUP_ROOT / controller / name).rmdir()


def test_stale_empty_groups_are_pruned_and_groups_in_use_kept(parent: str) -> None:
    stale = cgroups.SandboxGroup.create(parent)
    busy = cgroups.SandboxGroup.create(parent)
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        for procs in busy.procs_files:
            procs.write_text(str(sleeper.pid))
        cgroups.prune_stale(max_age_s=0, parent=parent)
        assert not stale.path("memory").exists() and not stale.path("pids").exists()
        assert busy.path("memory").exists() and busy.path("pids").exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    busy.remove()


def test_memory_limit_is_enforced_and_counted_as_an_oom_kill(parent: str) -> None:
    group = cgroups.SandboxGroup.create(parent)
    group.set_limits(memory_bytes=64 << 20, processes=8)
    procs = " ".join(str(p) for p in group.procs_files)
    hog = subprocess.run(
        [
            "sh",
            "-c",
            f'for f in {procs}; do echo $$ > "$f"; done; exec python3 -c "x = bytearray(512 << 20)"',
        ],
        capture_output=True,
        check=False,
    )
    assert hog.returncode == -9
    assert group.oom_kills() == 1
    group.remove()
