"""The `aibaas` command: one typer app; each area adds its commands in its own module.

Areas are imported only when one of their commands runs (`LazyGroup`): litellm, scipy, Dagster
and the rest take seconds to import, and `aibaas eval-samples` or `aibaas db upgrade` should not
pay for all of them at every start.
"""

from __future__ import annotations

import importlib
import os
import sys

os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from aibaas.errors import AibaasError

# command name -> (module, attribute): a typer app for a command group, a function for a command.
COMMANDS: dict[str, tuple[str, str]] = {
    "demo": ("aibaas.cli.serve", "demo"),
    "materialize": ("aibaas.cli.serve", "materialize"),
    "serve": ("aibaas.cli.serve", "serve"),
    "doctor": ("aibaas.cli.doctor", "doctor"),
    "bench": ("aibaas.cli.bench", "app"),
    "taskbank": ("aibaas.cli.taskbank", "app"),
    "models": ("aibaas.cli.providers", "models_app"),
    "providers": ("aibaas.cli.providers", "providers_app"),
    "sandbox": ("aibaas.cli.sandbox", "app"),
    "eval-samples": ("aibaas.cli.sandbox", "eval_samples"),
    "users": ("aibaas.cli.auth", "users"),
    "orgs": ("aibaas.cli.auth", "orgs"),
    "mail": ("aibaas.cli.auth", "mail"),
    "db": ("aibaas.cli.db", "app"),
    "backup": ("aibaas.cli.bench", "backup"),
    "restore": ("aibaas.cli.bench", "restore"),
}


def _as_command(name: str, target: Any) -> Any:
    """Typer's command object for a function or a typer app, named `name`."""
    parent = typer.Typer()
    if isinstance(target, typer.Typer):
        parent.add_typer(target, name=name)
    else:
        parent.command(name)(target)
    built = typer.main.get_command(parent)
    # One registered command comes back as itself; one group comes back inside a group.
    return built.get_command(typer.Context(built), name) if isinstance(built, TyperGroup) else built


class LazyGroup(TyperGroup):
    """The top-level group: resolves a command by importing its module on first use."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in COMMANDS:
            return None
        module, attribute = COMMANDS[cmd_name]
        return _as_command(cmd_name, getattr(importlib.import_module(module), attribute))


app = typer.Typer(
    name="aibaas",
    cls=LazyGroup,
    help="AIBaaS: fair, continuous benchmarks of AI coding models.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """AIBaaS: fair, continuous benchmarks of AI coding models."""


def main() -> None:
    """Entry point: errors meant for people are printed as one line, never a traceback."""
    try:
        app()
    except AibaasError as exc:
        Console(stderr=True).print(f"[bold red]error:[/] {exc}", highlight=False, markup=True)
        sys.exit(2)
