"""The `aibaas` command as a user runs it: clear errors without tracebacks, doctor's verdicts."""

import json
import os
import subprocess
import sys
from pathlib import Path

AIBAAS = str(Path(sys.executable).parent / "aibaas")


def run(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith("AIBAAS_")}
    environment |= {"AIBAAS_DATA_DIR": str(tmp_path / "data"), **env}
    return subprocess.run(
        [AIBAAS, *args], capture_output=True, text=True, env=environment, cwd=tmp_path, timeout=120
    )


def test_production_misconfiguration_is_one_clear_line_without_traceback(tmp_path: Path) -> None:
    done = run(["doctor"], tmp_path, AIBAAS_ENV="production", AIBAAS_SECRET_KEY="short")
    assert done.returncode == 2
    assert "refusing to start in production" in done.stderr
    assert "AIBAAS_DATABASE_URL points at SQLite" in done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert "short" not in done.stderr.replace("shorter", "")


def test_doctor_fails_until_migrated_and_names_the_fix(tmp_path: Path) -> None:
    before = run(["doctor", "--json"], tmp_path)
    assert before.returncode == 1
    database = next(r for r in json.loads(before.stdout) if r["component"] == "database")
    assert database["status"] == "fail" and database["fix"] == "aibaas db upgrade"

    assert run(["db", "upgrade"], tmp_path).returncode == 0
    after = json.loads(run(["doctor", "--json"], tmp_path).stdout)
    assert next(r for r in after if r["component"] == "database")["status"] == "ok"
