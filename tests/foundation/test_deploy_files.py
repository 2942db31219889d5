"""The production Dockerfile and compose file name only files and commands that exist.

Neither can be built here (no Docker engine), so this test reads them instead.
"""

import shlex
import sys
from pathlib import Path

import yaml

from aibaas.config import PROJECT_ROOT

DEPLOY = PROJECT_ROOT / "deploy"
VENV_BIN = Path(sys.executable).parent


def _dockerfile_instructions() -> list[tuple[str, str]]:
    lines = (DEPLOY / "Dockerfile").read_text().replace("\\\n", " ").splitlines()
    return [tuple(line.split(maxsplit=1)) for line in lines if line.strip() and not line.startswith("#")]


def test_every_copied_source_exists() -> None:
    copies = [args for op, args in _dockerfile_instructions() if op == "COPY" and "--from" not in args]
    assert copies
    for args in copies:
        for source in shlex.split(args)[:-1]:
            assert (PROJECT_ROOT / source).exists(), f"Dockerfile copies missing {source}"


def _commands() -> list[list[str]]:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    commands = [svc["command"] for svc in compose["services"].values() if "command" in svc]
    cmd = next(args for op, args in _dockerfile_instructions() if op == "CMD")
    return [*commands, yaml.safe_load(cmd)]


def test_every_command_is_an_installed_entry_point_and_every_named_file_exists() -> None:
    for command in _commands():
        assert (VENV_BIN / command[0]).exists(), f"{command[0]} is not installed"
        for arg in command[1:]:
            if arg.endswith((".py", ".yaml")):
                assert (PROJECT_ROOT / arg).exists(), f"{command} names missing {arg}"
        if "-m" in command:
            module = command[command.index("-m") + 1]
            assert (PROJECT_ROOT / (module.replace(".", "/") + ".py")).exists()


def test_compose_has_the_production_services_and_mounts_existing_files() -> None:
    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    assert {"postgres", "user-code", "dagster-webserver", "dagster-daemon", "streamlit"} <= set(
        compose["services"]
    )
    for service in compose["services"].values():
        for volume in service.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("."):
                assert (DEPLOY / source).exists(), f"compose mounts missing {source}"
