"""The language toolchains the sandbox runs, and the system packages that provide them.

Standard library only: `scripts/setup.sh` runs this file with the system Python, before the
virtualenv exists, to learn which packages to install (`python3 aibaas/toolchains.py apt`).
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

NODE_TOOLS_DIR = Path(__file__).resolve().parents[1] / "tools" / "node"
NODE_BIN = NODE_TOOLS_DIR / "node_modules" / ".bin"


@dataclass(frozen=True)
class Toolchain:
    language: str
    version_command: tuple[str, ...]
    apt_packages: tuple[str, ...]
    npm_packages: tuple[str, ...] = ()


TOOLCHAINS: tuple[Toolchain, ...] = (
    Toolchain("python", ("python3", "--version"), ("python3",)),
    Toolchain("typescript", (str(NODE_BIN / "tsc"), "--version"), ("nodejs", "npm"), ("typescript",)),
    Toolchain("java", ("javac", "-version"), ("default-jdk-headless", "junit5")),
    Toolchain("go", ("go", "version"), ("golang-go",)),
    Toolchain("ruby", ("ruby", "--version"), ("ruby",)),
    Toolchain("rust", ("rustc", "--version"), ("rustc",)),
    Toolchain("csharp", ("mcs", "--version"), ("mono-mcs", "mono-runtime")),
)

# Everything else the platform runs on the host: the sandbox, container images, databases, browsers.
PLATFORM_APT_PACKAGES: tuple[str, ...] = (
    "bubblewrap",
    "podman",
    "runc",
    "uidmap",
    "fuse-overlayfs",
    "slirp4netns",
    "debootstrap",
    "postgresql",
    "chromium",
    "chromium-driver",
    "git",
    "make",
)

# Probed with `command -v`: an apt package is missing when its probe is.
APT_PROBES: dict[str, str] = {
    "python3": "python3",
    "nodejs": "node",
    "npm": "npm",
    "default-jdk-headless": "javac",
    "junit5": "/usr/share/java/junit-platform-console-standalone.jar",
    "golang-go": "go",
    "ruby": "ruby",
    "rustc": "rustc",
    "mono-mcs": "mcs",
    "mono-runtime": "mono",
    "bubblewrap": "bwrap",
    "podman": "podman",
    "runc": "runc",
    "uidmap": "newuidmap",
    "fuse-overlayfs": "fuse-overlayfs",
    "slirp4netns": "slirp4netns",
    "debootstrap": "debootstrap",
    "postgresql": "/usr/lib/postgresql/15/bin/postgres",
    "chromium": "chromium",
    "chromium-driver": "chromedriver",
    "git": "git",
    "make": "make",
}


def _present(probe: str) -> bool:
    return Path(probe).exists() if probe.startswith("/") else shutil.which(probe) is not None


def missing_apt_packages() -> list[str]:
    """System packages whose probe is absent on this machine, in install order."""
    wanted = [pkg for chain in TOOLCHAINS for pkg in chain.apt_packages] + list(PLATFORM_APT_PACKAGES)
    unique = list(dict.fromkeys(wanted))
    return [pkg for pkg in unique if not _present(APT_PROBES.get(pkg, pkg))]


def npm_packages() -> list[str]:
    return sorted({pkg for chain in TOOLCHAINS for pkg in chain.npm_packages})


if __name__ == "__main__":
    if sys.argv[1:] == ["apt"]:
        print(" ".join(missing_apt_packages()))
    else:
        sys.exit("usage: python3 aibaas/toolchains.py apt")
