"""The review ledger: decisions per content version, kept with the bank, approvals only after QA."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from aibaas.taskbank.files import with_version
from aibaas.taskbank.quality import BLOCKING_FINDINGS
from aibaas.taskbank.reviews import (
    ReviewLedgerError,
    append_reviews,
    approvals_for_passing,
    current_status,
    entry,
    read_reviews,
)
from aibaas.taskbank.spec import Language
from tests.taskbank.conftest import codegen_task


def _quality(rows: list[dict[str, object]]) -> pl.DataFrame:
    base = {kind: [] for kind in BLOCKING_FINDINGS} | {"sampled": True, "blocking_problems": 0}
    return pl.DataFrame([base | row for row in rows])


def test_an_approval_holds_for_its_version_only(tmp_path: Path) -> None:
    task = codegen_task(Language.PYTHON, 0)
    append_reviews(tmp_path, [entry(task, "in_review", "ana", ""), entry(task, "approved", "ana", "ok")])
    assert current_status(read_reviews(tmp_path), [task]) == {task.id: "approved"}
    edited = with_version(task.model_dump(mode="json") | {"title": "Run-length encoding, reworded"})
    assert current_status(read_reviews(tmp_path), [edited]) == {task.id: "draft"}


def test_only_tasks_that_passed_sandbox_qa_are_approved() -> None:
    good, wrong, unsampled, missing = (codegen_task(Language.PYTHON, i) for i in range(4))
    quality = _quality(
        [
            {"task_id": good.id, "version": good.version},
            {
                "task_id": wrong.id,
                "version": wrong.version,
                "wrong_reference": ["the reference fails"],
                "blocking_problems": 1,
            },
            {"task_id": unsampled.id, "version": unsampled.version, "sampled": False},
        ]
    )
    entries, skipped = approvals_for_passing(
        [good, wrong, unsampled, missing], quality, BLOCKING_FINDINGS, "ana", "full QA"
    )
    assert [(e.task_id, e.status) for e in entries] == [(good.id, "in_review"), (good.id, "approved")]
    assert [s.split(":")[0] for s in skipped] == [wrong.id, unsampled.id, missing.id]
    assert "wrong_reference" in skipped[0] and "did not run it in the sandbox" in skipped[1]


def test_a_bad_ledger_line_names_the_file_line_and_field(tmp_path: Path) -> None:
    (tmp_path / "reviews.jsonl").write_text('{"task_id": "x", "version": "1"}\n', encoding="utf-8")
    with pytest.raises(ReviewLedgerError, match=r"reviews.jsonl:1: status: Field required"):
        read_reviews(tmp_path)
