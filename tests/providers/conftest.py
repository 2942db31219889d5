"""A real test provider server on loopback and gateways configured against it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from aibaas.providers.audit import AuditLog
from aibaas.providers.config import ProviderConfig
from aibaas.providers.gateway import Gateway
from aibaas.providers.registry import build_provider
from aibaas.providers.resilience import RetryPolicy
from aibaas.providers.testserver import ServerOptions, TestProviderServer

KEY_ENV = "AIBAAS_TEST_PROVIDER_KEY"
KEY = "sk-test-0123456789abcdef"


@pytest.fixture
def server() -> Iterator[TestProviderServer]:
    with TestProviderServer(ServerOptions(api_key=KEY)) as running:
        yield running


def provider_configs(url: str, **limits: Any) -> list[ProviderConfig]:
    """One provider per wire protocol the test server speaks, plus the offline mock."""
    common = {"api_key_env": KEY_ENV, "timeout_seconds": 5.0, **limits}
    return [
        ProviderConfig(name="mock", kind="mock"),
        ProviderConfig(name="local", kind="openai_compatible", base_url=f"{url}/v1", **common),
        ProviderConfig(name="claude", kind="anthropic", base_url=url, **common),
        ProviderConfig(name="llama", kind="ollama", base_url=url, **common),
        ProviderConfig(name="router", kind="openrouter", base_url=f"{url}/api/v1", **common),
        ProviderConfig(name="google", kind="gemini", base_url=url, **common),
    ]


@pytest.fixture
def make_gateway(
    server: TestProviderServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[..., Gateway]:
    """Build a gateway against the server; fast backoff so retry tests stay quick."""
    monkeypatch.setenv(KEY_ENV, KEY)

    def build(max_attempts: int = 4, **limits: Any) -> Gateway:
        providers = [build_provider(c) for c in provider_configs(server.url, **limits)]
        return Gateway(
            providers,
            audit=AuditLog(tmp_path / "audit.jsonl"),
            retry=RetryPolicy(max_attempts=max_attempts, base_delay_s=0.01, max_delay_s=0.05),
            seed=1,
        )

    return build
