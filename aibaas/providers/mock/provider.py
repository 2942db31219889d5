"""The `mock` provider kind: deterministic answers with realistic tokens and latency."""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncIterator

from pydantic import BaseModel, ConfigDict, Field

from aibaas.providers.base import DiscoveredModel, Provider, RawCompletion
from aibaas.providers.mock import artefacts
from aibaas.providers.mock.profiles import PROFILES, sample_rng
from aibaas.providers.registry import register
from aibaas.providers.types import Capabilities, CompletionRequest

_CHARS_PER_TOKEN = 4


class MockOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    latency_scale: float = Field(
        default=0.0,
        ge=0,
        le=1,
        description="fraction of the simulated latency actually slept (1 = real time)",
    )


def _tokens(text: str) -> int:
    return max(1, math.ceil(len(text) / _CHARS_PER_TOKEN))


@register("mock")
class MockProvider(Provider):
    """`mock/oracle`, `mock/strong`, `mock/average`, `mock/weak` and `mock/broken`."""

    options_model = MockOptions

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=True, tool_calling=False, json_mode=True, context_length=200_000)

    def known_models(self) -> list[str]:
        return list(PROFILES)

    async def list_models(self) -> list[DiscoveredModel]:
        return [
            DiscoveredModel(
                name=n,
                context_length=200_000,
                input_per_mtok=p.input_per_mtok,
                output_per_mtok=p.output_per_mtok,
                metadata={"profile": n, "offline": True},
            )
            for n, p in PROFILES.items()
        ]

    def list_price(self, model_name: str) -> tuple[float, float] | None:
        """Notional prices per million tokens, so cost columns of an offline leaderboard differ."""
        profile = PROFILES.get(model_name)
        return (profile.input_per_mtok, profile.output_per_mtok) if profile else None

    def answer(self, request: CompletionRequest) -> RawCompletion:
        """The deterministic answer and its simulated latency, without waiting."""
        profile = PROFILES[request.model_name]
        material = request.material
        rng = sample_rng(
            request.model, material.task_id if material else "-", request.sample_index, request.seed
        )
        if material is not None:
            text = artefacts.SCENARIOS[material.scenario](rng, profile, material)
        else:
            text = artefacts.generic(rng, profile, request.messages[-1].content)
        finish = "stop"
        if request.max_tokens is not None and _tokens(text) > request.max_tokens:
            text, finish = text[: request.max_tokens * _CHARS_PER_TOKEN], "length"
        prompt_chars = sum(len(m.content) for m in request.messages) + len(request.system or "")
        output_tokens = _tokens(text)
        # Log-normal spread around the profile's speed, like real per-request latency.
        latency = (profile.base_latency_ms + profile.ms_per_token * output_tokens) * rng.lognormvariate(
            0, 0.25
        )
        return RawCompletion(
            text=text,
            finish_reason=finish,
            input_tokens=max(1, math.ceil(prompt_chars / _CHARS_PER_TOKEN)),
            output_tokens=output_tokens,
            request_id=f"mock-{rng.getrandbits(48):012x}",
            ttft_ms=profile.base_latency_ms,
            simulated_latency_ms=round(latency, 1),
        )

    async def complete(self, request: CompletionRequest) -> RawCompletion:
        raw = self.answer(request)
        await asyncio.sleep(self._sleep_s(raw))
        return raw

    async def stream(self, request: CompletionRequest) -> AsyncIterator[str | RawCompletion]:
        raw = self.answer(request)
        pieces = [raw.text[i : i + 32] for i in range(0, len(raw.text), 32)]
        for piece in pieces:
            await asyncio.sleep(self._sleep_s(raw) / max(1, len(pieces)))
            yield piece
        yield raw

    def _sleep_s(self, raw: RawCompletion) -> float:
        scale = MockOptions.model_validate(self.config.options).latency_scale
        return (raw.simulated_latency_ms or 0.0) * scale / 1000
