"""Preparing the embedded defaults and running the platform's main job and servers.

`prepare` makes a machine ready (data dir, migrated database, Dagster home); `materialize_all`
runs the main job in-process against the persistent Dagster instance, so the run shows in the UI;
`serve` starts the Dagster UI and the Streamlit app and stops both on Ctrl-C.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from aibaas.auth.mailsink import MailSink
from aibaas.config import PROJECT_ROOT, Environment, Settings, export_environment
from aibaas.errors import AibaasError
from aibaas.logs import get_logger
from aibaas.store import make_engine, migrate, wait_for_database

log = get_logger(__name__)
DAGSTER_TEMPLATE = PROJECT_ROOT / "deploy" / "dagster.yaml"


def prepare(settings: Settings) -> None:
    """Create the data folders, migrate the database and set up DAGSTER_HOME (idempotent)."""
    for folder in (settings.data_dir, settings.marts, settings.dagster_home_dir):
        folder.mkdir(parents=True, exist_ok=True)
    instance_file = settings.dagster_home_dir / "dagster.yaml"
    if not instance_file.exists():
        shutil.copyfile(DAGSTER_TEMPLATE, instance_file)
    wait_for_database(make_engine(settings.database_dsn), attempts=settings.db_connect_attempts)
    migrate.upgrade(settings.database_dsn)


def materialize_all(settings: Settings) -> bool:
    """Run the main job once in-process against the persistent instance; True when it succeeded."""
    os.environ["DAGSTER_HOME"] = str(settings.dagster_home_dir)
    import dagster as dg

    from dagster_project.definitions import defs
    from dagster_project.jobs import MAIN_JOB

    with dg.DagsterInstance.get() as instance:
        result = defs.resolve_job_def(MAIN_JOB).execute_in_process(
            instance=instance,
            raise_on_error=False,
            # Step-by-step DEBUG events belong in the Dagster UI, not on the terminal of `make demo`.
            run_config={"loggers": {"console": {"config": {"log_level": "INFO"}}}},
        )
    failed = [e.step_key for e in result.all_events if e.is_step_failure]
    unpassed = [e for e in result.get_asset_check_evaluations() if not e.passed]
    # A WARN-severity check that does not pass is advice (e.g. improvement suggestions), not a failure.
    checks_failed = [e.asset_check_key.name for e in unpassed if e.severity == dg.AssetCheckSeverity.ERROR]
    checks_warned = [e.asset_check_key.name for e in unpassed if e.severity != dg.AssetCheckSeverity.ERROR]
    log.info(
        "pipeline materialized",
        run_id=result.run_id,
        success=result.success,
        failed_steps=failed,
        failed_checks=checks_failed,
        warning_checks=checks_warned,
    )
    return result.success and not checks_failed


def start_dev_mail(settings: Settings) -> MailSink | None:
    """In development, receive the platform's mail on loopback (kept in <data_dir>/mail).

    Returns None outside development, for a non-loopback SMTP host, or when something already
    listens on the port (a sink started by hand keeps working).
    """
    if settings.env is not Environment.DEVELOPMENT or settings.smtp_host not in {"127.0.0.1", "localhost"}:
        return None
    with socket.socket() as probe:
        if probe.connect_ex(("127.0.0.1", settings.smtp_port)) == 0:
            return None
    sink = MailSink(port=settings.smtp_port, folder=settings.data_dir / "mail")
    sink.start()
    return sink


@dataclass(frozen=True)
class Endpoints:
    dagster_url: str
    app_url: str


def _spawn(command: list[str], settings: Settings, log_file: Path) -> subprocess.Popen[bytes]:
    handle = log_file.open("ab")
    return subprocess.Popen(
        command,
        cwd=PROJECT_ROOT,
        env=export_environment(settings),
        stdout=handle,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )


def _wait_for_port(host: str, port: int, process: subprocess.Popen[bytes], name: str, log_file: Path) -> None:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AibaasError(f"{name} exited with code {process.returncode}; see {log_file}")
        with socket.socket() as sock:
            if sock.connect_ex((host, port)) == 0:
                return
        time.sleep(0.25)
    raise AibaasError(f"{name} did not open {host}:{port} within 90 s; see {log_file}")


def start_servers(
    settings: Settings, host: str, dagster_port: int, app_port: int
) -> tuple[Endpoints, list[subprocess.Popen[bytes]]]:
    """Start `dagster dev` and `streamlit run`, wait until both accept connections."""
    logs_dir = settings.data_dir / "logs"
    logs_dir.mkdir(parents=True, exist_ok=True)
    bin_dir = Path(sys.executable).parent
    dagster_log, app_log = logs_dir / "dagster.log", logs_dir / "streamlit.log"
    dagster = _spawn(
        [
            str(bin_dir / "dagster"),
            "dev",
            "-w",
            str(PROJECT_ROOT / "workspace.yaml"),
            "-h",
            host,
            "-p",
            str(dagster_port),
        ],
        settings,
        dagster_log,
    )
    app = _spawn(
        [
            str(bin_dir / "streamlit"),
            "run",
            str(PROJECT_ROOT / "app" / "streamlit_app.py"),
            "--server.address",
            host,
            "--server.port",
            str(app_port),
            "--server.headless",
            "true",
        ],
        settings,
        app_log,
    )
    processes = [dagster, app]
    try:
        _wait_for_port(host, app_port, app, "streamlit", app_log)
        _wait_for_port(host, dagster_port, dagster, "dagster", dagster_log)
    except BaseException:  # a failed start or Ctrl-C while waiting: leave no server behind
        stop_servers(processes)
        raise
    return Endpoints(f"http://{host}:{dagster_port}", f"http://{host}:{app_port}"), processes


def stop_servers(processes: list[subprocess.Popen[bytes]]) -> None:
    """SIGINT each server's process group (dagster dev stops its children), then make sure."""
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
