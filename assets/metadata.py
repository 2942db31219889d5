"""Materialization metadata every stage records for a Polars frame: rows, schema and a preview."""

from __future__ import annotations

from typing import Any

import dagster as dg
import polars as pl


def frame_metadata(frame: pl.DataFrame, preview_rows: int = 10) -> dict[str, Any]:
    with pl.Config(tbl_rows=preview_rows, tbl_cols=12, fmt_str_lengths=40):
        preview = str(frame.head(preview_rows))
    return {
        "dagster/row_count": frame.height,
        "schema": dg.MetadataValue.json({name: str(dtype) for name, dtype in frame.schema.items()}),
        "preview": dg.MetadataValue.md(f"```\n{preview}\n```"),
    }
