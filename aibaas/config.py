"""Settings for every part of the platform, from environment variables or a `.env` file.

Every setting is `AIBAAS_<NAME>`; `.env.example` documents each one. Secrets are `SecretStr`,
so they never appear in logs, reprs or error messages.
"""

from __future__ import annotations

import os
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from aibaas.errors import ConfigError
from aibaas.judging.weights import AggregationWeights
from aibaas.providers.config import ProviderConfig, load_providers_file

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SECRET_KEY = "dev-insecure-secret-key-change-me"  # noqa: S105 - the refused default


class Environment(StrEnum):
    """Where the platform runs; production is strict about what it accepts."""

    DEVELOPMENT = "development"
    STAGING = "staging"
    PRODUCTION = "production"


class Settings(BaseSettings):
    """All configuration, validated once at start-up."""

    model_config = SettingsConfigDict(
        env_prefix="AIBAAS_",
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        validate_default=True,
    )

    env: Environment = Environment.DEVELOPMENT
    data_dir: Path = PROJECT_ROOT / "data"
    taskbank_dir: Path = PROJECT_ROOT / "taskbank"
    database_url: SecretStr | None = None
    warehouse_path: Path | None = None
    marts_dir: Path | None = None
    dagster_home: Path | None = None
    secret_key: SecretStr = SecretStr(DEFAULT_SECRET_KEY)
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["auto", "json", "console"] = "auto"
    db_connect_attempts: int = Field(default=5, ge=1, le=60)
    providers_file: Path | None = None
    sandbox_backend: Literal["local", "docker"] = "local"
    sandbox_concurrency: int | None = Field(default=None, ge=1)
    docker_base_url: str | None = None
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=8025, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False
    mail_from: str = "AIBaaS <no-reply@aibaas.local>"
    public_url: str = "http://127.0.0.1:8501"
    bench_raw_output_days: int = Field(default=90, ge=1, description="days raw model answers are kept")
    bench_score_days: int | None = Field(
        default=None, ge=1, description="days scores are kept; empty: forever"
    )
    aggregation_weights: AggregationWeights = AggregationWeights()
    bootstrap_rounds: int = Field(default=1000, ge=100, le=100_000)
    taskbank_qa_sample: int = Field(
        default=63, ge=0, description="tasks the pipeline's sandbox QA runs (>= one per stratum); 0: all"
    )

    @model_validator(mode="after")
    def _fill_derived_paths(self) -> Settings:
        self.data_dir = self.data_dir.expanduser().resolve()
        if self.warehouse_path is None:
            self.warehouse_path = self.data_dir / "warehouse.duckdb"
        if self.marts_dir is None:
            self.marts_dir = self.data_dir / "marts"
        if self.dagster_home is None:
            self.dagster_home = self.data_dir / "dagster_home"
        if self.database_url is None:
            self.database_url = SecretStr(f"sqlite:///{self.data_dir / 'aibaas.db'}")
        return self

    @property
    def database_dsn(self) -> str:
        """The database URL in clear, for the engine only; never log it."""
        assert self.database_url is not None
        return self.database_url.get_secret_value()

    @property
    def uses_sqlite(self) -> bool:
        return self.database_dsn.startswith("sqlite")

    @property
    def warehouse(self) -> Path:
        assert self.warehouse_path is not None
        return self.warehouse_path

    @property
    def marts(self) -> Path:
        assert self.marts_dir is not None
        return self.marts_dir

    @property
    def dagster_home_dir(self) -> Path:
        assert self.dagster_home is not None
        return self.dagster_home

    def providers(self) -> list[ProviderConfig]:
        """The configured providers; the offline mock provider is always there."""
        configured = load_providers_file(self.providers_file) if self.providers_file else []
        if not any(p.kind == "mock" for p in configured):
            configured.insert(0, ProviderConfig(name="mock", kind="mock"))
        return configured

    def production_problems(self) -> list[str]:
        """What makes these settings unfit for production, one sentence each."""
        problems: list[str] = []
        if self.uses_sqlite:
            problems.append(
                "AIBAAS_DATABASE_URL points at SQLite; production needs PostgreSQL "
                "(postgresql+psycopg://user:password@host/db)"
            )
        if self.secret_key.get_secret_value() == DEFAULT_SECRET_KEY:
            problems.append(
                "AIBAAS_SECRET_KEY is the development default; set a long random value "
                '(python -c "import secrets; print(secrets.token_urlsafe(48))")'
            )
        elif len(self.secret_key.get_secret_value()) < 32:
            problems.append("AIBAAS_SECRET_KEY is shorter than 32 characters; use a long random value")
        for provider in self.providers():
            missing = provider.missing_key()
            if missing:
                problems.append(
                    f"provider {provider.name!r} needs its API key in the environment variable "
                    f"{missing}, which is not set"
                )
        return problems


def load_settings(**overrides: object) -> Settings:
    """Build and validate settings; a problem raises ConfigError with a readable message.

    Args:
        overrides: values that take precedence over the environment (tests, CLI flags).
    """
    try:
        settings = Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        details = "; ".join(
            f"AIBAAS_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"invalid configuration: {details}") from None
    if settings.env is Environment.PRODUCTION:
        problems = settings.production_problems()
        if problems:
            raise ConfigError("refusing to start in production: " + "; ".join(problems))
    return settings


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, loaded once."""
    return load_settings()


def export_environment(settings: Settings) -> dict[str, str]:
    """Variables that child processes (dagster, streamlit) need to see the same configuration."""
    env = dict(os.environ)
    env["AIBAAS_DATA_DIR"] = str(settings.data_dir)
    env["DAGSTER_HOME"] = str(settings.dagster_home_dir)
    env.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")
    env.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    return env
