"""`aibaas users|orgs|mail` as an operator runs them: real processes, a real SMTP sink, one database.

Each `aibaas` process spends ~5 s of CPU importing the whole CLI (litellm above all), so these tests
use as few invocations as the behaviour allows.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from email import message_from_string, policy
from pathlib import Path

import pytest

from aibaas.store import migrate
from tests.conftest import free_port

AIBAAS = str(Path(sys.executable).parent / "aibaas")
PASSWORD = "tangerine-violin-42\n"


def environment(tmp_path: Path, smtp_port: int) -> dict[str, str]:
    """A migrated SQLite database in tmp_path and the SMTP port, as the commands will see them."""
    migrate.upgrade(f"sqlite:///{tmp_path / 'data' / 'aibaas.db'}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIBAAS_")}
    return env | {"AIBAAS_DATA_DIR": str(tmp_path / "data"), "AIBAAS_SMTP_PORT": str(smtp_port)}


def run(args: list[str], env: dict[str, str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([AIBAAS, *args], input=stdin, capture_output=True, text=True, env=env, timeout=120)


def wait_for_mail(folder: Path, timeout_s: float = 20.0) -> str:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        mails = sorted(folder.glob("*.eml")) if folder.exists() else []
        if mails:
            message = message_from_string(mails[0].read_text(encoding="utf-8"), policy=policy.default)
            return str(message.get_body(preferencelist=("plain",)).get_content())  # type: ignore[union-attr]
        time.sleep(0.1)
    raise AssertionError(f"no mail arrived in {folder}")


@pytest.mark.slow  # four CLI processes and an SMTP server process: ~25 s of CPU
def test_operator_creates_user_and_org_invites_by_mail_and_reads_the_audit_log(tmp_path: Path) -> None:
    port = free_port()
    env = environment(tmp_path, port)
    sink = subprocess.Popen(
        [AIBAAS, "mail", "serve"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        created = run(
            ["users", "create", "Olive@Example.com", "--name", "Olive Owner", "--password-stdin"],
            env,
            PASSWORD,
        )
        assert created.returncode == 0, created.stderr
        assert "for olive@example.com" in created.stdout
        org = run(["orgs", "create", "Acme Research", "--owner", "olive@example.com"], env)
        assert "created organisation acme-research" in org.stdout

        invited = run(
            [
                "orgs",
                "invite",
                "acme-research",
                "bob@example.com",
                "--role",
                "developer",
                "--as",
                "olive@example.com",
            ],
            env,
        )
        assert invited.returncode == 0, invited.stderr
        assert "action=invite&token=" in wait_for_mail(tmp_path / "data" / "mail")

        audit = run(["orgs", "audit", "acme-research", "--as", "olive@example.com"], env)
        assert "invitation.created" in audit.stdout and "org.created" in audit.stdout
    finally:
        sink.terminate()
        try:
            sink.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            # twice inside the full suite on one machine SIGTERM left it running for over 60 s (alone it
            # exits at once; cause not found): this test is about the CLI, so clean up and go on
            sink.kill()
            sink.communicate(timeout=10)


def test_bad_input_is_one_clear_line_without_traceback(tmp_path: Path) -> None:
    env = environment(tmp_path, free_port())
    weak = run(["users", "create", "ada@example.com", "--name", "Ada", "--password-stdin"], env, "short\n")
    assert weak.returncode == 2
    assert "password: is 5 characters long; use at least 12" in weak.stderr
    missing = run(["orgs", "create", "Acme", "--owner", "nobody@example.com"], env)
    assert "there is no account for nobody@example.com" in missing.stderr
    assert "Traceback" not in weak.stderr + missing.stderr
