"""Task versions and the review workflow on SQLite and PostgreSQL; history, diffs and retired tasks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from aibaas.store import make_engine
from aibaas.store.engine import session_factory, session_scope
from aibaas.store.models import AuditLog, TaskVersion
from aibaas.taskbank.build import write_bank
from aibaas.taskbank.files import with_version
from aibaas.taskbank.history import TaskVersionNotFoundError, diff, resolve
from aibaas.taskbank.spec import TaskSpec
from aibaas.taskbank.versions import ReviewError, history, log_private_access, set_status, sync_versions
from tests.taskbank.conftest import codegen_task


@pytest.fixture
def session(database_dsn: str) -> Iterator[Session]:
    engine = make_engine(database_dsn)
    with session_scope(session_factory(engine)) as db:
        yield db
    engine.dispose()


def _retitled(task: TaskSpec, title: str) -> TaskSpec:
    return with_version(task.model_dump(mode="json") | {"title": title})


def _audit(session: Session, action: str) -> list[AuditLog]:
    return list(session.scalars(select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id)))


def test_sync_records_new_versions_as_drafts_once(session: Session) -> None:
    tasks = [codegen_task(index=0), codegen_task(index=1)]
    assert sync_versions(session, tasks) == (2, 0)
    assert sync_versions(session, tasks) == (0, 0)
    assert {row.status for row in session.scalars(select(TaskVersion))} == {"draft"}


def test_review_walks_draft_to_approved_to_retired_with_reviewer_and_comment(session: Session) -> None:
    task = codegen_task()
    sync_versions(session, [task])
    steps = [
        ("in_review", "ada", "ready"),
        ("approved", "grace", "edge cases fine"),
        ("retired", "ada", "exposed"),
    ]
    for status, reviewer, comment in steps:
        assert set_status(session, task.id, status, reviewer, comment).status == status
    [row] = history(session, task.id)
    assert row.status == "retired" and row.retired_at is not None and row.retired_at.tzinfo is not None
    logged = [(a.target, a.details) for a in _audit(session, "taskbank.review")]
    assert logged == [
        (
            f"{task.id}@{task.version}",
            {"from": "draft", "to": "in_review", "reviewer": "ada", "comment": "ready"},
        ),
        (
            f"{task.id}@{task.version}",
            {"from": "in_review", "to": "approved", "reviewer": "grace", "comment": "edge cases fine"},
        ),
        (
            f"{task.id}@{task.version}",
            {"from": "approved", "to": "retired", "reviewer": "ada", "comment": "exposed"},
        ),
    ]


@pytest.mark.parametrize(
    ("moves", "status", "reviewer", "message"),
    [
        # approval needs a review first
        ([], "approved", "ada", "is draft; it can move to in_review, retired, not approved"),
        # a status the workflow does not know
        (
            [],
            "published",
            "ada",
            "status 'published' is unknown; use one of draft, in_review, approved, retired",
        ),
        # a step without a name behind it
        ([], "in_review", "  ", "needs the reviewer's name"),
        # a retired task has no live version left to move
        (["retired"], "draft", "ada", "has no live version"),
    ],
)
def test_forbidden_review_steps_are_refused_with_the_allowed_ones(
    session: Session, moves: list[str], status: str, reviewer: str, message: str
) -> None:
    task = codegen_task()
    sync_versions(session, [task])
    for move in moves:
        set_status(session, task.id, move, "ada")
    with pytest.raises(ReviewError, match=message):
        set_status(session, task.id, status, reviewer)
    assert history(session, task.id)[0].status == (moves[-1] if moves else "draft")


def test_a_changed_task_is_a_new_version_with_a_queryable_history_and_diff(
    session: Session, tmp_path: Path
) -> None:
    first = codegen_task()
    second = _retitled(first, "Run-length encoding, reworded")
    write_bank(tmp_path, [first])
    sync_versions(session, [first])
    set_status(session, first.id, "in_review", "ada")
    write_bank(tmp_path, [second])
    assert sync_versions(session, [second]) == (1, 1)

    rows = history(session, first.id)
    assert [(r.version, r.status) for r in rows] == [(first.version, "retired"), (second.version, "draft")]
    old, new = (resolve(tmp_path, first.id, r.version) for r in rows)
    assert (old, new) == (first, second)
    changes = [ln for ln in diff(old, new).splitlines() if ln[:1] in "+-" and ln[:3] not in ("+++", "---")]
    # Exactly the title and the version (its content hash) changed.
    assert sorted(ln.split(":")[0].replace(" ", "") for ln in changes) == [
        '+"title"',
        '+"version"',
        '-"title"',
        '-"version"',
    ]
    assert '+ "title": "Run-length encoding, reworded",' in changes
    assert diff(new, new) == ""


def test_a_retired_task_stays_resolvable(session: Session, tmp_path: Path) -> None:
    kept, dropped = codegen_task(index=0), codegen_task(index=1)
    write_bank(tmp_path, [kept, dropped])
    sync_versions(session, [kept, dropped])
    report = write_bank(tmp_path, [kept])
    assert report.retired == [dropped.id]
    assert sync_versions(session, [kept]) == (0, 1)
    assert [r.status for r in history(session, dropped.id)] == ["retired"]
    assert resolve(tmp_path, dropped.id, dropped.version) == dropped
    with pytest.raises(TaskVersionNotFoundError, match=f"known versions: {dropped.version}"):
        resolve(tmp_path, dropped.id, "0" * 16)


def test_private_access_is_logged_with_who_and_when(session: Session) -> None:
    log_private_access(session, "ops@example.org", "export", "/tmp/bank.jsonl", 12)
    [row] = _audit(session, "taskbank.private.export")
    assert row.details == {"who": "ops@example.org", "tasks": 12}
    assert row.target == "/tmp/bank.jsonl"
    assert row.occurred_at is not None
