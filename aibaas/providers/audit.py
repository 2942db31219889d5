"""The audit trail of every provider call: request, response or error, one JSON line each.

Keys never reach it: requests carry only the key variable's name, and every record goes through
the same redaction as the logs (secret-named fields, bearer tokens, key-shaped strings).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aibaas.logs import redact_mapping
from aibaas.providers.types import CompletionRequest, CompletionResult


class AuditLog:
    """An append-only JSON-lines file; safe to share between threads of one process."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        path.parent.mkdir(parents=True, exist_ok=True)

    def write(self, record: dict[str, Any]) -> None:
        line = json.dumps(redact_mapping(record), default=str, ensure_ascii=False)
        with self._lock, self.path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    def call(
        self,
        provider: str,
        request: CompletionRequest,
        result: CompletionResult,
        attempts: list[dict[str, Any]],
    ) -> None:
        """Record one completed call (successful or not) with every attempt it took."""
        self.write(
            {
                "event": "completion",
                "at": datetime.now(UTC).isoformat(),
                "provider": provider,
                "request": request.model_dump(mode="json", exclude={"material"}, exclude_none=True)
                | {"task_id": request.material.task_id if request.material else None},
                "result": result.model_dump(mode="json"),
                "attempts": attempts,
            }
        )

    def discovery(self, provider: str, ok: bool, latency_ms: float, detail: str) -> None:
        self.write(
            {
                "event": "discovery",
                "at": datetime.now(UTC).isoformat(),
                "provider": provider,
                "ok": ok,
                "latency_ms": latency_ms,
                "detail": detail,
            }
        )


def read_audit(path: Path) -> Iterator[dict[str, Any]]:
    """The records of an audit file, oldest first; a torn last line (crash mid-write) is skipped."""
    if not path.exists():
        return
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            try:
                yield json.loads(line)
            except json.JSONDecodeError:
                continue
