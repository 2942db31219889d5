"""Token counts and prices: the provider's usage when sane, litellm's tokenizer and price map otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aibaas.providers.base import Provider


def _litellm() -> Any:
    """litellm, imported on first use: it takes seconds to import, which no CLI start should pay."""
    import litellm

    return litellm


@dataclass(frozen=True)
class Price:
    """USD per token, input and output."""

    input: float
    output: float
    source: str

    def cost(self, input_tokens: int, output_tokens: int) -> float:
        return input_tokens * self.input + output_tokens * self.output


def price_of(provider: Provider, model_name: str) -> Price | None:
    """The configured override, else the kind's own price, else litellm's bundled price, else None."""
    override = provider.config.prices.get(model_name)
    if override is not None:
        return Price(override.input_per_mtok / 1e6, override.output_per_mtok / 1e6, "override")
    listed = provider.list_price(model_name)
    if listed is not None:
        return Price(listed[0] / 1e6, listed[1] / 1e6, "provider")
    candidates = [provider.litellm_model(model_name), model_name]
    for name in candidates:
        info: Any = _litellm().model_cost.get(name) if name else None
        if info and info.get("input_cost_per_token") is not None:
            return Price(
                float(info["input_cost_per_token"]),
                float(info.get("output_cost_per_token") or 0.0),
                "litellm",
            )
    return None


def litellm_metadata(provider: Provider, model_name: str) -> dict[str, Any]:
    """What litellm's bundled map knows about a model (context window, prices, mode)."""
    for name in (provider.litellm_model(model_name), model_name):
        info = _litellm().model_cost.get(name) if name else None
        if info:
            return dict(info)
    return {}


def count_prompt_tokens(model: str | None, messages: list[dict[str, str]]) -> int:
    """Input tokens as litellm's tokenizer counts them (tiktoken unless the model has its own)."""
    return int(_litellm().token_counter(model=model or "", messages=messages))


def count_text_tokens(model: str | None, text: str) -> int:
    return int(_litellm().token_counter(model=model or "", text=text)) if text else 0
