"""The contract a provider kind implements; the gateway adds everything else around it."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from aibaas.providers.config import ProviderConfig
from aibaas.providers.types import Capabilities, CompletionRequest


class NoOptions(BaseModel):
    """The options schema of a kind that takes none: any key is a mistake."""

    model_config = ConfigDict(extra="forbid")


@dataclass
class RawCompletion:
    """A provider's answer before the gateway adds cost, latency and fallbacks.

    Token counts are None when the provider did not report them (or reported nonsense).
    """

    text: str
    finish_reason: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None
    request_id: str | None = None
    ttft_ms: float | None = None
    simulated_latency_ms: float | None = None


@dataclass(frozen=True)
class DiscoveredModel:
    """A model as a provider's own list describes it, before litellm metadata is merged in."""

    name: str
    context_length: int | None = None
    input_per_mtok: float | None = None
    output_per_mtok: float | None = None
    metadata: dict[str, Any] = field(default_factory=dict)


class Provider(ABC):
    """One configured provider. Subclasses set `kind`'s options schema and implement the calls."""

    options_model: ClassVar[type[BaseModel]] = NoOptions

    def __init__(self, config: ProviderConfig) -> None:
        self.config = config
        self.options = self.options_model.model_validate(config.options)

    @property
    def name(self) -> str:
        return self.config.name

    @property
    @abstractmethod
    def capabilities(self) -> Capabilities:
        """What this provider supports."""

    @abstractmethod
    async def complete(self, request: CompletionRequest) -> RawCompletion:
        """One call; raises on failure (the gateway classifies and retries)."""

    async def stream(self, request: CompletionRequest) -> AsyncIterator[str | RawCompletion]:
        """Text increments, then the complete answer; kinds without streaming send it whole."""
        done = await self.complete(request)
        yield done.text
        yield done

    async def list_models(self) -> list[DiscoveredModel]:
        """The models the provider offers; by default the ones configured by hand."""
        return [DiscoveredModel(name=m) for m in self.config.models]

    def litellm_model(self, model_name: str) -> str | None:
        """The name litellm's price map and tokenizer know this model by, if any."""
        return None

    def list_price(self, model_name: str) -> tuple[float, float] | None:
        """The kind's own price in USD per million tokens (input, output), when it has one."""
        return None

    def known_models(self) -> list[str] | None:
        """Models a request may name without discovery, or None when any name is accepted."""
        return list(self.config.models) or None
