"""The versioned catalog: pure rules, discovery against the test server, the CLI and the Dagster asset."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import dagster as dg
import pytest
import yaml
from sqlalchemy import select

from aibaas.providers.base import DiscoveredModel
from aibaas.providers.catalog import update_catalog
from aibaas.providers.catalog_store import discover
from aibaas.providers.config import ProviderConfig
from aibaas.store import make_engine, migrate
from aibaas.store.models import Model

from .conftest import KEY, KEY_ENV

NOW = datetime(2025, 6, 1, tzinfo=UTC)
AIBAAS = str(Path(sys.executable).with_name("aibaas"))
CONFIG = ProviderConfig(
    name="p", kind="openai", pool_allow=["gpt-*", "o*"], pool_deny=["*-preview"], deprecation_grace_days=7
)


def models(*names: str, context: int = 1000) -> list[DiscoveredModel]:
    return [DiscoveredModel(name=n, context_length=context) for n in names]


def step(previous, names, now, failed=False, context=1000):
    discovered = {} if failed else {"p": models(*names, context=context)}
    return update_catalog(previous, {"p": CONFIG}, discovered, {"p": "down"} if failed else {}, now)


def test_new_models_join_the_pool_by_allow_and_deny_patterns():
    first = step(None, ["gpt-5", "gpt-5-preview", "claude-x", "o3"], NOW)
    assert first.version == 1
    assert {c.model for c in first.changes if c.change == "new"} == {
        "gpt-5",
        "gpt-5-preview",
        "claude-x",
        "o3",
    }
    assert first.pool() == ["p/gpt-5", "p/o3"]


def test_unchanged_discovery_keeps_the_version():
    first = step(None, ["gpt-5"], NOW)
    again = step(first, ["gpt-5"], NOW + timedelta(hours=6))
    assert again.version == first.version and again.changes == []


def test_changed_listing_is_detected_and_versioned():
    first = step(None, ["gpt-5"], NOW)
    changed = step(first, ["gpt-5"], NOW + timedelta(hours=1), context=2000)
    assert [c.change for c in changed.changes] == ["changed"] and changed.version == 2


def test_vanished_model_stays_pooled_for_the_grace_period_then_retires():
    first = step(None, ["gpt-5", "gpt-4"], NOW)
    gone = step(first, ["gpt-5"], NOW + timedelta(days=1))
    assert [(c.model, c.change) for c in gone.changes] == [("gpt-4", "deprecated")]
    assert "p/gpt-4" in gone.pool()
    still = step(gone, ["gpt-5"], NOW + timedelta(days=5))
    assert "p/gpt-4" in still.pool() and still.changes == []
    retired = step(still, ["gpt-5"], NOW + timedelta(days=8, hours=1))
    assert [(c.model, c.change) for c in retired.changes] == [("gpt-4", "retired")]
    assert retired.pool() == ["p/gpt-5"]


def test_a_returning_model_is_active_again():
    first = step(None, ["gpt-5", "gpt-4"], NOW)
    gone = step(first, ["gpt-5"], NOW + timedelta(days=1))
    back = step(gone, ["gpt-5", "gpt-4"], NOW + timedelta(days=2))
    assert [(c.model, c.change) for c in back.changes] == [("gpt-4", "returned")]
    assert {e.model: e.status for e in back.entries}["gpt-4"] == "active"


def test_an_unreachable_provider_deprecates_nothing():
    first = step(None, ["gpt-5"], NOW)
    outage = step(first, [], NOW + timedelta(days=30), failed=True)
    assert outage.pool() == ["p/gpt-5"] and outage.failed_providers == {"p": "down"}


def test_discovery_reads_every_list_shape_from_the_test_server(make_gateway, tmp_path):
    found, failed = asyncio.run(discover(make_gateway(), tmp_path, ttl=timedelta(0)))
    assert failed == {}
    names = {provider: sorted(m.name for m in listed) for provider, listed in found.items()}
    assert names["local"] == names["claude"] == names["google"] == ["test-coder", "test-large", "test-small"]
    assert names["router"] == ["test/test-coder", "test/test-large", "test/test-small"]
    assert names["llama"] == ["test-coder:latest", "test-large:latest", "test-small:latest"]
    assert names["mock"] == ["average", "broken", "oracle", "strong", "weak"]
    router = {m.name: m for m in found["router"]}
    assert router["test/test-small"].input_per_mtok > 0 and router["test/test-small"].context_length == 8192


def test_discovery_cache_serves_within_the_ttl(make_gateway, server, tmp_path):
    gateway = make_gateway()
    asyncio.run(discover(gateway, tmp_path, ttl=timedelta(minutes=5), only=["local"]))
    server.stop()  # with the server gone, only the cache can answer
    found, failed = asyncio.run(discover(gateway, tmp_path, ttl=timedelta(minutes=5), only=["local"]))
    assert failed == {} and len(found["local"]) == 3
    found, failed = asyncio.run(discover(gateway, tmp_path, ttl=timedelta(0), only=["local"]))
    assert "local" in failed
    server.start = lambda: server  # already stopped; keep the fixture's teardown from stopping twice
    server.stop = lambda: None


@pytest.fixture
def providers_file(server, tmp_path, monkeypatch):
    path = tmp_path / "providers.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "providers": [
                    {
                        "name": "local",
                        "kind": "openai_compatible",
                        "base_url": f"{server.url}/v1",
                        "api_key_env": KEY_ENV,
                    },
                    {
                        "name": "claude",
                        "kind": "anthropic",
                        "base_url": server.url,
                        "api_key_env": KEY_ENV,
                        "pool_deny": ["*-large"],
                    },
                ]
            }
        )
    )
    data_dir = tmp_path / "data"
    dsn = f"sqlite:///{data_dir / 'aibaas.db'}"
    data_dir.mkdir()
    migrate.upgrade(dsn)
    for name, value in {
        "AIBAAS_PROVIDERS_FILE": str(path),
        "AIBAAS_DATA_DIR": str(data_dir),
        "AIBAAS_DATABASE_URL": dsn,
        KEY_ENV: KEY,
    }.items():
        monkeypatch.setenv(name, value)
    return dsn


def test_models_discover_cli_fills_the_catalog_and_the_database(server, providers_file):
    env = {**os.environ, "LITELLM_LOCAL_MODEL_COST_MAP": "True"}
    done = subprocess.run(
        [AIBAAS, "models", "discover"], capture_output=True, text=True, env=env, timeout=180
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "catalog v1: 11 models, 10 in the pool" in done.stdout
    with make_engine(providers_file).connect() as connection:
        rows = connection.execute(select(Model.name, Model.status, Model.metadata_json)).all()
    pooled = [name for name, _, meta in rows if meta["in_pool"]]
    assert len(rows) == 11 and len(pooled) == 10
    assert pooled.count("test-large") == 1  # kept from `local`, denied for `claude`
    listed = subprocess.run(
        [AIBAAS, "models", "list", "--all"], capture_output=True, text=True, env=env, timeout=180
    )
    assert "claude/test-large" in listed.stdout and "mock/oracle" in listed.stdout


def test_catalog_asset_materializes_with_change_counts(server, providers_file):
    from aibaas.config import get_settings
    from assets.catalog import model_catalog, provider_health_stats
    from dagster_project.resources import PlatformResource, build_resources

    get_settings.cache_clear()
    settings = get_settings()
    resources = {**build_resources(settings), "platform": PlatformResource(data_dir=str(settings.data_dir))}
    result = dg.materialize([model_catalog, provider_health_stats], resources=resources)
    assert result.success
    materialization = result.asset_materializations_for_node("catalog__model_catalog")[0]
    assert materialization.metadata["new"].value == 11
    assert materialization.metadata["in_pool"].value == 10
    get_settings.cache_clear()
