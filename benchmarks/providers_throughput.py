"""Sustained throughput under a provider's rate limit, against the real test server.

The server answers after 100 ms and allows 600 requests/min (429 with Retry-After above it).
The gateway is configured with the same limit. Baseline: the limit itself (10 requests/s);
the ratio printed is achieved throughput / limit, and failures reaching the caller are counted.

    .venv/bin/python benchmarks/providers_throughput.py [--requests 300]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.providers.audit import AuditLog
from aibaas.providers.config import ProviderConfig
from aibaas.providers.gateway import Gateway
from aibaas.providers.registry import build_provider
from aibaas.providers.testserver import ServerOptions, TestProviderServer
from aibaas.providers.types import CompletionRequest

LIMIT_RPM = 600


async def drive(gateway: Gateway, count: int) -> tuple[float, int]:
    started = time.perf_counter()
    results = await asyncio.gather(
        *(gateway.complete(CompletionRequest.ask("bench/test-small", f"question {i}")) for i in range(count))
    )
    return time.perf_counter() - started, sum(not r.ok for r in results)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    os.environ["BENCH_KEY"] = "sk-bench-0123456789"
    with (
        TestProviderServer(ServerOptions(latency_ms=100, requests_per_minute=LIMIT_RPM)) as server,
        tempfile.TemporaryDirectory() as folder,
    ):
        config = ProviderConfig(
            name="bench",
            kind="openai_compatible",
            base_url=f"{server.url}/v1",
            api_key_env="BENCH_KEY",
            requests_per_minute=LIMIT_RPM,
            max_concurrency=32,
        )
        gateway = Gateway([build_provider(config)], audit=AuditLog(Path(folder) / "audit.jsonl"))
        elapsed, failures = asyncio.run(drive(gateway, args.requests))
        counts = dict(server.state.counts)
    achieved = args.requests / elapsed
    limit = LIMIT_RPM / 60
    print(f"requests: {args.requests}, elapsed: {elapsed:.2f} s")
    print(f"baseline (limit): {limit:.2f} req/s; achieved: {achieved:.2f} req/s")
    print(f"ratio achieved/limit: {achieved / limit:.3f}")
    rejected = counts.get("rate_limited", 0)
    print(f"429s answered by the server: {rejected}; failures seen by the caller: {failures}")


if __name__ == "__main__":
    main()
