"""The gateway's own overhead per call versus a bare `litellm.acompletion` to the same server.

Both paths call the real test server (OpenAI protocol) over loopback, interleaved call by call so
machine load hits both alike. The gateway path includes resolution, limiter, retries wrapper,
usage and cost, and the audit log write. Baseline: the bare litellm call, measured in the same run.

    .venv/bin/python benchmarks/providers_overhead.py [--calls 200] [--latency-ms 0]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import litellm

from aibaas.providers.audit import AuditLog
from aibaas.providers.config import ProviderConfig
from aibaas.providers.gateway import Gateway
from aibaas.providers.registry import build_provider
from aibaas.providers.testserver import ServerOptions, TestProviderServer
from aibaas.providers.types import CompletionRequest


async def measure(url: str, gateway: Gateway, calls: int) -> tuple[list[float], list[float]]:
    bare, layered = [], []
    messages = [{"role": "user", "content": "write a function that reverses a string"}]
    request = CompletionRequest.ask("bench/test-small", messages[0]["content"])
    for _ in range(10):  # warm both paths (imports, connection pools)
        await litellm.acompletion(
            model="openai/test-small", api_base=f"{url}/v1", api_key="k", messages=messages, max_retries=0
        )
        await gateway.complete(request)
    for _ in range(calls):
        started = time.perf_counter()
        await litellm.acompletion(
            model="openai/test-small",
            api_base=f"{url}/v1",
            api_key="k",
            messages=messages,
            max_retries=0,
            timeout=30,
        )
        bare.append(time.perf_counter() - started)
        started = time.perf_counter()
        result = await gateway.complete(request)
        layered.append(time.perf_counter() - started)
        assert result.ok, result.error_message
    return bare, layered


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--latency-ms", type=int, default=0)
    args = parser.parse_args()
    os.environ["BENCH_KEY"] = "k"
    with (
        TestProviderServer(ServerOptions(latency_ms=args.latency_ms)) as server,
        tempfile.TemporaryDirectory() as folder,
    ):
        config = ProviderConfig(
            name="bench", kind="openai_compatible", base_url=f"{server.url}/v1", api_key_env="BENCH_KEY"
        )
        gateway = Gateway([build_provider(config)], audit=AuditLog(Path(folder) / "audit.jsonl"))
        bare, layered = asyncio.run(measure(server.url, gateway, args.calls))
    bare_ms, layered_ms = statistics.median(bare) * 1000, statistics.median(layered) * 1000
    print(f"calls: {args.calls} each, server latency {args.latency_ms} ms")
    print(f"baseline bare litellm.acompletion median: {bare_ms:.2f} ms")
    print(f"gateway.complete median: {layered_ms:.2f} ms")
    print(
        f"ratio gateway/bare: {layered_ms / bare_ms:.3f} (overhead {100 * (layered_ms / bare_ms - 1):+.1f} %)"
    )


if __name__ == "__main__":
    main()
