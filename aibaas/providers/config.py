"""How a provider is configured: by name, kind, base URL and the *name* of its key's variable."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from aibaas.errors import ConfigError


class PriceOverride(BaseModel):
    """Per-model prices that replace litellm's price map, in USD per million tokens."""

    model_config = ConfigDict(extra="forbid")

    input_per_mtok: float = Field(ge=0)
    output_per_mtok: float = Field(ge=0)


class ProviderConfig(BaseModel):
    """One configured provider. The key itself never lives here, only its variable's name."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, pattern=r"^[a-z0-9][a-z0-9_.-]*$")
    kind: str = Field(min_length=1)
    base_url: str | None = None
    api_key_env: str | None = Field(default=None, pattern=r"^[A-Z_][A-Z0-9_]*$")
    prices: dict[str, PriceOverride] = Field(default_factory=dict)
    requests_per_minute: int | None = Field(default=None, gt=0)
    tokens_per_minute: int | None = Field(default=None, gt=0)
    max_concurrency: int | None = Field(default=None, gt=0)
    timeout_seconds: float = Field(default=120.0, gt=0)
    max_attempts: int = Field(default=6, ge=1, le=20, description="tries per call, the first included")
    models: list[str] = Field(default_factory=list)
    options: dict[str, Any] = Field(
        default_factory=dict, description="kind-specific settings, validated by the kind's own schema"
    )
    pool_allow: list[str] = Field(
        default_factory=lambda: ["*"], description="glob patterns of models to benchmark"
    )
    pool_deny: list[str] = Field(default_factory=list, description="glob patterns never benchmarked")
    deprecation_grace_days: float = Field(
        default=14.0, ge=0, description="days a vanished model stays pooled"
    )

    def missing_key(self) -> str | None:
        """The name of the key variable this provider needs but the environment lacks."""
        if self.api_key_env and not os.environ.get(self.api_key_env):
            return self.api_key_env
        return None


class ProvidersFile(BaseModel):
    """The providers file: a list of providers under `providers:`."""

    model_config = ConfigDict(extra="forbid")

    providers: list[ProviderConfig] = Field(default_factory=list)


def load_providers_file(path: Path) -> list[ProviderConfig]:
    """Read and validate a providers YAML file.

    Raises:
        ConfigError: naming the file, the field and what is wrong.
    """
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read providers file ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from None
    try:
        parsed = ProvidersFile.model_validate(raw)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors())
        raise ConfigError(f"{path}: invalid provider configuration: {problems}") from None
    names = [p.name for p in parsed.providers]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise ConfigError(f"{path}: provider names must be unique, repeated: {', '.join(duplicates)}")
    return parsed.providers
