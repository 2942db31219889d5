"""Programmable faults and server-side limits of the test provider server.

A fault is queued with a count and applies to that many of the next requests to a completion
endpoint (model lists are never faulted), so a test can say "the next two calls get a 429 with
Retry-After 0.2 s, then the server behaves".
"""

from __future__ import annotations

import math
import threading
import time
from collections import Counter, deque
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class FaultKind(StrEnum):
    RATE_LIMIT = "rate_limit"
    SERVER_ERROR = "server_error"
    SLOW = "slow"
    TIMEOUT = "timeout"
    MALFORMED_JSON = "malformed_json"
    TRUNCATED_STREAM = "truncated_stream"
    WRONG_USAGE = "wrong_usage"
    CONTENT_FILTER = "content_filter"
    AUTH = "auth"


class Fault(BaseModel):
    """One fault, applied to the next `count` completion requests."""

    model_config = ConfigDict(extra="forbid")

    kind: FaultKind
    count: int = Field(default=1, ge=1)
    status: int = Field(default=500, ge=400, le=599, description="HTTP status of a server_error")
    retry_after_s: float = Field(default=1.0, ge=0, description="Retry-After of a rate_limit")
    delay_ms: int = Field(default=2000, ge=0, description="extra delay of slow and timeout")


class ServerOptions(BaseModel):
    """How the server behaves when no fault is queued."""

    model_config = ConfigDict(extra="forbid")

    latency_ms: int = Field(default=0, ge=0, description="time before the first byte of an answer")
    chunk_delay_ms: int = Field(default=0, ge=0, description="pause between streamed chunks")
    requests_per_minute: int | None = Field(default=None, gt=0, description="429 above this rate")
    api_key: str | None = Field(default=None, description="when set, requests must carry this key")
    models: list[str] = Field(default_factory=lambda: ["test-small", "test-large", "test-coder"])


class TokenBucket:
    """The server's own rate limit: a bucket of one second's worth of requests, refilled continuously."""

    def __init__(self, per_minute: int) -> None:
        self.rate = per_minute / 60.0
        self.capacity = max(1.0, self.rate)
        self.tokens = self.capacity
        self.updated = time.monotonic()

    def take(self) -> float:
        """Take one request's token; returns 0 when granted, else the seconds until one is free."""
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.updated) * self.rate)
        self.updated = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return 0.0
        return (1.0 - self.tokens) / self.rate


class ServerState:
    """Options, queued faults and counters; shared by the request handlers and the control API."""

    def __init__(self, options: ServerOptions | None = None) -> None:
        self._lock = threading.Lock()
        self.options = options or ServerOptions()
        self._faults: deque[Fault] = deque()
        self._bucket = self._new_bucket()
        self.counts: Counter[str] = Counter()

    def _new_bucket(self) -> TokenBucket | None:
        rpm = self.options.requests_per_minute
        return TokenBucket(rpm) if rpm else None

    def configure(self, options: ServerOptions) -> None:
        """Replace the options (and the rate limiter with them); queued faults are kept."""
        with self._lock:
            self.options = options
            self._bucket = self._new_bucket()

    def queue(self, *faults: Fault) -> None:
        with self._lock:
            self._faults.extend(f.model_copy() for f in faults)

    def reset(self) -> None:
        """Drop queued faults and counters; options stay."""
        with self._lock:
            self._faults.clear()
            self.counts.clear()
            self._bucket = self._new_bucket()

    def next_fault(self) -> Fault | None:
        """The fault for this request: the server's rate limit first, then the queue."""
        with self._lock:
            self.counts["completion_requests"] += 1
            if self._bucket is not None:
                wait = self._bucket.take()
                if wait > 0:
                    self.counts["rate_limited"] += 1
                    return Fault(kind=FaultKind.RATE_LIMIT, retry_after_s=wait)
            if not self._faults:
                return None
            fault = self._faults[0]
            fault.count -= 1
            if fault.count == 0:
                self._faults.popleft()
            self.counts[f"fault_{fault.kind}"] += 1
            return fault.model_copy(update={"count": 1})

    def snapshot(self) -> dict[str, object]:
        with self._lock:
            return {
                "counts": dict(self.counts),
                "queued": [f.model_dump(mode="json") for f in self._faults],
                "options": self.options.model_dump(mode="json", exclude={"api_key"}),
            }


def retry_after_headers(seconds: float) -> dict[str, str]:
    """Both spellings real providers use: whole seconds (RFC 9110) and OpenAI's milliseconds."""
    return {
        "retry-after": str(max(1, math.ceil(seconds))) if seconds >= 1 else "1",
        "retry-after-ms": str(max(1, math.ceil(seconds * 1000))),
    }
