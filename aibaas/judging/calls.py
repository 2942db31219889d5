"""Calling the judges: self-review and panel requests through the provider gateway, cached.

Every judge call is a cell of the benchmark engine's content-addressed cache (`aibaas.bench.cache`),
keyed by what determines its answer: the judge and its version, the prompt (which contains the
answer under review), the repeat number and the prompt version. A re-run or a resumed run pays
only for calls it has not made before. Only answered calls are cached; a failed call is retried
on the next run, and until then it is an empty (unscored) response, never a default score.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import polars as pl

from aibaas.bench.cache import CellCache, cell_key
from aibaas.bench.snapshot import model_version
from aibaas.judging.items import item_key
from aibaas.judging.panel import PanelMember
from aibaas.judging.prompts import PROMPT_VERSION, SYSTEM, panel_prompt, self_review_prompt
from aibaas.providers import CompletionRequest, CompletionResult, Message, Scenario, TaskMaterial
from aibaas.providers.gateway import Gateway

Source = Literal["self_review", "panel"]
CACHE_KIND = "generation"  # a judge's answer is a model completion like any other
CONCURRENCY = 16
JUDGE_SEED = 0
# Repeated self-reviews sample at a temperature, so their consistency means something; the panel
# answers at temperature 0.
SELF_REVIEW_TEMPERATURE = 0.7
MAX_TOKENS = 1024


@dataclass(frozen=True)
class JudgedSample:
    """One generated answer to be judged, with what a judge needs to see about it."""

    model: str
    task_id: str
    sample: int
    language: str
    task_prompt: str
    answer: str
    passed: bool
    score: float


@dataclass(frozen=True)
class JudgeCall:
    source: Source
    judge: str
    judge_family: str
    item: JudgedSample
    repeat: int

    def prompt(self) -> str:
        if self.source == "self_review":
            return self_review_prompt(self.item.task_prompt, self.item.answer)
        return panel_prompt(self.item.task_prompt, self.item.answer, self.item.passed, self.item.score)

    def key(self) -> str:
        return cell_key(
            f"judge_{self.source}",
            judge=self.judge,
            judge_version=model_version(self.judge),
            prompt=hashlib.sha256(self.prompt().encode("utf-8")).hexdigest(),
            repeat=self.repeat,
            prompt_version=PROMPT_VERSION,
        )

    def request(self) -> CompletionRequest:
        # The offline judges build their verdict from the material: the answer and whether it passed.
        # Its task_id is the item key, so each judged item gets its own deterministic draw.
        material = TaskMaterial(
            task_id=item_key(self.item.model, self.item.task_id, self.item.sample),
            language=self.item.language,
            scenario=Scenario.JUDGE,
            candidates=[self.item.answer],
            correct_candidate=0 if self.item.passed else None,
        )
        return CompletionRequest(
            model=self.judge,
            messages=[Message(role="user", content=self.prompt())],
            system=SYSTEM,
            temperature=SELF_REVIEW_TEMPERATURE if self.source == "self_review" else 0.0,
            max_tokens=MAX_TOKENS,
            seed=JUDGE_SEED,
            response_format="json",
            material=material,
            sample_index=self.repeat,
        )


def family_of(model: str) -> str:
    """A judge's family for panel rotation: its provider (models of one lab share their biases)."""
    return model.split("/", 1)[0]


def panel_members(judges: Sequence[str]) -> list[PanelMember]:
    return [PanelMember(judge=j, family=family_of(j)) for j in dict.fromkeys(judges)]


def self_review_calls(items: Sequence[JudgedSample], repeats: int) -> list[JudgeCall]:
    """Each model reviews each of its own answers `repeats` times."""
    return [
        JudgeCall("self_review", item.model, family_of(item.model), item, repeat)
        for item in items
        for repeat in range(repeats)
    ]


def panel_calls(items: Sequence[JudgedSample], panel: Sequence[PanelMember]) -> list[JudgeCall]:
    """Each panel member reviews every answer except its own model's (those are never asked for)."""
    return [
        JudgeCall("panel", member.judge, member.family, item, 0)
        for item in items
        for member in panel
        if member.judge != item.model
    ]


@dataclass(frozen=True)
class CallOutcome:
    """The answers of a set of judge calls, by cache key, and what it took to get them."""

    texts: dict[str, str]
    cached: int
    called: int
    failed: int
    cost_usd: float

    def as_dict(self) -> dict[str, Any]:
        return {
            "cached": self.cached,
            "called": self.called,
            "failed": self.failed,
            "cost_usd": self.cost_usd,
        }


async def _call_all(
    calls: Sequence[JudgeCall], gateway: Gateway, concurrency: int
) -> list[tuple[str, CompletionResult]]:
    slots = asyncio.Semaphore(concurrency)

    async def one(call: JudgeCall) -> tuple[str, CompletionResult]:
        async with slots:
            return call.key(), await gateway.complete(call.request())

    return await asyncio.gather(*(one(call) for call in calls))


def run_calls(
    calls: Sequence[JudgeCall],
    cache: CellCache,
    gateway: Callable[[], Gateway],
    concurrency: int = CONCURRENCY,
) -> CallOutcome:
    """Answer every call, from the cache where possible; new answers are cached as they complete.

    Args:
        gateway: builds the gateway, inside the event loop that uses it (one gateway per loop).
    """
    unique = list({call.key(): call for call in calls}.values())
    cached = cache.get_many(call.key() for call in unique)
    texts = {key: str(payload.get("text", "")) for key, payload in cached.items()}
    pending = [call for call in unique if call.key() not in cached]

    async def main() -> list[tuple[str, CompletionResult]]:
        return await _call_all(pending, gateway(), concurrency)

    results = asyncio.run(main()) if pending else []
    answered = [(key, result) for key, result in results if result.ok]
    cache.put_many(
        [
            (key, CACHE_KIND, result.model_dump(mode="json", exclude={"raw_body"}), result.cost_usd)
            for key, result in answered
        ]
    )
    texts.update({key: result.text for key, result in answered})
    return CallOutcome(
        texts=texts,
        cached=len(cached),
        called=len(pending),
        failed=len(results) - len(answered),
        cost_usd=sum(result.cost_usd for _, result in results),
    )


def responses_frame(calls: Sequence[JudgeCall], outcome: CallOutcome, source: Source) -> pl.DataFrame:
    """The SELF_REVIEW_RESPONSES or PANEL_RESPONSES frame; a failed call has an empty response."""
    rows = [
        {
            "judge": call.judge,
            "judge_family": call.judge_family,
            "model": call.item.model,
            "task_id": call.item.task_id,
            "sample": call.item.sample,
            "repeat": call.repeat,
            "response": outcome.texts.get(call.key(), ""),
        }
        for call in calls
    ]
    columns = (
        ["model", "task_id", "sample", "repeat", "response"]
        if source == "self_review"
        else ["judge", "judge_family", "model", "task_id", "sample", "response"]
    )
    schema = {
        "judge": pl.String, "judge_family": pl.String, "model": pl.String, "task_id": pl.String,
        "sample": pl.Int64, "repeat": pl.Int64, "response": pl.String,
    }  # fmt: skip
    return pl.DataFrame(rows, schema=schema).select(columns)
