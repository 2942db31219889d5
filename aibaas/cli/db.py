"""`aibaas db ...`: migrations of the operational database."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from aibaas.cli.common import startup
from aibaas.store import make_engine, migrate, wait_for_database
from aibaas.store.schema_doc import SCHEMA_DOC, render_schema_doc

app = typer.Typer(help="Operational database: migrations and schema docs.", no_args_is_help=True)
console = Console()


@app.command()
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Migrate the database up to REVISION (default: the newest)."""
    settings = startup()
    wait_for_database(make_engine(settings.database_dsn), attempts=settings.db_connect_attempts)
    migrate.upgrade(settings.database_dsn, revision)
    console.print(f"database migrated to {revision}")


@app.command()
def downgrade(revision: str = typer.Argument(..., help="Target revision, e.g. -1 or base.")) -> None:
    """Migrate the database down to REVISION."""
    settings = startup()
    migrate.downgrade(settings.database_dsn, revision)
    console.print(f"database migrated down to {revision}")


@app.command()
def current() -> None:
    """Show the database's revision and whether it is the newest."""
    settings = startup()
    engine = make_engine(settings.database_dsn)
    here = migrate.current_revisions(engine) or {"(empty)"}
    heads = migrate.head_revisions(settings.database_dsn)
    state = (
        "current" if migrate.is_current(engine, settings.database_dsn) else "behind: run `aibaas db upgrade`"
    )
    console.print(f"database at {', '.join(sorted(here))}; newest {', '.join(sorted(heads))}; {state}")


@app.command()
def revision(message: str = typer.Option(..., "-m", "--message", help="What the migration does.")) -> None:
    """Autogenerate a migration from the models (run `aibaas db upgrade` first)."""
    settings = startup()
    migrate.make_revision(settings.database_dsn, message)


@app.command("schema-doc")
def schema_doc(path: Path = typer.Option(SCHEMA_DOC, help="The schema document to rewrite.")) -> None:
    """Rewrite the generated part of docs/schema.md from the models."""
    path.write_text(render_schema_doc(path.read_text(encoding="utf-8")), encoding="utf-8")
    console.print(f"updated {path}")
