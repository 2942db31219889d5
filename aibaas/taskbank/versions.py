"""Task versions and their review workflow in the operational database (`task_versions`).

Every content hash of a task is a row; the review status moves draft -> in_review -> approved, and
any version can be retired (it stays resolvable). Who moved a task and why goes to the append-only
audit log, as does every read or export of private task content.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from aibaas.errors import AibaasError
from aibaas.store.models import AuditLog, TaskVersion, utcnow
from aibaas.taskbank.spec import TaskSpec

STATUSES = ("draft", "in_review", "approved", "retired")
TRANSITIONS = {
    "draft": {"in_review", "retired"},
    "in_review": {"approved", "draft", "retired"},
    "approved": {"in_review", "retired"},
    "retired": set(),
}


class ReviewError(AibaasError):
    """A review step that the workflow does not allow."""


def sync_versions(session: Session, tasks: Iterable[TaskSpec]) -> tuple[int, int]:
    """Record new versions as drafts and retire versions no longer in the bank.

    Returns:
        (versions added, versions retired).
    """
    current = {(t.id, t.version): t for t in tasks}
    known = {(row.task_id, row.version): row for row in session.scalars(select(TaskVersion))}
    added = 0
    for key, task in current.items():
        if key not in known:
            session.add(
                TaskVersion(
                    task_id=task.id,
                    version=task.version,
                    family=task.family,
                    language=task.language.value,
                    scenario=task.scenario.value,
                    difficulty=task.difficulty.value,
                    status="draft",
                )
            )
            added += 1
    retired = 0
    for key, row in known.items():
        if key not in current and row.status != "retired":
            row.status = "retired"
            row.retired_at = utcnow()
            retired += 1
    session.flush()
    return added, retired


def current_row(session: Session, task_id: str) -> TaskVersion:
    row = session.scalars(
        select(TaskVersion)
        .where(TaskVersion.task_id == task_id, TaskVersion.status != "retired")
        .order_by(TaskVersion.created_at.desc(), TaskVersion.id.desc())
    ).first()
    if row is None:
        raise ReviewError(f"task {task_id!r} has no live version; run `aibaas taskbank sync` after a build")
    return row


def set_status(session: Session, task_id: str, status: str, reviewer: str, comment: str = "") -> TaskVersion:
    """Move a task's live version to `status`, recording reviewer and comment in the audit log.

    Raises:
        ReviewError: for an unknown status, a missing reviewer or a move the workflow forbids.
    """
    if status not in STATUSES:
        raise ReviewError(f"status {status!r} is unknown; use one of {', '.join(STATUSES)}")
    if not reviewer.strip():
        raise ReviewError("a review step needs the reviewer's name (--reviewer)")
    row = current_row(session, task_id)
    if status not in TRANSITIONS[row.status]:
        allowed = ", ".join(sorted(TRANSITIONS[row.status])) or "nothing"
        raise ReviewError(f"task {task_id!r} is {row.status}; it can move to {allowed}, not {status}")
    previous, row.status = row.status, status
    if status == "retired":
        row.retired_at = utcnow()
    session.add(
        AuditLog(
            action="taskbank.review",
            target=f"{task_id}@{row.version}",
            details={"from": previous, "to": status, "reviewer": reviewer, "comment": comment},
        )
    )
    session.flush()
    return row


def history(session: Session, task_id: str) -> list[TaskVersion]:
    """Every recorded version of a task, oldest first (retired ones included)."""
    rows = session.scalars(
        select(TaskVersion)
        .where(TaskVersion.task_id == task_id)
        .order_by(TaskVersion.created_at, TaskVersion.id)
    )
    return list(rows)


def log_private_access(session: Session, who: str, action: str, target: str, count: int = 1) -> None:
    """Record a read or export of private task content (who, what, how many; the time is the row's)."""
    session.add(
        AuditLog(action=f"taskbank.private.{action}", target=target, details={"who": who, "tasks": count})
    )
    session.flush()
