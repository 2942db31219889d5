"""The one door every AI call goes through: resolve, limit, call, retry, count, price, audit."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from typing import Any

from aibaas.config import Settings
from aibaas.providers import cost
from aibaas.providers.audit import AuditLog
from aibaas.providers.base import Provider, RawCompletion
from aibaas.providers.errors import (
    CallFailedError,
    MissingKeyError,
    ProviderError,
    UnknownModelError,
    UnknownProviderError,
    classify,
    raw_body,
    retry_after_seconds,
)
from aibaas.providers.registry import build_provider
from aibaas.providers.resilience import ProviderLimiter, RetryPolicy
from aibaas.providers.types import CompletionRequest, CompletionResult, ErrorClass, StreamEvent

AUDIT_FILE = "provider_calls.jsonl"


def audit_path(settings: Settings) -> Any:
    return settings.data_dir / "audit" / AUDIT_FILE


@dataclass
class _Attempts:
    """What happened on each try of one call, for the audit record and the result."""

    records: list[dict[str, Any]] = field(default_factory=list)

    def failed(self, error: ErrorClass, message: str, wait_s: float | None) -> None:
        self.records.append({"error_class": str(error), "message": message[:500], "wait_s": wait_s})


class Gateway:
    """Configured providers behind one `complete`/`stream` API. Use one gateway per event loop."""

    def __init__(
        self,
        providers: Iterable[Provider],
        audit: AuditLog | None = None,
        retry: RetryPolicy | None = None,
        seed: int | None = None,
    ) -> None:
        self.providers = {p.name: p for p in providers}
        self.audit = audit
        self.retry = retry
        self._rng = random.Random(seed)  # noqa: S311 - jitter, not secrecy
        self._limiters = {name: ProviderLimiter.for_config(p.config) for name, p in self.providers.items()}

    @classmethod
    def from_settings(cls, settings: Settings) -> Gateway:
        """Every configured provider (validated) with the audit log under the data folder."""
        return cls([build_provider(c) for c in settings.providers()], audit=AuditLog(audit_path(settings)))

    def provider(self, name: str) -> Provider:
        if name not in self.providers:
            raise UnknownProviderError(name, self.providers)
        return self.providers[name]

    def resolve(self, request: CompletionRequest) -> Provider:
        """The provider for a request; raises when the provider, its key or the model is unknown."""
        provider = self.provider(request.provider_name)
        missing = provider.config.missing_key()
        if missing:
            raise MissingKeyError(provider.name, missing)
        known = provider.known_models()
        if not request.model_name or (known is not None and request.model_name not in known):
            raise UnknownModelError(request.model, [f"{provider.name}/{m}" for m in known or []])
        return provider

    def _policy(self, provider: Provider) -> RetryPolicy:
        return self.retry or RetryPolicy(max_attempts=provider.config.max_attempts)

    async def complete(self, request: CompletionRequest) -> CompletionResult:
        """Call the model, retrying what is worth retrying. Provider failures come back as a
        result with `error_class` set, never as an exception; user errors (unknown names,
        missing keys) raise ProviderError."""
        provider = self.resolve(request)
        limiter, policy, attempts = self._limiters[provider.name], self._policy(provider), _Attempts()
        estimate = _estimate_tokens(request)
        started = time.perf_counter()
        for attempt in range(1, policy.max_attempts + 1):
            async with limiter.slot(estimate):
                try:
                    raw = await asyncio.wait_for(
                        provider.complete(request), _guard_timeout(provider, request)
                    )
                except ProviderError:
                    raise
                except Exception as exc:  # every provider failure becomes a classified result
                    error, failure = classify(exc), exc
                else:
                    result = self._finish(provider, request, raw, started, attempt)
                    limiter.settle(estimate, result.input_tokens + result.output_tokens)
                    return self._audited(provider, request, result, attempts)
            wait = retry_after_seconds(failure) if error is ErrorClass.RATE_LIMIT else None
            if not error.retryable or attempt == policy.max_attempts:
                attempts.failed(error, str(failure), None)
                result = _failed(request, error, failure, started, attempt)
                return self._audited(provider, request, result, attempts)
            delay = policy.delay(attempt, wait, self._rng)
            attempts.failed(error, str(failure), delay)
            if wait is not None:
                limiter.pause(wait)
            await asyncio.sleep(delay)
        raise AssertionError("unreachable: the loop returns on its last attempt")

    async def complete_or_raise(self, request: CompletionRequest) -> CompletionResult:
        """Like `complete`, but a failed call raises CallFailedError (for the CLI)."""
        result = await self.complete(request)
        if not result.ok:
            raise CallFailedError(f"{request.model}: {result.error_class}: {result.error_message}")
        return result

    async def stream(self, request: CompletionRequest) -> AsyncIterator[StreamEvent]:
        """Text increments as they arrive, then an event carrying the result. Failures before the
        first increment are retried like `complete`; a stream cut afterwards is recorded as a
        malformed (truncated) response with the partial text kept."""
        provider = self.resolve(request)
        limiter, policy, attempts = self._limiters[provider.name], self._policy(provider), _Attempts()
        started = time.perf_counter()
        for attempt in range(1, policy.max_attempts + 1):
            received: list[str] = []
            async with limiter.slot(_estimate_tokens(request)):
                try:
                    async for item in provider.stream(request):
                        if isinstance(item, RawCompletion):
                            result = self._finish(provider, request, item, started, attempt)
                            yield StreamEvent(result=self._audited(provider, request, result, attempts))
                            return
                        received.append(item)
                        yield StreamEvent(delta=item, text_so_far=sum(len(p) for p in received))
                except ProviderError:
                    raise
                except Exception as exc:  # every provider failure becomes a classified result
                    error, failure = classify(exc), exc
            if received:
                attempts.failed(ErrorClass.MALFORMED_RESPONSE, f"stream cut: {failure}", None)
                result = _failed(request, ErrorClass.MALFORMED_RESPONSE, failure, started, attempt)
                result.raw_body = "".join(received)
                yield StreamEvent(result=self._audited(provider, request, result, attempts))
                return
            wait = retry_after_seconds(failure) if error is ErrorClass.RATE_LIMIT else None
            if not error.retryable or attempt == policy.max_attempts:
                attempts.failed(error, str(failure), None)
                result = _failed(request, error, failure, started, attempt)
                yield StreamEvent(result=self._audited(provider, request, result, attempts))
                return
            delay = policy.delay(attempt, wait, self._rng)
            attempts.failed(error, str(failure), delay)
            if wait is not None:
                limiter.pause(wait)
            await asyncio.sleep(delay)

    def _finish(
        self, provider: Provider, request: CompletionRequest, raw: RawCompletion, started: float, attempt: int
    ) -> CompletionResult:
        """Add usage fallbacks, cost and latency to a provider's answer."""
        tokenizer_model = provider.litellm_model(request.model_name)
        # A prompt always has tokens and a non-empty answer too: zero is a provider's bookkeeping bug.
        input_tokens = raw.input_tokens or None
        output_tokens = raw.output_tokens if raw.output_tokens or not raw.text else None
        counted = input_tokens is None or output_tokens is None
        if input_tokens is None:
            input_tokens = cost.count_prompt_tokens(tokenizer_model, request.chat_messages())
        if output_tokens is None:
            output_tokens = cost.count_text_tokens(tokenizer_model, raw.text)
        price = cost.price_of(provider, request.model_name)
        wall_ms = (time.perf_counter() - started) * 1000
        result = CompletionResult(
            model=request.model,
            text=raw.text,
            finish_reason=raw.finish_reason,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            usage_source="counted" if counted else "provider",
            cost_usd=price.cost(input_tokens, output_tokens) if price else 0.0,
            latency_ms=raw.simulated_latency_ms if raw.simulated_latency_ms is not None else wall_ms,
            ttft_ms=raw.ttft_ms,
            request_id=raw.request_id,
            attempts=attempt,
        )
        if raw.finish_reason == "content_filter":
            result.error_class, result.error_message = (
                ErrorClass.CONTENT_FILTER,
                "answer withheld by the filter",
            )
        return result

    def _audited(
        self, provider: Provider, request: CompletionRequest, result: CompletionResult, attempts: _Attempts
    ) -> CompletionResult:
        if self.audit is not None:
            self.audit.call(provider.name, request, result, attempts.records)
        return result


def _guard_timeout(provider: Provider, request: CompletionRequest) -> float:
    """A hard stop a little after the provider's own timeout, for kinds without one of their own."""
    return (request.timeout_seconds or provider.config.timeout_seconds) + 1.0


def _estimate_tokens(request: CompletionRequest) -> int:
    """A cheap upper-ish guess for the token budget, settled with the real count afterwards."""
    chars = sum(len(m.content) for m in request.messages) + len(request.system or "")
    return chars // 4 + (request.max_tokens or 512)


def _failed(
    request: CompletionRequest, error: ErrorClass, failure: BaseException, started: float, attempt: int
) -> CompletionResult:
    return CompletionResult(
        model=request.model,
        latency_ms=(time.perf_counter() - started) * 1000,
        attempts=attempt,
        error_class=error,
        error_message=str(failure)[:2000],
        raw_body=raw_body(failure),
    )
