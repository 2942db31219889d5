"""`aibaas bench status`, `export`, `backup` and `restore` as a user types them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from aibaas.bench.definition import BenchmarkDefinition
from aibaas.bench.engine import generate_phase
from aibaas.bench.pipeline import score_and_store
from aibaas.cli import app
from aibaas.config import Settings
from aibaas.sandbox import open_sandbox

runner = CliRunner()


@pytest.fixture
def run_uid(bench_settings: Settings) -> str:
    definition = BenchmarkDefinition(name="cli", models=["mock/oracle"])
    generate_phase(bench_settings, definition)
    with open_sandbox(bench_settings) as sandbox:
        return score_and_store(bench_settings, sandbox, definition).run.run_uid


def test_status_lists_runs_and_shows_one(run_uid: str) -> None:
    listing = runner.invoke(app, ["bench", "status"])
    assert listing.exit_code == 0, listing.output
    assert run_uid[:12] in listing.output
    detail = runner.invoke(app, ["bench", "status", run_uid[:8]])
    assert detail.exit_code == 0, detail.output
    assert '"status": "succeeded"' in detail.output
    assert "pass@1" in detail.output


def test_export_refuses_an_unknown_format(run_uid: str, tmp_path: Path) -> None:
    result = runner.invoke(app, ["bench", "export", str(tmp_path / "x.xml"), "--format", "xml"])
    assert result.exit_code != 0
    assert "--format must be json, csv or parquet, got 'xml'" in str(result.exception)


def test_backup_then_restore_from_the_command_line(run_uid: str, tmp_path: Path) -> None:
    archive = tmp_path / "b.tar.gz"
    made = runner.invoke(app, ["backup", str(archive)])
    assert made.exit_code == 0, made.output
    assert "backed up the sqlite database and the warehouse" in made.output
    restored = runner.invoke(app, ["restore", str(archive)])
    assert restored.exit_code == 0, restored.output
    assert runner.invoke(app, ["bench", "status", run_uid]).exit_code == 0
