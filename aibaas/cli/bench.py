"""`aibaas bench ...` (run, status, export, ab) and `aibaas backup` / `aibaas restore`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich import box
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from aibaas import platform
from aibaas.bench.ab import ab_report
from aibaas.bench.backup import backup as make_backup
from aibaas.bench.backup import restore as restore_backup
from aibaas.bench.launch import RunParameters
from aibaas.bench.results import model_summary
from aibaas.bench.runs import find_run, run_history, run_snapshot
from aibaas.bench.snapshot import comparable, fingerprint_except
from aibaas.bench.warehouse import ExportFormat, export_samples, read_samples
from aibaas.cli.common import startup
from aibaas.config import Settings
from aibaas.errors import AibaasError
from aibaas.store import make_engine, session_factory

if TYPE_CHECKING:
    from aibaas.bench.orchestrate import JobOutcome

HISTORY_HEADERS = ("run", "benchmark", "status", "done", "failed", "cached", "spend", "fingerprint")
app = typer.Typer(help="Benchmarks: run, watch, export and compare.", no_args_is_help=True)
console = Console()


def _split(values: str | None) -> list[str]:
    return [v.strip() for v in values.split(",") if v.strip()] if values else []


def _launch(settings: Settings, parameters: RunParameters) -> JobOutcome:
    """Run the benchmark job with a live progress bar; Ctrl-C stops new calls and keeps finished cells."""
    # Imported here: the job pulls in Dagster and litellm, which every other command can do without.
    from aibaas.bench.orchestrate import run_bench_job

    columns = (
        TextColumn("[bold]{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("failed {task.fields[failed]}  cached {task.fields[cached]}  ${task.fields[spend]:.4f}"),
        TextColumn("ETA {task.fields[eta]}"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=console) as bar:
        phases: dict[str, TaskID] = {}

        def show(progress: dict[str, Any]) -> None:
            phase = str(progress.get("phase", "starting"))
            if phase not in phases:
                phases[phase] = bar.add_task(phase, total=None, failed=0, cached=0, spend=0.0, eta="-")
            eta = progress.get("eta_s")
            bar.update(
                phases[phase],
                total=progress.get("total"),
                completed=progress.get("done", 0) + progress.get("failed", 0),
                failed=progress.get("failed", 0),
                cached=progress.get("cached", 0),
                spend=progress.get("spend_usd", 0.0),
                eta=f"{eta:.0f}s" if eta is not None else "-",
            )

        try:
            return run_bench_job(settings, parameters, on_progress=show)
        except KeyboardInterrupt:
            raise AibaasError(
                "stopped: finished answers and scores are kept; run the same command again to resume"
            ) from None


@app.command()
def run(
    definition: Path | None = typer.Option(None, help="A benchmark YAML file; default: the demo benchmark."),
    models: str | None = typer.Option(None, help="Comma-separated provider/model names, e.g. mock/strong."),
    languages: str | None = typer.Option(None, help="Comma-separated languages, e.g. python,go."),
    scenarios: str | None = typer.Option(None, help="Comma-separated scenarios: codegen,testing,review."),
    per_cell: int | None = typer.Option(
        None, min=1, help="At most this many tasks per language x scenario x difficulty."
    ),
    limit: int | None = typer.Option(None, min=1, help="At most this many tasks."),
    samples: int | None = typer.Option(None, min=1, help="Samples per task."),
    system_instructions: Path | None = typer.Option(None, help="A file of custom system instructions."),
) -> None:
    """Run (or resume) a benchmark: generate, score, store. Ctrl-C stops; run again to resume."""
    settings = startup()
    platform.prepare(settings)
    parameters = RunParameters(
        definition_file=str(definition) if definition else None,
        models=_split(models),
        languages=_split(languages),
        scenarios=_split(scenarios),
        per_cell=per_cell,
        limit=limit,
        samples=samples,
        system_instructions_file=str(system_instructions) if system_instructions else None,
    )
    parameters.resolve()
    outcome = _launch(settings, parameters)
    if not outcome.success:
        failed = ", ".join(outcome.failed_steps) or "a check"
        raise AibaasError(
            f"run {outcome.run_uid or '?'} did not finish (failed: {failed}); "
            "see `aibaas bench status` and the Dagster UI; run again to resume"
        )
    _print_summary(settings, outcome.run_uid)


def _print_summary(settings: Settings, run_uid: str | None) -> None:
    samples = read_samples(settings.warehouse, run_uid)
    run_row = find_run(session_factory(make_engine(settings.database_dsn)), run_uid)
    summary = model_summary(samples, [1])
    table = Table(title=f"run {run_row['run_uid'][:12]}  fingerprint {run_row['fingerprint'][:12]}")
    for column in summary.columns:
        table.add_column(column, justify="left" if column == "model" else "right")
    for row in summary.iter_rows():
        table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))
    console.print(table)


@app.command()
def status(
    run_uid: str | None = typer.Argument(None, help="A run uid (or its prefix); default: list runs."),
) -> None:
    """The history of runs with their fingerprints, or one run's progress and results."""
    settings = startup()
    platform.prepare(settings)
    sessions = session_factory(make_engine(settings.database_dsn))
    if run_uid is None:
        table = Table(title="benchmark runs (newest first)", box=box.SIMPLE, pad_edge=False)
        for column in HISTORY_HEADERS:
            # Run and fingerprint prefixes are what a user copies; the other columns give way first.
            table.add_column(column, no_wrap=True, min_width=12 if column in ("run", "fingerprint") else None)
        for row in run_history(sessions):
            progress = f"{row['cells_done']}/{row['cells_total']}"
            table.add_row(
                row["run_uid"][:12], row["benchmark"], row["status"], progress, str(row["cells_failed"]),
                str(row["cells_cached"]), f"${row['spend_usd']:.2f}", row["fingerprint"][:12],
            )  # fmt: skip
        # Piped output is not cropped to 80 columns: run ids and fingerprints are meant to be copied.
        (console if console.is_terminal else Console(width=140)).print(table)
        return
    row = find_run(sessions, run_uid)
    console.print_json(json.dumps(row, default=str))
    if row["status"] == "succeeded":
        _print_summary(settings, row["run_uid"])


@app.command()
def export(
    output: Path = typer.Argument(..., help="The file to write."),
    format: str = typer.Option("parquet", "--format", help="json, csv or parquet."),
    run_uid: str | None = typer.Option(None, "--run", help="A run uid (or prefix); default: every run."),
) -> None:
    """Export sample results (scores, metrics, pass/fail per sample) as JSON, CSV or Parquet."""
    if format not in ("json", "csv", "parquet"):
        raise AibaasError(f"--format must be json, csv or parquet, got {format!r}")
    settings = startup()
    fmt: ExportFormat = "json" if format == "json" else "csv" if format == "csv" else "parquet"
    path = export_samples(read_samples(settings.warehouse, run_uid), output, fmt)
    console.print(f"wrote {path}")


@app.command()
def ab(
    instructions: list[Path] = typer.Option(
        ..., "--instructions", help="A custom system-instructions file (repeatable)."
    ),
    models: str | None = typer.Option(None, help="Comma-separated provider/model names."),
    languages: str | None = typer.Option(None, help="Comma-separated languages."),
    scenarios: str | None = typer.Option(None, help="Comma-separated scenarios."),
    limit: int | None = typer.Option(None, min=1, help="At most this many tasks."),
    samples: int | None = typer.Option(None, min=1, help="Samples per task."),
    output: Path | None = typer.Option(None, help="Also write the report as JSON here."),
) -> None:
    """Custom-instructions A/B: baseline vs each instructions file on the same tasks, paired."""
    settings = startup()
    platform.prepare(settings)
    base = RunParameters(models=_split(models), languages=_split(languages), scenarios=_split(scenarios),
                         limit=limit, samples=samples)  # fmt: skip
    baseline = _launch(settings, base)
    reports = []
    for path in instructions:
        variant = _launch(settings, base.model_copy(update={"system_instructions_file": str(path)}))
        if not (baseline.success and variant.success):
            raise AibaasError("a run of the A/B did not finish; run the same command again to resume")
        report = ab_report(
            read_samples(settings.warehouse, baseline.run_uid),
            read_samples(settings.warehouse, variant.run_uid),
        )
        reports.append({"instructions": str(path), **report.as_dict()})
        table = Table(title=f"A/B: {path.name} vs baseline ({report.caveat or 'paired on every task'})")
        for column in ("metric", "baseline", "variant", "difference", "95% CI", "p", "pairs"):
            table.add_column(column, justify="left" if column == "metric" else "right")
        for m in report.metrics:
            interval = f"[{m.ci_low:+.4g}, {m.ci_high:+.4g}]"
            values = (
                f"{m.baseline:.4g}",
                f"{m.variant:.4g}",
                f"{m.difference:+.4g}",
                interval,
                f"{m.p_value:.3g}",
            )
            table.add_row(m.metric, *values, str(m.pairs))
        console.print(table)
        flips = ", ".join(f"{f['model']}:{f['task_id']} {f['direction']}" for f in report.flipped) or "none"
        console.print(f"pass/fail flips (McNemar p={report.pass_test_p_value:.3g}): {flips}")
    if output is not None:
        output.write_text(json.dumps(reports, indent=2, default=str), encoding="utf-8")
        console.print(f"wrote {output}")


def _differences(settings: Settings, baseline: str | None, variant: str | None) -> str | None:
    """The warning when an A/B's runs differ in more than their system instructions."""
    sessions = session_factory(make_engine(settings.database_dsn))
    prints = [
        fingerprint_except(run_snapshot(sessions, uid or ""), "system_instructions")
        for uid in (baseline, variant)
    ]
    return comparable(*prints)


def backup(to: Path = typer.Argument(..., help="The archive to write (.tar.gz).")) -> None:
    """Back up the operational database and the warehouse into one archive."""
    settings = startup()
    manifest = make_backup(settings, to)
    warehouse = " and the warehouse" if manifest.get("warehouse") else ""
    console.print(f"backed up the {manifest['database']} database{warehouse} to {to}")


def restore(source: Path = typer.Argument(..., help="An archive written by `aibaas backup`.")) -> None:
    """Replace the operational database and the warehouse with a backup's."""
    settings = startup()
    manifest = restore_backup(settings, source)
    console.print(f"restored the backup of {manifest['created_at']} from {source}")
