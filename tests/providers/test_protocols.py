"""litellm's real HTTP path against the test server, in each wire protocol."""

from __future__ import annotations

import asyncio
import json

import pytest

from aibaas.providers.types import CompletionRequest

MODELS = ["local/test-small", "claude/test-large", "llama/test-coder"]


def run(coro):
    return asyncio.run(coro)


@pytest.mark.parametrize("model", MODELS)
def test_completion_carries_text_usage_cost_and_request_id(make_gateway, model):
    gateway = make_gateway()
    result = run(
        gateway.complete(CompletionRequest.ask(model, "write fizzbuzz in python", system="be brief"))
    )
    assert result.ok, result.error_message
    assert "You asked:" in result.text and "fizzbuzz" in result.text
    assert result.usage_source == "provider"
    assert result.input_tokens > 0 and result.output_tokens > 5
    assert result.request_id
    assert result.finish_reason == "stop"
    assert result.attempts == 1


@pytest.mark.parametrize("model", MODELS)
def test_streaming_gives_increments_then_the_same_text(make_gateway, model):
    gateway = make_gateway()

    async def collect():
        deltas, final = [], None
        async for event in gateway.stream(CompletionRequest.ask(model, "stream me a long answer please")):
            deltas.append(event.delta) if event.result is None else None
            final = event.result or final
        return deltas, final

    deltas, final = run(collect())
    assert len(deltas) > 2
    assert final is not None and final.ok
    assert "".join(deltas) == final.text
    assert final.ttft_ms is not None and final.ttft_ms <= final.latency_ms
    assert final.output_tokens > 0


def test_max_tokens_cuts_the_answer_with_finish_reason_length(make_gateway):
    result = run(make_gateway().complete(CompletionRequest.ask("local/test-small", "hello", max_tokens=3)))
    assert result.finish_reason == "length"
    assert len(result.text) <= 12


def test_json_mode_reaches_the_server(make_gateway):
    result = run(
        make_gateway().complete(
            CompletionRequest.ask("local/test-small", "give json", response_format="json")
        )
    )
    assert json.loads(result.text)["echo"] == "give json"


def test_price_override_sets_the_cost(make_gateway, server, monkeypatch):
    from aibaas.providers.config import PriceOverride, ProviderConfig
    from aibaas.providers.gateway import Gateway
    from aibaas.providers.registry import build_provider

    config = ProviderConfig(
        name="priced",
        kind="openai_compatible",
        base_url=f"{server.url}/v1",
        api_key_env="AIBAAS_TEST_PROVIDER_KEY",
        prices={"test-small": PriceOverride(input_per_mtok=1_000_000, output_per_mtok=2_000_000)},
    )
    result = run(Gateway([build_provider(config)]).complete(CompletionRequest.ask("priced/test-small", "hi")))
    assert result.cost_usd == pytest.approx(result.input_tokens * 1.0 + result.output_tokens * 2.0)


def test_known_model_is_priced_from_litellms_bundled_map(make_gateway, server):
    from aibaas.providers.config import ProviderConfig
    from aibaas.providers.gateway import Gateway
    from aibaas.providers.registry import build_provider

    config = ProviderConfig(
        name="oa", kind="openai", base_url=f"{server.url}/v1", api_key_env="AIBAAS_TEST_PROVIDER_KEY"
    )
    result = run(Gateway([build_provider(config)]).complete(CompletionRequest.ask("oa/gpt-4o", "hi")))
    assert result.ok
    assert result.cost_usd == pytest.approx(result.input_tokens * 2.5e-6 + result.output_tokens * 1e-5)
