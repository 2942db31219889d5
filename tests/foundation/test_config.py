"""Production refuses unsafe settings with messages that name the setting; secrets never leak."""

import json

import pytest

from aibaas.config import Environment, load_settings
from aibaas.errors import ConfigError
from aibaas.logs import bound_run, configure_logging, get_logger

STRONG_KEY = "k" * 48
PG = "postgresql+psycopg://app:pg-secret-password@db.internal/aibaas"


def test_development_defaults_put_everything_under_the_data_dir(tmp_path) -> None:
    settings = load_settings(data_dir=tmp_path)
    assert settings.env is Environment.DEVELOPMENT
    assert settings.database_dsn == f"sqlite:///{tmp_path / 'aibaas.db'}"
    assert settings.warehouse == tmp_path / "warehouse.duckdb"
    assert settings.marts == tmp_path / "marts"
    assert [p.name for p in settings.providers()] == ["mock"]


def test_production_refuses_sqlite(tmp_path) -> None:
    with pytest.raises(ConfigError, match="AIBAAS_DATABASE_URL points at SQLite"):
        load_settings(env="production", data_dir=tmp_path, secret_key=STRONG_KEY)


def test_production_refuses_default_secret_key() -> None:
    with pytest.raises(ConfigError, match="AIBAAS_SECRET_KEY is the development default"):
        load_settings(env="production", database_url=PG)


def test_production_refuses_provider_without_its_key(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    providers = tmp_path / "providers.yaml"
    providers.write_text("providers:\n  - {name: openai, kind: openai, api_key_env: OPENAI_API_KEY}\n")
    with pytest.raises(ConfigError, match="environment variable OPENAI_API_KEY, which is not set"):
        load_settings(env="production", database_url=PG, secret_key=STRONG_KEY, providers_file=providers)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-live-abcdefghijklmnop")
    settings = load_settings(
        env="production", database_url=PG, secret_key=STRONG_KEY, providers_file=providers
    )
    assert [p.name for p in settings.providers()] == ["mock", "openai"]


def test_invalid_value_names_the_variable() -> None:
    with pytest.raises(ConfigError, match="AIBAAS_LOG_LEVEL"):
        load_settings(log_level="LOUD")


def test_invalid_providers_file_names_file_and_field(tmp_path) -> None:
    providers = tmp_path / "providers.yaml"
    providers.write_text("providers:\n  - {name: Bad Name, kind: openai}\n")
    with pytest.raises(
        ConfigError, match=r"providers\.yaml: invalid provider configuration: providers\.0\.name"
    ):
        load_settings(providers_file=providers).providers()


def test_secrets_never_appear_in_repr_errors_or_logs(tmp_path, capsys) -> None:
    settings = load_settings(
        env="staging",
        database_url=PG,
        secret_key=STRONG_KEY,
        smtp_password="smtp-secret-pw",
        data_dir=tmp_path,
    )
    assert "pg-secret-password" not in repr(settings)
    assert STRONG_KEY not in repr(settings)
    configure_logging(settings)
    log = get_logger("test")
    log.info("settings loaded", settings=settings.model_dump(), password="hunter2", auth="Bearer abc.def.ghi")
    log.info("provider call", api_key="sk-live-abcdefghijklmnop", note="used sk-live-abcdefghijklmnop")
    output = capsys.readouterr().err
    for secret in (
        "pg-secret-password",
        STRONG_KEY,
        "smtp-secret-pw",
        "hunter2",
        "abc.def.ghi",
        "sk-live-abcdefghij",
    ):
        assert secret not in output
    lines = [json.loads(line) for line in output.splitlines()]
    assert lines[0]["event"] == "settings loaded" and lines[0]["level"] == "info"


def test_log_lines_inside_a_run_carry_its_run_id(tmp_path, capsys) -> None:
    configure_logging(load_settings(env="development", log_format="json", data_dir=tmp_path))
    with bound_run("run-42"):
        get_logger("test").info("cell done")
    get_logger("test").info("outside")
    inside, outside = (json.loads(line) for line in capsys.readouterr().err.splitlines())
    assert inside["run_id"] == "run-42"
    assert "run_id" not in outside
