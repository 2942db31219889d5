"""Sandbox images for the container backend, built without a registry.

An image is a small root skeleton (mount points, /etc/passwd with `nobody`, the supervisor and
the C# harness) imported from a tar through the Engine API, so it works against Docker or
podman alike. The toolchains are not copied in: the container binds the host's /usr, the Rust
toolchain and the npm tools read-only, exactly as the local backend does. This keeps a build
under a few seconds and both backends on the very same compilers. Each language gets its own
tag (`localhost/aibaas-sandbox-<language>:<content hash>`); a build whose tag exists is skipped.
"""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from typing import Any

from aibaas.sandbox.layout import (
    HARNESS_DIR,
    SANDBOX_SUPERVISOR,
    SUPERVISOR,
    SYMLINKS,
    WORK_ROOT,
    read_only_mounts,
)
from aibaas.sandbox.models import Language

IMAGE_REPOSITORY = "localhost/aibaas-sandbox"
_ETC_FILES = {
    "etc/passwd": (
        "root:x:0:0:root:/root:/usr/sbin/nologin\nnobody:x:65534:65534:nobody:/tmp:/usr/sbin/nologin\n"
    ),
    "etc/group": "root:x:0:\nnogroup:x:65534:\n",
    "etc/hosts": "127.0.0.1 localhost sandbox\n",
    "etc/nsswitch.conf": "passwd: files\ngroup: files\nhosts: files\n",
}


def _skeleton() -> dict[str, bytes | None]:
    """Path -> content (None for a directory) of the image's root."""
    entries: dict[str, bytes | None] = {}
    for mount in read_only_mounts():
        target = mount.target.lstrip("/")
        parts = target.split("/")
        for depth in range(1, len(parts)):
            entries["/".join(parts[:depth])] = None
        entries[target] = mount.host.read_bytes() if mount.host.is_file() else None
    for folder in (WORK_ROOT, "/tmp", "/proc", "/dev", "/sys", "/etc", "/job"):  # noqa: S108
        entries[folder.lstrip("/")] = None
    entries.update({path: text.encode() for path, text in _ETC_FILES.items()})
    entries[SANDBOX_SUPERVISOR.lstrip("/")] = SUPERVISOR.read_bytes()
    entries["opt/aibaas/AibaasHarness.cs"] = (HARNESS_DIR / "AibaasHarness.cs").read_bytes()
    return entries


def skeleton_tar() -> tuple[bytes, str]:
    """The image's root as a tar, and a hash of its content (the image tag)."""
    entries = _skeleton()
    digest = hashlib.sha256()
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as tar:
        for path in sorted(entries):
            content = entries[path]
            info = tarfile.TarInfo(path)
            info.mtime = 0
            if content is None:
                info.type, info.mode = tarfile.DIRTYPE, 0o1777 if path in ("tmp", "work") else 0o755
                tar.addfile(info)
            else:
                info.size, info.mode = len(content), 0o644
                tar.addfile(info, io.BytesIO(content))
            digest.update(path.encode() + b"\0" + (content or b"") + b"\0")
        for target, link in SYMLINKS:
            info = tarfile.TarInfo(link.lstrip("/"))
            info.type, info.linkname, info.mtime = tarfile.SYMTYPE, target, 0
            tar.addfile(info)
            digest.update(f"{link}->{target}".encode())
    return buffer.getvalue(), digest.hexdigest()[:16]


def image_name(language: Language, tag: str) -> str:
    return f"{IMAGE_REPOSITORY}-{language.value}:{tag}"


def build_images(client: Any, languages: list[Language] | None = None) -> dict[Language, str]:
    """Import one image per language unless its content-hash tag already exists.

    Args:
        client: a `docker.DockerClient` for any Docker Engine API (Docker or podman).
        languages: which images; every language by default.

    Returns:
        The image name of each language.
    """
    data, tag = skeleton_tar()
    names: dict[Language, str] = {}
    for language in languages or list(Language):
        name = image_name(language, tag)
        if not client.images.list(name=name):
            answer = client.api.import_image_from_data(
                data, changes=[f"LABEL aibaas.language={language.value}"]
            )
            # podman ignores the import's tag parameter, so tag the new image id explicitly.
            image_id = json.loads(answer.strip().splitlines()[-1])["id"]
            client.api.tag(image_id, name.rsplit(":", 1)[0], tag)
        names[language] = name
    return names
