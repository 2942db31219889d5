"""The `aibaas` command: one typer app; each area adds its commands in its own module."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

import typer
from rich.console import Console

from aibaas.cli import auth, bench, db, doctor, providers, sandbox, serve, taskbank
from aibaas.errors import AibaasError

app = typer.Typer(
    name="aibaas",
    help="AIBaaS: fair, continuous benchmarks of AI coding models.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db.app, name="db")
app.add_typer(auth.users, name="users")
app.add_typer(auth.orgs, name="orgs")
app.add_typer(auth.mail, name="mail")
app.add_typer(providers.models_app, name="models")
app.add_typer(providers.providers_app, name="providers")
app.add_typer(sandbox.app, name="sandbox")
app.add_typer(taskbank.app, name="taskbank")
app.command("eval-samples")(sandbox.eval_samples)
app.command("doctor")(doctor.doctor)
app.command("serve")(serve.serve)
app.command("materialize")(serve.materialize)
app.command("demo")(serve.demo)
app.add_typer(bench.app, name="bench")
app.command("backup")(bench.backup)
app.command("restore")(bench.restore)


def main() -> None:
    """Entry point: errors meant for people are printed as one line, never a traceback."""
    try:
        app()
    except AibaasError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
        sys.exit(2)
