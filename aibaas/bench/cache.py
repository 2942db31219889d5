"""The cell cache: generation and scoring results keyed by a content hash, in the operational DB.

Keys hash everything that determines a result and nothing else (not the run, not the benchmark's
name), so re-runs, resumed runs and other benchmarks sharing a cell find it. A cell is committed
as soon as it completes.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from aibaas.bench.snapshot import canonical_json
from aibaas.store.bench_models import BenchCell

_LOOKUP_BATCH = 500


def cell_key(kind: str, **parts: Any) -> str:
    """The sha256 of the canonical JSON of a cell's kind and its determining parts."""
    return hashlib.sha256(canonical_json({"kind": kind, **parts}).encode("utf-8")).hexdigest()


class CellCache:
    """Read and write cells; one instance per run, used from one thread."""

    def __init__(self, sessions: sessionmaker[Session], run_uid: str) -> None:
        self.sessions = sessions
        self.run_uid = run_uid
        self.written = 0

    def get_many(self, keys: Iterable[str]) -> dict[str, dict[str, Any]]:
        """Payloads of the keys that are cached."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, dict[str, Any]] = {}
        with self.sessions() as session:
            for start in range(0, len(wanted), _LOOKUP_BATCH):
                batch = wanted[start : start + _LOOKUP_BATCH]
                rows = session.execute(
                    select(BenchCell.key, BenchCell.payload).where(BenchCell.key.in_(batch))
                )
                found.update({key: payload for key, payload in rows})
        return found

    def put(self, key: str, kind: str, payload: dict[str, Any], cost_usd: float = 0.0) -> None:
        """Store one completed cell durably (committed before returning)."""
        self.put_many([(key, kind, payload, cost_usd)])

    def put_many(self, cells: Sequence[tuple[str, str, dict[str, Any], float]]) -> None:
        """Store cells that completed together in one commit (one fsync instead of one per cell)."""
        if not cells:
            return
        with self.sessions.begin() as session:
            present = set(
                session.scalars(select(BenchCell.key).where(BenchCell.key.in_([c[0] for c in cells])))
            )
            for key, kind, payload, cost_usd in cells:
                if key not in present:
                    present.add(key)
                    session.add(
                        BenchCell(
                            key=key, kind=kind, payload=payload, run_uid=self.run_uid, cost_usd=cost_usd
                        )
                    )
                    self.written += 1


def computed_by(sessions: sessionmaker[Session], run_uid: str) -> dict[str, int]:
    """How many cells of each kind a run computed itself (rather than found cached)."""
    with sessions() as session:
        rows = session.execute(
            select(BenchCell.kind, func.count()).where(BenchCell.run_uid == run_uid).group_by(BenchCell.kind)
        )
        return {kind: int(count) for kind, count in rows}
