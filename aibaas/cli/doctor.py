"""`aibaas doctor`: each component's health as a table or JSON, non-zero when a required part fails."""

from __future__ import annotations

import json
from dataclasses import asdict

import typer
from rich.console import Console
from rich.table import Table

from aibaas.cli.common import startup
from aibaas.doctor import Status, run_checks

STYLE = {Status.OK: "green", Status.WARN: "yellow", Status.FAIL: "red"}


def doctor(as_json: bool = typer.Option(False, "--json", help="Print the results as JSON.")) -> None:
    """Check database, warehouse, toolchains, sandbox and providers; print the fix for each failure."""
    settings = startup()
    results = run_checks(settings)
    if as_json:
        typer.echo(json.dumps([asdict(r) for r in results], indent=2))
    else:
        table = Table("component", "status", "detail", "fix", title="aibaas doctor")
        for r in results:
            status = r.status.value if r.required else f"{r.status.value} (optional)"
            table.add_row(r.component, f"[{STYLE[r.status]}]{status}[/]", r.detail, r.fix)
        Console().print(table)
    if any(r.status is Status.FAIL and r.required for r in results):
        raise typer.Exit(1)
