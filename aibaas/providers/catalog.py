"""The versioned model catalog: which models exist, what changed, and which are in the pool.

Pure functions over snapshots, so every rule is unit-tested without a provider or a database:
a model seen for the first time is new and joins the pool if the provider's allow patterns match
and no deny pattern does; a model that vanished from a provider that answered is deprecated and
leaves the pool once its grace period is over (retired); a provider that failed to answer changes
nothing, so an outage never deprecates a catalog.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from fnmatch import fnmatchcase
from typing import Any, Literal

from pydantic import BaseModel, Field

from aibaas.providers.base import DiscoveredModel
from aibaas.providers.config import ProviderConfig

Status = Literal["active", "deprecated", "retired"]
ChangeKind = Literal["new", "changed", "deprecated", "retired", "returned"]


class CatalogEntry(BaseModel):
    provider: str
    model: str
    status: Status = "active"
    in_pool: bool = True
    context_length: int | None = None
    input_per_mtok: float | None = None
    output_per_mtok: float | None = None
    fingerprint: str
    first_seen_at: datetime
    last_seen_at: datetime
    deprecated_at: datetime | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.provider}/{self.model}"


class CatalogChange(BaseModel):
    provider: str
    model: str
    change: ChangeKind
    detail: str = ""


class CatalogSnapshot(BaseModel):
    """One version of the catalog; a new version is made only when something changed."""

    version: int = 0
    created_at: datetime
    entries: list[CatalogEntry] = Field(default_factory=list)
    changes: list[CatalogChange] = Field(default_factory=list)
    failed_providers: dict[str, str] = Field(default_factory=dict)

    def pool(self) -> list[str]:
        """`provider/model` names of every model the benchmarks should run."""
        return sorted(e.key for e in self.entries if e.in_pool)


def pooled(config: ProviderConfig, model: str) -> bool:
    """Whether the provider's allow/deny patterns admit the model into the benchmark pool."""
    allowed = any(fnmatchcase(model, p) for p in config.pool_allow)
    return allowed and not any(fnmatchcase(model, p) for p in config.pool_deny)


def fingerprint(model: DiscoveredModel) -> str:
    """A hash of what matters about a model's listing: a change here is a "changed" model."""
    material = {
        "context": model.context_length,
        "in": model.input_per_mtok,
        "out": model.output_per_mtok,
        "meta": model.metadata,
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True, default=str).encode()).hexdigest()[:16]


def _observe(
    previous: CatalogEntry | None, config: ProviderConfig, model: DiscoveredModel, now: datetime
) -> tuple[CatalogEntry, CatalogChange | None]:
    digest = fingerprint(model)
    entry = CatalogEntry(
        provider=config.name,
        model=model.name,
        in_pool=pooled(config, model.name),
        context_length=model.context_length,
        input_per_mtok=model.input_per_mtok,
        output_per_mtok=model.output_per_mtok,
        fingerprint=digest,
        first_seen_at=previous.first_seen_at if previous else now,
        last_seen_at=now,
        metadata=model.metadata,
    )
    if previous is None:
        return entry, CatalogChange(provider=config.name, model=model.name, change="new")
    if previous.status != "active":
        return entry, CatalogChange(provider=config.name, model=model.name, change="returned")
    if previous.fingerprint != digest:
        return entry, CatalogChange(
            provider=config.name,
            model=model.name,
            change="changed",
            detail=f"fingerprint {previous.fingerprint} -> {digest}",
        )
    return entry, None


def _vanished(
    entry: CatalogEntry, config: ProviderConfig, now: datetime
) -> tuple[CatalogEntry, CatalogChange | None]:
    if entry.status == "retired":
        return entry, None
    if entry.status == "active":
        deprecated = entry.model_copy(update={"status": "deprecated", "deprecated_at": now})
        return deprecated, CatalogChange(
            provider=entry.provider,
            model=entry.model,
            change="deprecated",
            detail=f"no longer listed; leaves the pool after {config.deprecation_grace_days:g} days",
        )
    assert entry.deprecated_at is not None
    if now - entry.deprecated_at >= timedelta(days=config.deprecation_grace_days):
        retired = entry.model_copy(update={"status": "retired", "in_pool": False})
        return retired, CatalogChange(
            provider=entry.provider,
            model=entry.model,
            change="retired",
            detail="grace period over; left the pool",
        )
    return entry, None


def update_catalog(
    previous: CatalogSnapshot | None,
    configs: dict[str, ProviderConfig],
    discovered: dict[str, list[DiscoveredModel]],
    failed: dict[str, str],
    now: datetime,
) -> CatalogSnapshot:
    """The next catalog: `discovered` holds the lists of providers that answered, `failed` the
    errors of those that did not. The version goes up only when something changed."""
    old = {e.key: e for e in previous.entries} if previous else {}
    entries: list[CatalogEntry] = []
    changes: list[CatalogChange] = []
    for name, models in discovered.items():
        config = configs[name]
        listed = {m.name for m in models}
        for model in models:
            entry, change = _observe(old.get(f"{name}/{model.name}"), config, model, now)
            entries.append(entry)
            changes.extend([change] if change else [])
        for entry in (e for e in old.values() if e.provider == name and e.model not in listed):
            kept, change = _vanished(entry, config, now)
            entries.append(kept)
            changes.extend([change] if change else [])
    entries.extend(e for e in old.values() if e.provider not in discovered and e.provider in configs)
    version = (previous.version if previous else 0) + (1 if changes or previous is None else 0)
    return CatalogSnapshot(
        version=version,
        created_at=now,
        entries=sorted(entries, key=lambda e: e.key),
        changes=changes,
        failed_providers=failed,
    )
