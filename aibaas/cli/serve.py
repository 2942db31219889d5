"""`aibaas materialize`, `aibaas serve` and `aibaas demo`: run the pipeline and serve the UIs."""

from __future__ import annotations

import signal
import time

import typer
from rich.console import Console

from aibaas import platform
from aibaas.cli.common import startup
from aibaas.errors import AibaasError

console = Console()


def materialize() -> None:
    """Prepare the embedded defaults and materialize the whole pipeline once."""
    settings = startup()
    platform.prepare(settings)
    with console.status("materializing the pipeline (aibaas_pipeline)..."):
        ok = platform.materialize_all(settings)
    if not ok:
        raise AibaasError(
            "the pipeline run failed or a check did not pass; open the Dagster UI (aibaas serve)"
        )
    console.print("[green]pipeline materialized[/]; every blocking check passed (advice: Dagster UI)")


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _stop_on_signals() -> None:
    """Ctrl-C and SIGTERM both stop the servers: they run in sessions of their own, so nothing else
    would, and a run of the pipeline in this process may have replaced the handlers."""
    signal.signal(signal.SIGINT, _interrupt)
    signal.signal(signal.SIGTERM, _interrupt)


def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    dagster_port: int = typer.Option(3000, help="Port of the Dagster UI."),
    app_port: int = typer.Option(8501, help="Port of the Streamlit app."),
) -> None:
    """Serve the Dagster UI and the Streamlit app until Ctrl-C."""
    settings = startup()
    platform.prepare(settings)
    _stop_on_signals()
    endpoints, processes = platform.start_servers(settings, host, dagster_port, app_port)
    mail = None
    try:
        mail = platform.start_dev_mail(settings)
        console.print(f"Dagster UI:    [bold]{endpoints.dagster_url}[/]")
        console.print(f"Streamlit app: [bold]{endpoints.app_url}[/]")
        if mail:
            kept = settings.data_dir / "mail"
            console.print(f"Mail (dev):    SMTP on 127.0.0.1:{mail.port}, messages kept in {kept}")
        console.print(f"logs in {settings.data_dir / 'logs'}; press Ctrl-C to stop")
        while all(p.poll() is None for p in processes):
            time.sleep(1)
        raise AibaasError(f"a server stopped unexpectedly; see the logs in {settings.data_dir / 'logs'}")
    except KeyboardInterrupt:
        console.print("stopping...")
    finally:
        platform.stop_servers(processes)
        if mail:
            mail.stop()


def demo(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    dagster_port: int = typer.Option(3000, help="Port of the Dagster UI."),
    app_port: int = typer.Option(8501, help="Port of the Streamlit app."),
) -> None:
    """Materialize the whole pipeline on the embedded defaults, then serve both UIs."""
    try:
        materialize()
    except AibaasError as exc:
        # Serve anyway: the Dagster UI is where the failed run and its checks are explained.
        console.print(f"[bold yellow]warning:[/] {exc}")
    serve(host=host, dagster_port=dagster_port, app_port=app_port)
