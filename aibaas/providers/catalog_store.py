"""Running discovery and keeping the catalog: TTL cache, litellm enrichment, snapshots, DB rows.

Snapshots are JSON files under `<data_dir>/catalog/`: `v00001.json`, ... and `current.json`
(replaced atomically). The operational database's `providers` and `models` tables mirror the
current snapshot for the app; pool membership, prices and fingerprints live in `models.metadata`.
"""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
import time
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, select

from aibaas.config import Settings
from aibaas.providers import cost
from aibaas.providers.base import DiscoveredModel, Provider
from aibaas.providers.catalog import CatalogSnapshot, update_catalog
from aibaas.providers.gateway import Gateway
from aibaas.store.engine import session_factory, session_scope
from aibaas.store.models import Model
from aibaas.store.models import Provider as ProviderRow


def catalog_dir(settings: Settings) -> Path:
    return settings.data_dir / "catalog"


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    Path(temporary).replace(path)


def load_current(folder: Path) -> CatalogSnapshot | None:
    path = folder / "current.json"
    return CatalogSnapshot.model_validate_json(path.read_text(encoding="utf-8")) if path.exists() else None


def save(folder: Path, snapshot: CatalogSnapshot) -> None:
    """Keep the snapshot as its version's file (once) and as the current catalog."""
    text = snapshot.model_dump_json(indent=1)
    versioned = folder / f"v{snapshot.version:05d}.json"
    if not versioned.exists():
        _write_atomic(versioned, text)
    _write_atomic(folder / "current.json", text)


def enrich(provider: Provider, model: DiscoveredModel) -> DiscoveredModel:
    """Fill context length and prices the listing lacks from overrides and litellm's map."""
    info = cost.litellm_metadata(provider, model.name)
    price = cost.price_of(provider, model.name)
    context = model.context_length or info.get("max_input_tokens") or provider.capabilities.context_length
    metadata = dict(model.metadata)
    if info.get("mode"):
        metadata["litellm_mode"] = info["mode"]
    if price is not None and price.source == "override":
        metadata["price_source"] = "override"
    return DiscoveredModel(
        name=model.name,
        context_length=int(context) if context else None,
        input_per_mtok=price.input * 1e6
        if price and (price.source == "override" or model.input_per_mtok is None)
        else model.input_per_mtok,
        output_per_mtok=price.output * 1e6
        if price and (price.source == "override" or model.output_per_mtok is None)
        else model.output_per_mtok,
        metadata=metadata,
    )


async def _list_cached(
    gateway: Gateway, provider: Provider, cache: Path, ttl: timedelta
) -> list[DiscoveredModel]:
    """The provider's list from the cache while younger than `ttl`, else fetched and cached."""
    path = cache / f"{provider.name}.json"
    if ttl > timedelta(0) and path.exists():
        cached = json.loads(path.read_text(encoding="utf-8"))
        if datetime.now(UTC) - datetime.fromisoformat(cached["fetched_at"]) < ttl:
            return [DiscoveredModel(**m) for m in cached["models"]]
    started = time.perf_counter()
    try:
        models = await provider.list_models()
    except Exception as exc:  # recorded for provider health, then reported by the caller
        if gateway.audit:
            gateway.audit.discovery(provider.name, False, (time.perf_counter() - started) * 1000, repr(exc))
        raise
    if gateway.audit:
        gateway.audit.discovery(
            provider.name, True, (time.perf_counter() - started) * 1000, f"{len(models)} models"
        )
    payload = {"fetched_at": datetime.now(UTC).isoformat(), "models": [asdict(m) for m in models]}
    _write_atomic(path, json.dumps(payload))
    return models


async def discover(
    gateway: Gateway, folder: Path, ttl: timedelta, only: list[str] | None = None
) -> tuple[dict[str, list[DiscoveredModel]], dict[str, str]]:
    """Every provider's enriched model list, concurrently; failures come back by provider name."""
    providers = [p for p in gateway.providers.values() if not only or p.name in only]
    outcomes = await asyncio.gather(
        *(_list_cached(gateway, p, folder / "cache", ttl) for p in providers), return_exceptions=True
    )
    found: dict[str, list[DiscoveredModel]] = {}
    failed: dict[str, str] = {}
    for provider, outcome in zip(providers, outcomes, strict=True):
        if isinstance(outcome, BaseException):
            failed[provider.name] = f"{type(outcome).__name__}: {outcome}"[:500]
        else:
            found[provider.name] = [enrich(provider, m) for m in outcome]
    return found, failed


def refresh_catalog(
    settings: Settings, gateway: Gateway, ttl: timedelta, only: list[str] | None = None
) -> CatalogSnapshot:
    """Discover, compute the next catalog version and keep it (files and database)."""
    folder = catalog_dir(settings)
    found, failed = asyncio.run(discover(gateway, folder, ttl, only))
    configs = {p.name: p.config for p in gateway.providers.values()}
    snapshot = update_catalog(load_current(folder), configs, found, failed, datetime.now(UTC))
    save(folder, snapshot)
    return snapshot


def sync_database(engine: Engine, snapshot: CatalogSnapshot, gateway: Gateway) -> None:
    """Mirror the snapshot into the `providers` and `models` tables (insert or update)."""
    with session_scope(session_factory(engine)) as session:
        rows = {r.name: r for r in session.scalars(select(ProviderRow))}
        for name, provider in gateway.providers.items():
            row = rows.get(name) or ProviderRow(name=name)
            row.kind, row.base_url, row.api_key_env = (
                provider.config.kind,
                provider.config.base_url,
                provider.config.api_key_env,
            )
            session.add(row)
            rows[name] = row
        session.flush()
        existing = {(m.provider_id, m.name): m for m in session.scalars(select(Model))}
        for entry in snapshot.entries:
            provider_row = rows.get(entry.provider)
            if provider_row is None:
                continue
            model = existing.get((provider_row.id, entry.model)) or Model(
                provider_id=provider_row.id, name=entry.model, first_seen_at=entry.first_seen_at
            )
            model.status, model.context_length, model.deprecated_at = (
                entry.status,
                entry.context_length,
                entry.deprecated_at,
            )
            model.metadata_json = {
                **entry.metadata,
                "in_pool": entry.in_pool,
                "fingerprint": entry.fingerprint,
                "input_per_mtok": entry.input_per_mtok,
                "output_per_mtok": entry.output_per_mtok,
                "last_seen_at": entry.last_seen_at.isoformat(),
                "catalog_version": snapshot.version,
            }
            session.add(model)
