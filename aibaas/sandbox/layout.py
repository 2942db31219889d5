"""What the sandbox's file system holds, shared by the local and the container backend.

The root is read-only: the host's /usr (every toolchain Debian installed), a few /etc entries
the toolchains read, the Rust toolchain and the npm tools at fixed paths, and the supervisor.
Nothing else of the host is visible: not /root, /home, /work or the platform's data directory.
Writable space is a size-limited tmpfs at /work (one fresh folder per run) and at /tmp.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from aibaas.toolchains import NODE_TOOLS_DIR

SUPERVISOR = Path(__file__).with_name("supervisor.py")
HARNESS_DIR = Path(__file__).with_name("harness")
SANDBOX_SUPERVISOR = "/opt/aibaas/supervisor.py"
SANDBOX_PYTHON = "/usr/bin/python3"
SANDBOX_RUST = "/opt/rust"
SANDBOX_NODE_MODULES = "/opt/node_modules"
WORK_ROOT = "/work"
SYMLINKS: tuple[tuple[str, str], ...] = (
    ("usr/bin", "/bin"),
    ("usr/lib", "/lib"),
    ("usr/lib64", "/lib64"),
    ("usr/sbin", "/sbin"),
)
ETC_ENTRIES: tuple[str, ...] = (
    "/etc/alternatives",  # /usr/bin/java and friends are symlinks through here
    "/etc/java-17-openjdk",
    "/etc/mono",
    "/etc/ld.so.cache",
)
# Paths below are inside the sandbox, where /tmp is a private tmpfs.
SANDBOX_ENV: dict[str, str] = {
    "PATH": f"{SANDBOX_RUST}/bin:/usr/local/bin:/usr/bin:/bin",
    "HOME": "/tmp",  # noqa: S108
    "TMPDIR": "/tmp",  # noqa: S108
    "LANG": "C.UTF-8",
    "GO111MODULE": "off",
    "GOCACHE": "/tmp/go-cache",  # noqa: S108
    "GOTOOLCHAIN": "local",
    "RUST_BACKTRACE": "0",
    "DOTNET_CLI_TELEMETRY_OPTOUT": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
}


@dataclass(frozen=True)
class Mount:
    host: Path
    target: str


@lru_cache(maxsize=1)
def rust_sysroot() -> Path | None:
    """The host's Rust toolchain folder (rustup keeps it under the home directory)."""
    if shutil.which("rustc") is None:
        return None
    done = subprocess.run(["rustc", "--print", "sysroot"], capture_output=True, text=True, check=False)
    path = Path(done.stdout.strip())
    return path if done.returncode == 0 and path.is_dir() else None


def read_only_mounts() -> list[Mount]:
    """Host paths bound read-only into every sandbox, in mount order."""
    mounts = [Mount(Path("/usr"), "/usr")]
    mounts += [Mount(Path(entry), entry) for entry in ETC_ENTRIES if Path(entry).exists()]
    sysroot = rust_sysroot()
    if sysroot is not None:
        mounts.append(Mount(sysroot, SANDBOX_RUST))
    node_modules = NODE_TOOLS_DIR / "node_modules"
    if node_modules.is_dir():
        mounts.append(Mount(node_modules, SANDBOX_NODE_MODULES))
    mounts.append(Mount(SUPERVISOR, SANDBOX_SUPERVISOR))
    return mounts
