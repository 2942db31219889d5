"""A run is an immutable snapshot of everything that determines its numbers, with a fingerprint.

The fingerprint is the sha256 of the canonical JSON of the snapshot without the benchmark's
name: two benchmarks configured alike produce comparable numbers, and any difference in task
versions, model versions, templates, parameters, weights or sandbox image changes it.
"""

from __future__ import annotations

import hashlib
import json
import platform
from typing import Any

from pydantic import BaseModel, ConfigDict

from aibaas.bench.definition import BenchmarkDefinition
from aibaas.config import Settings
from aibaas.providers.mock.profiles import PROFILES

# Bumped whenever extraction, grading or metrics change what a sample's score is.
SCORING_VERSION = "2026.11.1"


class RunSnapshot(BaseModel):
    model_config = ConfigDict(frozen=True)

    definition: BenchmarkDefinition
    taskbank_version: str
    tasks: list[str]
    model_versions: dict[str, str]
    sandbox_image: str
    scoring_version: str = SCORING_VERSION

    def fingerprint(self) -> str:
        return fingerprint_of(self.model_dump(mode="json"))


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def fingerprint_of(snapshot: dict[str, Any]) -> str:
    body = dict(snapshot)
    body["definition"] = {k: v for k, v in body["definition"].items() if k != "name"}
    return hashlib.sha256(canonical_json(body).encode("utf-8")).hexdigest()


def fingerprint_except(snapshot: dict[str, Any], *definition_fields: str) -> str:
    """The fingerprint of a stored snapshot with some definition fields left out: what two runs of an
    A/B must share when they differ on purpose in, say, `system_instructions`."""
    body = dict(snapshot)
    body["definition"] = {k: v for k, v in body["definition"].items() if k not in definition_fields}
    return fingerprint_of(body)


def model_version(model: str) -> str:
    """The version a model answered as: a hash of an offline profile, or the provider's model name.

    Hosted providers expose no immutable version through litellm; the dated model name is what they
    pin (e.g. gpt-4o-2024-08-06), so the name is recorded as given.
    """
    provider, _, name = model.partition("/")
    if provider == "mock" and name in PROFILES:
        return "profile-" + hashlib.sha256(repr(PROFILES[name]).encode()).hexdigest()[:12]
    return name


def sandbox_image(settings: Settings) -> str:
    """The execution environment: the backend and the host toolchain it binds."""
    return f"{settings.sandbox_backend}:python{platform.python_version()}:{platform.machine()}"


def comparable(left: str, right: str) -> str | None:
    """None when two fingerprints match, else the warning every comparison must show."""
    if left == right:
        return None
    return (
        f"runs {left[:12]} and {right[:12]} have different configurations (task versions, models, "
        "templates, parameters or sandbox); their numbers are not directly comparable"
    )
