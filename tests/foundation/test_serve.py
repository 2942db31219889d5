"""`aibaas serve`'s servers really start, answer on loopback, and stop with nothing left behind."""

import urllib.request

from aibaas import platform
from aibaas.config import Environment, Settings
from tests.conftest import free_port


def test_servers_answer_and_stop(settings: Settings) -> None:
    platform.prepare(settings)
    endpoints, processes = platform.start_servers(settings, "127.0.0.1", free_port(), free_port())
    try:
        with urllib.request.urlopen(f"{endpoints.app_url}/_stcore/health", timeout=10) as response:
            assert response.read() == b"ok"
        with urllib.request.urlopen(f"{endpoints.dagster_url}/server_info", timeout=30) as response:
            assert b"dagster_webserver_version" in response.read()
    finally:
        platform.stop_servers(processes)
    assert all(process.poll() is not None for process in processes)


def test_development_serve_receives_mail_on_loopback(settings: Settings) -> None:
    import smtplib

    port = free_port()
    local = settings.model_copy(update={"smtp_port": port})
    sink = platform.start_dev_mail(local)
    assert sink is not None
    try:
        assert platform.start_dev_mail(local) is None  # the port is taken: leave the running sink alone
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as client:
            client.sendmail("a@example.org", ["b@example.org"], "Subject: hi\r\n\r\nbody")
        assert list((settings.data_dir / "mail").glob("*.eml"))
    finally:
        sink.stop()
    assert platform.start_dev_mail(local.model_copy(update={"env": Environment.PRODUCTION})) is None


def test_sigterm_to_serve_stops_both_servers(settings: Settings) -> None:
    import os
    import signal
    import socket
    import subprocess
    import sys
    from pathlib import Path

    dagster_port, app_port = free_port(), free_port()
    command = [str(Path(sys.executable).parent / "aibaas"), "serve"]
    command += ["--dagster-port", str(dagster_port), "--app-port", str(app_port)]
    env = {**os.environ, "AIBAAS_DATA_DIR": str(settings.data_dir), "AIBAAS_SMTP_PORT": str(free_port())}
    serve = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert serve.stdout is not None
        for line in serve.stdout:
            if "Streamlit app:" in line:
                break
        serve.send_signal(signal.SIGTERM)
        assert serve.wait(timeout=60) == 0
    finally:
        if serve.poll() is None:
            serve.kill()
    for port in (dagster_port, app_port):
        with socket.socket() as probe:
            assert probe.connect_ex(("127.0.0.1", port)) != 0, f"something still listens on {port}"
