"""Fault injection: every fault the test server can produce ends as a retry or a classified result."""

from __future__ import annotations

import asyncio
import json

import pytest

from aibaas.providers.testserver import Fault, FaultKind, ServerOptions
from aibaas.providers.types import CompletionRequest, ErrorClass

from .conftest import KEY


def run(coro):
    return asyncio.run(coro)


def audit_records(gateway):
    return [json.loads(line) for line in gateway.audit.path.read_text().splitlines()]


@pytest.mark.parametrize("model", ["local/test-small", "claude/test-small", "llama/test-small"])
def test_429_is_retried_after_the_wait_the_server_asked_for(make_gateway, server, model):
    server.state.queue(Fault(kind=FaultKind.RATE_LIMIT, retry_after_s=0.25, count=2))
    gateway = make_gateway()
    result = run(gateway.complete(CompletionRequest.ask(model, "hi")))
    assert result.ok and result.attempts == 3
    waits = [a["wait_s"] for a in audit_records(gateway)[-1]["attempts"]]
    # retry-after-ms says 250 ms; backoff alone would wait at most 50 ms in this policy
    assert len(waits) == 2 and all(w >= 0.25 for w in waits)


def test_server_errors_are_retried_until_success(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.SERVER_ERROR, status=503, count=2))
    result = run(make_gateway().complete(CompletionRequest.ask("local/test-small", "hi")))
    assert result.ok and result.attempts == 3
    assert server.state.counts["completion_requests"] == 3


def test_persistent_server_error_gives_up_with_the_class(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.SERVER_ERROR, status=500, count=10))
    result = run(make_gateway().complete(CompletionRequest.ask("claude/test-small", "hi")))
    assert result.error_class is ErrorClass.SERVER
    assert result.attempts == 4


def test_auth_failure_is_not_retried(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.AUTH))
    result = run(make_gateway().complete(CompletionRequest.ask("local/test-small", "hi")))
    assert result.error_class is ErrorClass.AUTH and result.attempts == 1
    assert server.state.counts["completion_requests"] == 1


def test_slow_answer_past_the_timeout_is_a_timeout_and_retried(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.TIMEOUT, delay_ms=3000))
    result = run(
        make_gateway().complete(CompletionRequest.ask("local/test-small", "hi", timeout_seconds=0.5))
    )
    assert result.ok and result.attempts == 2
    assert audit_records(make_gateway())[-1]["attempts"][0]["error_class"] == "timeout"


def test_every_attempt_timing_out_is_reported_as_timeout(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.TIMEOUT, delay_ms=2000, count=4))
    result = run(
        make_gateway().complete(CompletionRequest.ask("llama/test-small", "hi", timeout_seconds=0.3))
    )
    assert result.error_class is ErrorClass.TIMEOUT


def test_slow_answer_within_the_timeout_succeeds(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.SLOW, delay_ms=200))
    result = run(make_gateway().complete(CompletionRequest.ask("claude/test-small", "hi", timeout_seconds=3)))
    assert result.ok and result.attempts == 1


@pytest.mark.parametrize("model", ["local/test-small", "claude/test-small", "llama/test-small"])
def test_malformed_json_is_recorded_not_raised(make_gateway, server, model):
    server.state.queue(Fault(kind=FaultKind.MALFORMED_JSON))
    result = run(make_gateway().complete(CompletionRequest.ask(model, "hi")))
    assert result.error_class is ErrorClass.MALFORMED_RESPONSE
    assert result.raw_body
    assert result.attempts == 1


@pytest.mark.parametrize("model", ["local/test-small", "claude/test-small", "llama/test-small"])
def test_truncated_stream_keeps_the_partial_text(make_gateway, server, model):
    server.state.queue(Fault(kind=FaultKind.TRUNCATED_STREAM))
    gateway = make_gateway()

    async def final():
        async for event in gateway.stream(CompletionRequest.ask(model, "a long enough prompt " * 8)):
            if event.result is not None:
                return event.result
        raise AssertionError("no result")

    result = run(final())
    assert result.error_class is ErrorClass.MALFORMED_RESPONSE
    assert result.raw_body and result.raw_body.startswith("Reply ")


@pytest.mark.parametrize("model", ["claude/test-small", "llama/test-small"])
def test_nonsense_usage_is_replaced_by_a_tokenizer_count(make_gateway, server, model):
    server.state.queue(Fault(kind=FaultKind.WRONG_USAGE))
    result = run(make_gateway().complete(CompletionRequest.ask(model, "count these words please")))
    assert result.ok
    assert result.usage_source == "counted"
    assert result.input_tokens > 0 and result.output_tokens > 0


def test_unparseable_usage_in_openai_shape_is_a_malformed_response(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.WRONG_USAGE))
    result = run(make_gateway().complete(CompletionRequest.ask("local/test-small", "hi")))
    assert result.error_class is ErrorClass.MALFORMED_RESPONSE


def test_content_filter_is_its_own_class(make_gateway, server):
    server.state.queue(Fault(kind=FaultKind.CONTENT_FILTER))
    result = run(make_gateway().complete(CompletionRequest.ask("local/test-small", "hi")))
    assert result.error_class is ErrorClass.CONTENT_FILTER and result.attempts == 1


def test_server_rate_limit_never_reaches_the_caller(make_gateway, server):
    server.state.configure(ServerOptions(api_key=KEY, requests_per_minute=300))
    # no client-side limit configured: a burst of 12 against 5/s needs several honoured waits
    gateway = make_gateway(max_attempts=12)

    async def burst():
        return await asyncio.gather(
            *(gateway.complete(CompletionRequest.ask("local/test-small", f"q{i}")) for i in range(12))
        )

    results = run(burst())
    assert all(r.ok for r in results)
    assert server.state.counts["rate_limited"] > 0


def test_client_pacing_keeps_the_server_from_answering_429(make_gateway, server):
    server.state.configure(ServerOptions(api_key=KEY, requests_per_minute=600))
    gateway = make_gateway(requests_per_minute=480, max_concurrency=4)

    async def burst():
        return await asyncio.gather(
            *(gateway.complete(CompletionRequest.ask("claude/test-small", f"q{i}")) for i in range(10))
        )

    assert all(r.ok for r in run(burst()))
    assert server.state.counts["rate_limited"] == 0


def test_audit_log_keeps_requests_and_answers_without_the_key(make_gateway, server):
    gateway = make_gateway()
    run(gateway.complete(CompletionRequest.ask("local/test-small", "my key is sk-abcdefghijklmnopqrstuv ok")))
    text = gateway.audit.path.read_text()
    assert KEY not in text and "sk-abcdefghijklmnopqrstuv" not in text
    record = audit_records(gateway)[-1]
    assert record["provider"] == "local" and record["result"]["text"].startswith("Reply")
    assert "[redacted]" in record["request"]["messages"][0]["content"]
