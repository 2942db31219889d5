"""Provider health from the audit trail: last success, error rate and latency percentiles."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import numpy as np
from pydantic import BaseModel


class ProviderHealth(BaseModel):
    provider: str
    calls: int
    errors: int
    error_rate: float
    last_success_at: datetime | None
    last_error_class: str | None
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    latency_p99_ms: float | None


def provider_health(records: Iterable[dict[str, Any]], since: datetime | None = None) -> list[ProviderHealth]:
    """One row per provider seen in the records (completions and discovery calls) since `since`."""
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    calls: dict[str, int] = defaultdict(int)
    last_ok: dict[str, datetime] = {}
    last_error: dict[str, str] = {}
    for record in records:
        at = datetime.fromisoformat(record["at"])
        if since is not None and at < since:
            continue
        name = str(record["provider"])
        if record.get("event") == "completion":
            result = record["result"]
            ok, latency, error = (
                result.get("error_class") is None,
                float(result["latency_ms"]),
                result.get("error_class"),
            )
        else:
            ok, latency, error = (
                bool(record["ok"]),
                float(record["latency_ms"]),
                None if record["ok"] else "discovery",
            )
        calls[name] += 1
        if ok:
            latencies[name].append(latency)
            last_ok[name] = max(at, last_ok.get(name, at))
        else:
            errors[name] += 1
            last_error[name] = str(error)
    health = []
    for name in sorted(calls):
        values = np.array(latencies[name]) if latencies[name] else None
        p50, p95, p99 = (
            (float(v) for v in np.percentile(values, [50, 95, 99])) if values is not None else (None,) * 3
        )
        health.append(
            ProviderHealth(
                provider=name,
                calls=calls[name],
                errors=errors[name],
                error_rate=errors[name] / calls[name],
                last_success_at=last_ok.get(name),
                last_error_class=last_error.get(name),
                latency_p50_ms=p50,
                latency_p95_ms=p95,
                latency_p99_ms=p99,
            )
        )
    return health
