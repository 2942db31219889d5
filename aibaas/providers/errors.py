"""Errors of the provider layer: the ones a user made, and the classification of call failures."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Mapping
from typing import Any

import httpx
import pydantic

from aibaas.errors import AibaasError
from aibaas.providers.types import ErrorClass

_MALFORMED_MARKERS = (
    "unterminated string",
    "expecting value",
    "expecting property name",
    "expecting ',' delimiter",
    "extra data",
    "invalid response object",
    "jsondecodeerror",
    "unable to parse",
    "invalid json",
    "incomplete chunked read",
    "peer closed connection without sending complete message body",
)
_CONTENT_FILTER_MARKERS = ("content_policy", "content filter", "content_filter", "safety")


class ProviderError(AibaasError):
    """A provider-layer problem a person must fix (unknown names, missing keys, bad config)."""


class UnknownProviderError(ProviderError):
    def __init__(self, name: str, known: Iterable[str]) -> None:
        super().__init__(
            f"unknown provider {name!r}; configured providers: {', '.join(sorted(known))}. "
            "Add it to the providers file (AIBAAS_PROVIDERS_FILE)"
        )


class UnknownModelError(ProviderError):
    def __init__(self, model: str, known: Iterable[str]) -> None:
        listed = sorted(known)
        shown = ", ".join(listed[:30]) + (f" and {len(listed) - 30} more" if len(listed) > 30 else "")
        super().__init__(f"unknown model {model!r}; known models: {shown}. See `aibaas models list`")


class MissingKeyError(ProviderError):
    def __init__(self, provider: str, variable: str) -> None:
        super().__init__(
            f"provider {provider!r} needs its API key in the environment variable {variable}, "
            f"which is not set: export {variable}=..."
        )


class CallFailedError(ProviderError):
    """Raised by `complete_or_raise` when a call ends in an error after its retries."""


class MalformedResponseError(Exception):
    """A provider answered with something that is not a valid response; keeps the raw body."""

    def __init__(self, message: str, raw_body: str | None = None) -> None:
        super().__init__(message)
        self.raw_body = raw_body


def _mentions(exc: BaseException, markers: tuple[str, ...]) -> bool:
    text = f"{exc} {exc.__cause__ or ''}".lower()
    return any(marker in text for marker in markers)


def classify(exc: BaseException) -> ErrorClass:
    """The error class of an exception raised while calling a provider."""
    # Imported here: litellm takes seconds to import, and only a failed call needs its exception types.
    from litellm import exceptions as litellm

    if isinstance(exc, MalformedResponseError | json.JSONDecodeError | pydantic.ValidationError):
        return ErrorClass.MALFORMED_RESPONSE
    if isinstance(exc, litellm.RateLimitError):
        return ErrorClass.RATE_LIMIT
    if isinstance(exc, litellm.AuthenticationError | litellm.PermissionDeniedError):
        return ErrorClass.AUTH
    if isinstance(exc, litellm.Timeout | asyncio.TimeoutError | httpx.TimeoutException):
        return ErrorClass.TIMEOUT
    if isinstance(exc, litellm.ContentPolicyViolationError):
        return ErrorClass.CONTENT_FILTER
    if isinstance(exc, litellm.BadRequestError | litellm.NotFoundError | litellm.UnprocessableEntityError):
        return (
            ErrorClass.CONTENT_FILTER if _mentions(exc, _CONTENT_FILTER_MARKERS) else ErrorClass.BAD_REQUEST
        )
    if _mentions(exc, _MALFORMED_MARKERS):
        return ErrorClass.MALFORMED_RESPONSE
    if isinstance(exc, litellm.APIConnectionError | httpx.TransportError | ConnectionError):
        return ErrorClass.CONNECTION
    status = getattr(exc, "status_code", None)
    if isinstance(status, int) and 400 <= status < 500:
        return ErrorClass.BAD_REQUEST
    return ErrorClass.SERVER


def response_headers(exc: BaseException) -> Mapping[str, str]:
    """The provider's response headers an exception carries, wherever litellm put them."""
    for candidate in (getattr(exc, "litellm_response_headers", None), getattr(exc, "headers", None)):
        if candidate:
            return {str(k).lower(): str(v) for k, v in dict(candidate).items()}
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    return {str(k).lower(): str(v) for k, v in dict(headers).items()} if headers else {}


def retry_after_seconds(exc: BaseException) -> float | None:
    """The wait a provider asked for (retry-after-ms, then retry-after in seconds), if any."""
    headers = response_headers(exc)
    for name, scale in (("retry-after-ms", 0.001), ("retry-after", 1.0)):
        value = headers.get(name)
        if value is None:
            continue
        try:
            return max(0.0, float(value) * scale)
        except ValueError:
            continue
    return None


def raw_body(exc: BaseException) -> str | None:
    """What the provider actually sent, kept for diagnosing malformed answers."""
    if isinstance(exc, MalformedResponseError) and exc.raw_body is not None:
        return exc.raw_body
    response: Any = getattr(exc, "response", None)
    try:
        text = response.text if response is not None else ""
    except (httpx.ResponseNotRead, AttributeError, RuntimeError):
        text = ""
    return text or str(exc)
