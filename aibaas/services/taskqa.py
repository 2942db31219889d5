"""Task-bank maintenance from the app: the QA workflow of a task version and logged private access.

The workflow is draft -> in_review -> approved -> retired, with in_review -> draft to send a task
back. Only staff (the maintainers) act, and every action and every look at a task's private part
(hidden tests, reference solution) is written to the append-only audit log.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from aibaas.auth.errors import InvalidInputError
from aibaas.services.common import acting_user
from aibaas.store.engine import session_scope
from aibaas.store.models import AuditLog, TaskVersion, utcnow
from aibaas.taskbank.spec import TaskSpec

PRIVATE_VIEWED = "taskbank.private_viewed"
STATUS_CHANGED = "taskbank.status_changed"
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("in_review",),
    "in_review": ("approved", "draft"),
    "approved": ("retired",),
    "retired": (),
}


def record_private_view(sessions: sessionmaker[Session], user_id: int, task: TaskSpec) -> None:
    """Log that a maintainer opened the task's private part; refused unless staff."""
    with session_scope(sessions) as db:
        acting_user(db, user_id, staff=True)
        db.add(
            AuditLog(
                occurred_at=utcnow(),
                actor_id=user_id,
                action=PRIVATE_VIEWED,
                target=f"task:{task.id}@{task.version}",
            )
        )


def _version_row(db: Session, task: TaskSpec) -> TaskVersion | None:
    return db.scalar(
        select(TaskVersion).where(TaskVersion.task_id == task.id, TaskVersion.version == task.version)
    )


def qa_status(sessions: sessionmaker[Session], task: TaskSpec) -> str:
    """The task version's QA status; a version nobody has acted on yet is a draft."""
    with session_scope(sessions) as db:
        row = _version_row(db, task)
        return row.status if row else "draft"


def change_status(sessions: sessionmaker[Session], user_id: int, task: TaskSpec, status: str) -> str:
    """Move the task version along the workflow; returns the new status.

    Raises:
        InvalidInputError: the move is not allowed from the current status (the message lists the allowed).
    """
    with session_scope(sessions) as db:
        acting_user(db, user_id, staff=True)
        row = _version_row(db, task)
        current = row.status if row else "draft"
        if status not in TRANSITIONS[current]:
            allowed = ", ".join(TRANSITIONS[current]) or "nothing (final)"
            raise InvalidInputError(
                "status", f"{task.id} is {current}; it can move to {allowed}, not {status}"
            )
        if row is None:
            row = TaskVersion(
                task_id=task.id,
                version=task.version,
                family=task.family,
                language=task.language.value,
                scenario=task.scenario.value,
                difficulty=task.difficulty.value,
                created_at=utcnow(),
            )
            db.add(row)
        row.status = status
        if status == "retired":
            row.retired_at = utcnow()
        db.add(
            AuditLog(
                occurred_at=utcnow(),
                actor_id=user_id,
                action=STATUS_CHANGED,
                target=f"task:{task.id}@{task.version}",
                details={"from": current, "to": status},
            )
        )
        return status
