"""The review ledger: every review decision on a task version, kept with the bank it judges.

`taskbank/reviews.jsonl` is append-only and committed with the task files, so a fresh checkout
knows which versions were approved, by whom and why, without anyone's database. A decision
applies to one content version: a task that changes is a new version and a draft again until it
is reviewed. The operational database mirrors the ledger (`aibaas taskbank sync`) for the app.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from pydantic import AwareDatetime, BaseModel, ConfigDict, ValidationError

from aibaas.errors import AibaasError
from aibaas.taskbank.spec import TaskSpec

REVIEWS_FILE = "reviews.jsonl"
STATUSES = ("draft", "in_review", "approved", "retired")


class ReviewLedgerError(AibaasError):
    """The ledger file holds a line that is not a review entry."""


class ReviewEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    task_id: str
    version: str
    status: str
    reviewer: str
    comment: str
    at: AwareDatetime


def ledger_path(root: Path) -> Path:
    return root / REVIEWS_FILE


def read_reviews(root: Path) -> list[ReviewEntry]:
    """Every entry in order; a bad line raises an error naming the file, the line and the field."""
    path = ledger_path(root)
    if not path.is_file():
        return []
    entries = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            entries.append(ReviewEntry.model_validate_json(line))
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first["loc"]) or "(line)"
            raise ReviewLedgerError(f"{path}:{number}: {where}: {first['msg']}") from None
    return entries


def append_reviews(root: Path, entries: Iterable[ReviewEntry]) -> int:
    lines = [json.dumps(e.model_dump(mode="json"), sort_keys=True) + "\n" for e in entries]
    with ledger_path(root).open("a", encoding="utf-8") as ledger:
        ledger.writelines(lines)
    return len(lines)


def entry(task: TaskSpec, status: str, reviewer: str, comment: str) -> ReviewEntry:
    return ReviewEntry(
        task_id=task.id,
        version=task.version,
        status=status,
        reviewer=reviewer,
        comment=comment,
        at=datetime.now(UTC),
    )


def current_status(entries: Iterable[ReviewEntry], tasks: Iterable[TaskSpec]) -> dict[str, str]:
    """Each task's status for its current version: the latest decision on it, else draft."""
    latest = {(e.task_id, e.version): e.status for e in entries}
    return {t.id: latest.get((t.id, t.version), "draft") for t in tasks}


def awaiting_review(entries: Iterable[ReviewEntry], tasks: list[TaskSpec]) -> list[TaskSpec]:
    """The tasks whose current version is still a draft or in review (neither approved nor retired)."""
    status = current_status(entries, tasks)
    return [t for t in tasks if status[t.id] in ("draft", "in_review")]


def approvals_for_passing(
    tasks: Iterable[TaskSpec], quality: pl.DataFrame, blocking: Iterable[str], reviewer: str, comment: str
) -> tuple[list[ReviewEntry], list[str]]:
    """Entries approving every task the QA table ran in the sandbox and found nothing blocking in.

    Returns:
        (the entries, one sentence per task left as it was and why).
    """
    rows = {row["task_id"]: row for row in quality.iter_rows(named=True)}
    entries: list[ReviewEntry] = []
    skipped: list[str] = []
    for task in tasks:
        row = rows.get(task.id)
        if row is None or row["version"] != task.version:
            skipped.append(f"{task.id}: the QA table has no result for version {task.version}")
        elif not row["sampled"]:
            skipped.append(
                f"{task.id}: QA did not run it in the sandbox (run `aibaas taskbank qa --sample 0`)"
            )
        elif row["blocking_problems"]:
            found = [kind for kind in blocking if row[kind]]
            skipped.append(f"{task.id}: QA found {', '.join(found)}")
        else:
            entries.append(entry(task, "in_review", reviewer, comment))
            entries.append(entry(task, "approved", reviewer, comment))
    return entries, skipped
