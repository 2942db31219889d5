"""Compile outputs of identical sources, kept in memory and (optionally) on disk."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

# Compiled test binaries run to megabytes each: bound the memory part by size, not entries.
MEMORY_BYTES = 256 << 20


def compile_key(language: str, command: tuple[str, ...], files: list[dict[str, Any]], toolchain: str) -> str:
    """Everything a compile step's output depends on: toolchain, command, every input file."""
    digest = hashlib.sha256()
    for part in (language, toolchain, json.dumps(list(command))):
        digest.update(part.encode() + b"\0")
    for entry in sorted(files, key=lambda e: str(e["path"])):
        digest.update(f"{entry['path']}\0{entry.get('executable', False)}\0{entry['data']}\0".encode())
    return digest.hexdigest()


class CompileCache:
    """Thread-safe cache of compile outputs (lists of files); the disk part is unbounded."""

    def __init__(self, folder: Path | None = None, memory_bytes: int = MEMORY_BYTES) -> None:
        self.folder = folder
        self.memory_bytes = memory_bytes
        self._memory: OrderedDict[str, list[dict[str, Any]]] = OrderedDict()
        self._sizes: dict[str, int] = {}
        self._lock = threading.Lock()
        if folder is not None:
            folder.mkdir(parents=True, exist_ok=True)

    def get(self, key: str) -> list[dict[str, Any]] | None:
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return self._memory[key]
        if self.folder is None:
            return None
        path = self.folder / f"{key}.json"
        try:
            outputs: list[dict[str, Any]] = json.loads(path.read_text())
        except (OSError, ValueError):
            return None
        self._remember(key, outputs)
        return outputs

    def put(self, key: str, outputs: list[dict[str, Any]]) -> None:
        self._remember(key, outputs)
        if self.folder is not None:
            path = self.folder / f"{key}.json"
            partial = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
            partial.write_text(json.dumps(outputs))
            partial.replace(path)  # atomic: readers never see half a file

    def _remember(self, key: str, outputs: list[dict[str, Any]]) -> None:
        size = sum(len(entry["data"]) for entry in outputs)
        with self._lock:
            self._memory[key] = outputs
            self._sizes[key] = size
            self._memory.move_to_end(key)
            while sum(self._sizes.values()) > self.memory_bytes and len(self._memory) > 1:
                evicted, _ = self._memory.popitem(last=False)
                del self._sizes[evicted]
