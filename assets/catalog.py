"""Stage `catalog`: model discovery into the versioned catalog, and provider health from the audit trail."""

from datetime import UTC, datetime, timedelta

import dagster as dg
import polars as pl

from aibaas.providers.audit import read_audit
from aibaas.providers.catalog_store import refresh_catalog, sync_database
from aibaas.providers.gateway import Gateway, audit_path
from aibaas.providers.health_stats import provider_health
from aibaas.store import make_engine
from assets.metadata import frame_metadata
from dagster_project.resources import PlatformResource

GROUP = "catalog"
HEALTH_WINDOW = timedelta(days=7)


class DiscoveryConfig(dg.Config):
    ttl_minutes: float = 60.0


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars", "duckdb"})
def model_catalog(
    context: dg.AssetExecutionContext, config: DiscoveryConfig, platform: PlatformResource
) -> pl.DataFrame:
    """Every provider's models, merged with litellm metadata; new/changed/deprecated detected."""
    settings = platform.settings()
    gateway = Gateway.from_settings(settings)
    snapshot = refresh_catalog(settings, gateway, timedelta(minutes=config.ttl_minutes))
    sync_database(make_engine(settings.database_dsn), snapshot, gateway)
    frame = pl.DataFrame(
        [
            e.model_dump(exclude={"metadata"}) | {"catalog_version": snapshot.version}
            for e in snapshot.entries
        ],
        schema_overrides={
            "deprecated_at": pl.Datetime("us", "UTC"),
            "input_per_mtok": pl.Float64,
            "output_per_mtok": pl.Float64,
            "context_length": pl.Int64,
        },
    )
    changes = {
        kind: sum(c.change == kind for c in snapshot.changes)
        for kind in ("new", "changed", "deprecated", "retired", "returned")
    }
    context.add_output_metadata(
        {
            **frame_metadata(frame),
            "catalog_version": snapshot.version,
            "in_pool": len(snapshot.pool()),
            **changes,
            "unreachable": ", ".join(snapshot.failed_providers) or "none",
        }
    )
    return frame


@dg.asset(key_prefix=[GROUP], group_name=GROUP, kinds={"polars", "duckdb"}, deps=[model_catalog])
def provider_health_stats(context: dg.AssetExecutionContext, platform: PlatformResource) -> pl.DataFrame:
    """Per provider over the last week: calls, error rate, last success, latency p50/p95/p99."""
    since = datetime.now(UTC) - HEALTH_WINDOW
    rows = provider_health(read_audit(audit_path(platform.settings())), since=since)
    frame = pl.DataFrame(
        [r.model_dump() for r in rows],
        schema_overrides={
            "last_success_at": pl.Datetime("us", "UTC"),
            "last_error_class": pl.String,
            "latency_p50_ms": pl.Float64,
            "latency_p95_ms": pl.Float64,
            "latency_p99_ms": pl.Float64,
        },
    )
    context.add_output_metadata(frame_metadata(frame))
    return frame


discovery_job = dg.define_asset_job("model_discovery", selection=dg.AssetSelection.groups(GROUP))
discovery_schedule = dg.ScheduleDefinition(job=discovery_job, cron_schedule="0 */6 * * *")

defs = dg.Definitions(
    assets=[model_catalog, provider_health_stats], jobs=[discovery_job], schedules=[discovery_schedule]
)
