"""Tables of the benchmark engine: the content-addressed cell cache.

A cell is one generation or one scoring result, keyed by the sha256 of everything that
determines it; it is written the moment it completes, so a killed run resumes where it stopped
and a second benchmark sharing a cell reuses it instead of paying again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Float, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from aibaas.store.models import Base, utcnow


class BenchCell(Base):
    __tablename__ = "bench_cells"
    __table_args__ = (
        CheckConstraint("kind in ('generation', 'score', 'reference')", name="kind_known"),
        Index("ix_bench_cells_kind_created", "kind", "created_at"),
    )

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    run_uid: Mapped[str] = mapped_column(String(64), doc="the run that computed the cell first")
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
