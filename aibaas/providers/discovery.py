"""Model lists from each provider's own endpoint, in the five shapes providers use."""

from __future__ import annotations

from typing import Any, Literal

import httpx

from aibaas.providers.base import DiscoveredModel
from aibaas.providers.errors import MalformedResponseError

Listing = Literal["openai", "anthropic", "gemini", "openrouter", "ollama"]
_MAX_PAGES = 50


async def fetch_models(
    listing: Listing, base_url: str, api_key: str | None, timeout: float
) -> list[DiscoveredModel]:
    """The provider's models as its list endpoint describes them.

    Raises:
        httpx.HTTPError: the endpoint could not be reached or answered with an error status.
        MalformedResponseError: the answer is not the documented shape (raw body kept).
    """
    base = base_url.rstrip("/")
    async with httpx.AsyncClient(timeout=timeout) as client:
        if listing == "anthropic":
            return await _anthropic(client, base, api_key)
        if listing == "gemini":
            return await _gemini(client, base, api_key)
        if listing == "ollama":
            body = await _get(client, f"{base}/api/tags", {})
            return [_ollama_entry(m) for m in _list(body, "models")]
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        body = await _get(client, f"{base}/models", headers)
        if listing == "openrouter":
            return [_openrouter_entry(m) for m in _list(body, "data")]
        return [DiscoveredModel(name=str(m["id"]), metadata=_extra(m, "id")) for m in _list(body, "data")]


async def _get(client: httpx.AsyncClient, url: str, headers: dict[str, str], **params: str) -> Any:
    response = await client.get(url, headers=headers, params=params or None)
    response.raise_for_status()
    try:
        return response.json()
    except ValueError:
        raise MalformedResponseError(f"{url} did not answer JSON", raw_body=response.text[:10_000]) from None


def _list(body: Any, key: str) -> list[dict[str, Any]]:
    items = body.get(key) if isinstance(body, dict) else None
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise MalformedResponseError(f"model list has no {key!r} array", raw_body=str(body)[:10_000])
    return items


def _extra(entry: dict[str, Any], *skip: str) -> dict[str, Any]:
    return {k: v for k, v in entry.items() if k not in skip and isinstance(v, str | int | float | bool)}


async def _anthropic(client: httpx.AsyncClient, base: str, api_key: str | None) -> list[DiscoveredModel]:
    headers = {"anthropic-version": "2023-06-01", **({"x-api-key": api_key} if api_key else {})}
    found: list[DiscoveredModel] = []
    params: dict[str, str] = {"limit": "100"}
    for _ in range(_MAX_PAGES):
        body = await _get(client, f"{base}/v1/models", headers, **params)
        found.extend(
            DiscoveredModel(name=str(m["id"]), metadata=_extra(m, "id")) for m in _list(body, "data")
        )
        if not body.get("has_more") or not body.get("last_id"):
            break
        params["after_id"] = str(body["last_id"])
    return found


async def _gemini(client: httpx.AsyncClient, base: str, api_key: str | None) -> list[DiscoveredModel]:
    headers = {"x-goog-api-key": api_key} if api_key else {}
    found: list[DiscoveredModel] = []
    params: dict[str, str] = {"pageSize": "1000"}
    for _ in range(_MAX_PAGES):
        body = await _get(client, f"{base}/v1beta/models", headers, **params)
        for entry in _list(body, "models"):
            if "generateContent" not in entry.get("supportedGenerationMethods", ["generateContent"]):
                continue
            name = str(entry["name"]).removeprefix("models/")
            limit = entry.get("inputTokenLimit")
            found.append(
                DiscoveredModel(
                    name=name,
                    context_length=limit if isinstance(limit, int) else None,
                    metadata=_extra(entry, "name"),
                )
            )
        if not body.get("nextPageToken"):
            break
        params["pageToken"] = str(body["nextPageToken"])
    return found


def _per_mtok(value: Any) -> float | None:
    try:
        price = float(value)
    except (TypeError, ValueError):
        return None
    return price * 1_000_000 if price >= 0 else None


def _openrouter_entry(entry: dict[str, Any]) -> DiscoveredModel:
    pricing = entry.get("pricing") or {}
    context = entry.get("context_length")
    return DiscoveredModel(
        name=str(entry["id"]),
        context_length=context if isinstance(context, int) else None,
        input_per_mtok=_per_mtok(pricing.get("prompt")),
        output_per_mtok=_per_mtok(pricing.get("completion")),
        metadata=_extra(entry, "id", "context_length"),
    )


def _ollama_entry(entry: dict[str, Any]) -> DiscoveredModel:
    details = entry.get("details") or {}
    return DiscoveredModel(
        name=str(entry.get("model") or entry["name"]),
        input_per_mtok=0.0,
        output_per_mtok=0.0,
        metadata={
            "family": details.get("family"),
            "parameter_size": details.get("parameter_size"),
            "digest": entry.get("digest"),
        },
    )
