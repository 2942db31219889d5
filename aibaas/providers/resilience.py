"""Retries with backoff and jitter, and per-provider request, token and concurrency limits."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aibaas.providers.config import ProviderConfig

MAX_HONOURED_WAIT_S = 300.0


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential backoff with full jitter; a provider's Retry-After wins when it gives one."""

    max_attempts: int = 6
    base_delay_s: float = 0.5
    max_delay_s: float = 30.0

    def delay(self, attempt: int, retry_after_s: float | None, rng: random.Random) -> float:
        """Seconds to wait after failed attempt number `attempt` (1-based)."""
        if retry_after_s is not None:
            # A little jitter on top, so callers told the same instant do not return together.
            wait = min(retry_after_s, MAX_HONOURED_WAIT_S)
            return wait + rng.uniform(0.0, 0.1 * wait + 0.01)
        return rng.uniform(0.0, min(self.max_delay_s, self.base_delay_s * 2 ** (attempt - 1)))


class ProviderLimiter:
    """Paces calls to one provider under its requests/min, tokens/min and concurrency caps.

    Requests are spaced evenly (one every 60/rpm seconds) rather than sent in bursts, which is
    what keeps a provider's own limiter from ever answering 429. Tokens are taken from a bucket
    holding one minute's allowance. A 429 pauses the whole provider until its Retry-After.
    One limiter serves one event loop.
    """

    def __init__(
        self,
        requests_per_minute: int | None,
        tokens_per_minute: int | None,
        max_concurrency: int | None,
    ) -> None:
        self._interval = 60.0 / requests_per_minute if requests_per_minute else 0.0
        self._next_slot = 0.0
        self._tpm = tokens_per_minute
        self._tokens = float(tokens_per_minute or 0)
        self._tokens_at = time.monotonic()
        self._paused_until = 0.0
        self._semaphore = asyncio.Semaphore(max_concurrency) if max_concurrency else None
        self._lock = asyncio.Lock()

    @classmethod
    def for_config(cls, config: ProviderConfig) -> ProviderLimiter:
        return cls(config.requests_per_minute, config.tokens_per_minute, config.max_concurrency)

    def pause(self, seconds: float) -> None:
        """Hold every new call to this provider for `seconds` (the provider said Retry-After)."""
        self._paused_until = max(self._paused_until, time.monotonic() + min(seconds, MAX_HONOURED_WAIT_S))

    def _refill(self, now: float) -> None:
        assert self._tpm is not None
        self._tokens = min(float(self._tpm), self._tokens + (now - self._tokens_at) * self._tpm / 60.0)
        self._tokens_at = now

    async def _wait_turn(self, tokens: int) -> None:
        async with self._lock:
            now = time.monotonic()
            start = max(now, self._paused_until, self._next_slot)
            self._next_slot = start + self._interval
            if self._tpm:
                self._refill(now)
                wanted = min(float(tokens), float(self._tpm))
                if self._tokens < wanted:
                    start = max(start, now + (wanted - self._tokens) * 60.0 / self._tpm)
                self._tokens -= wanted
            delay = start - now
        if delay > 0:
            await asyncio.sleep(delay)

    def settle(self, estimated: int, actual: int) -> None:
        """Charge the difference between the tokens reserved and those the call really used."""
        if self._tpm:
            self._tokens -= actual - min(estimated, self._tpm)

    @asynccontextmanager
    async def slot(self, tokens: int = 0) -> AsyncIterator[None]:
        """Wait for pacing, the token budget and a concurrency slot; hold the slot for the call."""
        if self._semaphore is None:
            await self._wait_turn(tokens)
            yield
            return
        async with self._semaphore:
            await self._wait_turn(tokens)
            yield
