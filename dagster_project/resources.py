"""Resources shared by every stage, built in one place from the validated settings."""

from __future__ import annotations

from typing import Any

import dagster as dg
from dagster_duckdb_polars import DuckDBPolarsIOManager

from aibaas.config import Settings, load_settings


class PlatformResource(dg.ConfigurableResource):  # type: ignore[type-arg]
    """The platform's settings for assets; empty fields fall back to the environment."""

    data_dir: str | None = None
    taskbank_dir: str | None = None

    def settings(self) -> Settings:
        overrides = {
            k: v for k, v in {"data_dir": self.data_dir, "taskbank_dir": self.taskbank_dir}.items() if v
        }
        return load_settings(**overrides)


def build_resources(settings: Settings) -> dict[str, Any]:
    """The resources every asset may ask for: settings and the DuckDB warehouse IO manager."""
    settings.warehouse.parent.mkdir(parents=True, exist_ok=True)
    return {
        "platform": PlatformResource(
            data_dir=str(settings.data_dir), taskbank_dir=str(settings.taskbank_dir)
        ),
        "io_manager": DuckDBPolarsIOManager(database=str(settings.warehouse)),
    }
