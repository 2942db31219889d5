"""Providers reached through litellm: the hosted APIs, Ollama and any OpenAI-compatible server."""

from __future__ import annotations

import os
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import litellm
from pydantic import BaseModel, ConfigDict, Field

from aibaas.errors import ConfigError
from aibaas.providers import discovery
from aibaas.providers.base import DiscoveredModel, Provider, RawCompletion
from aibaas.providers.config import ProviderConfig
from aibaas.providers.errors import MalformedResponseError, MissingKeyError
from aibaas.providers.registry import register
from aibaas.providers.types import Capabilities, CompletionRequest

litellm.suppress_debug_info = True


@dataclass(frozen=True)
class KindSpec:
    """How litellm names a kind's models, where its API lives and how its model list looks."""

    prefix: str
    base_url: str | None
    key_env: str | None
    listing: discovery.Listing
    json_mode: bool = True
    tool_calling: bool = True


KINDS: dict[str, KindSpec] = {
    "anthropic": KindSpec("anthropic", "https://api.anthropic.com", "ANTHROPIC_API_KEY", "anthropic"),
    "openai": KindSpec("openai", "https://api.openai.com/v1", "OPENAI_API_KEY", "openai"),
    "gemini": KindSpec("gemini", "https://generativelanguage.googleapis.com", "GEMINI_API_KEY", "gemini"),
    "openrouter": KindSpec("openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", "openrouter"),
    "copilot": KindSpec("github_copilot", "https://api.githubcopilot.com", "GITHUB_TOKEN", "openai"),
    "zai": KindSpec("zai", "https://api.z.ai/api/paas/v4", "ZAI_API_KEY", "openai"),
    "opencode": KindSpec("openai", "https://opencode.ai/zen/v1", "OPENCODE_API_KEY", "openai"),
    "ollama": KindSpec("ollama_chat", "http://127.0.0.1:11434", None, "ollama", tool_calling=False),
    "openai_compatible": KindSpec("openai", None, None, "openai", json_mode=False, tool_calling=False),
}


class LiteLLMOptions(BaseModel):
    """Options every litellm-backed kind accepts."""

    model_config = ConfigDict(extra="forbid")

    context_length: int | None = Field(default=None, gt=0, description="when the model list lacks it")
    extra_headers: dict[str, str] = Field(default_factory=dict)
    streaming: bool = True


def _usage_value(value: Any) -> int | None:
    """A token count the provider reported, or None when it is missing or nonsense."""
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def _request_id(response: Any) -> str | None:
    hidden = getattr(response, "_hidden_params", None) or {}
    headers = hidden.get("additional_headers") or {}
    for name in ("llm_provider-x-request-id", "llm_provider-request-id"):
        if headers.get(name):
            return str(headers[name])
    return getattr(response, "id", None)


class LiteLLMProvider(Provider):
    """One hosted or local API, called with `litellm.acompletion`."""

    options_model = LiteLLMOptions

    def __init__(self, config: ProviderConfig) -> None:
        super().__init__(config)
        if self.base_url is None:
            raise ConfigError(
                f"provider {config.name!r} (kind {config.kind}): base_url is required, "
                "e.g. http://127.0.0.1:8000/v1 for a vLLM server"
            )

    @property
    def spec(self) -> KindSpec:
        return KINDS[self.config.kind]

    @property
    def capabilities(self) -> Capabilities:
        options = LiteLLMOptions.model_validate(self.config.options)
        return Capabilities(
            streaming=options.streaming,
            tool_calling=self.spec.tool_calling,
            json_mode=self.spec.json_mode,
            context_length=options.context_length,
        )

    @property
    def base_url(self) -> str | None:
        return self.config.base_url or self.spec.base_url

    def api_key(self) -> str | None:
        """The key from the named variable; raises MissingKeyError when it is unset."""
        variable = self.config.api_key_env or self.spec.key_env
        if variable is None:
            return None
        value = os.environ.get(variable)
        if not value:
            raise MissingKeyError(self.name, variable)
        return value

    def litellm_model(self, model_name: str) -> str:
        return f"{self.spec.prefix}/{model_name}"

    def _arguments(self, request: CompletionRequest) -> dict[str, Any]:
        options = LiteLLMOptions.model_validate(self.config.options)
        arguments: dict[str, Any] = {
            "model": self.litellm_model(request.model_name),
            "messages": request.chat_messages(),
            "api_base": self.base_url,
            "api_key": self.api_key() or "no-key",
            "timeout": request.timeout_seconds or self.config.timeout_seconds,
            "max_retries": 0,  # the gateway retries; the SDK must not retry underneath it
            "num_retries": 0,
            "drop_params": True,
        }
        optional = {
            "temperature": request.temperature,
            "max_tokens": request.max_tokens,
            "top_p": request.top_p,
            "seed": request.seed,
            "stop": request.stop or None,
            "extra_headers": options.extra_headers or None,
        }
        arguments.update({k: v for k, v in optional.items() if v is not None})
        if request.response_format == "json":
            arguments["response_format"] = {"type": "json_object"}
        return arguments

    async def complete(self, request: CompletionRequest) -> RawCompletion:
        response: Any = await litellm.acompletion(**self._arguments(request))
        choices = getattr(response, "choices", None)
        if not choices:
            raise MalformedResponseError("response has no choices", raw_body=str(response))
        usage = getattr(response, "usage", None)
        return RawCompletion(
            text=choices[0].message.content or "",
            finish_reason=choices[0].finish_reason,
            input_tokens=_usage_value(getattr(usage, "prompt_tokens", None)),
            output_tokens=_usage_value(getattr(usage, "completion_tokens", None)),
            request_id=_request_id(response),
        )

    async def stream(self, request: CompletionRequest) -> AsyncIterator[str | RawCompletion]:
        started = time.perf_counter()
        arguments = {**self._arguments(request), "stream": True, "stream_options": {"include_usage": True}}
        chunks: Any = await litellm.acompletion(**arguments)
        parts: list[str] = []
        done = RawCompletion(text="")
        async for chunk in chunks:
            usage = getattr(chunk, "usage", None)
            if usage is not None:
                done.input_tokens = _usage_value(getattr(usage, "prompt_tokens", None))
                done.output_tokens = _usage_value(getattr(usage, "completion_tokens", None))
            done.request_id = done.request_id or _request_id(chunk)
            for choice in getattr(chunk, "choices", None) or []:
                piece = getattr(choice.delta, "content", None) or ""
                if piece:
                    if done.ttft_ms is None:
                        done.ttft_ms = (time.perf_counter() - started) * 1000
                    parts.append(piece)
                    yield piece
                done.finish_reason = choice.finish_reason or done.finish_reason
        done.text = "".join(parts)
        yield done

    async def list_models(self) -> list[DiscoveredModel]:
        assert self.base_url is not None
        return await discovery.fetch_models(
            self.spec.listing, self.base_url, self.api_key(), timeout=min(30.0, self.config.timeout_seconds)
        )


for _kind in KINDS:
    register(_kind)(LiteLLMProvider)
