"""The foundation's health checks: database, warehouse, language toolchains."""

from __future__ import annotations

from aibaas.config import Settings
from aibaas.doctor import CheckResult, Status, health_check, version_of, writable
from aibaas.errors import AibaasError
from aibaas.store import make_engine, migrate, wait_for_database
from aibaas.toolchains import TOOLCHAINS


@health_check
def database(settings: Settings) -> list[CheckResult]:
    engine = make_engine(settings.database_dsn)
    where = engine.url.render_as_string(hide_password=True)
    try:
        wait_for_database(engine, attempts=1)
    except AibaasError as exc:
        return [CheckResult("database", Status.FAIL, str(exc), fix="check AIBAAS_DATABASE_URL")]
    if not migrate.is_current(engine, settings.database_dsn):
        return [CheckResult("database", Status.FAIL, f"{where}: migrations behind", fix="aibaas db upgrade")]
    return [CheckResult("database", Status.OK, f"{where}: reachable, migrations current")]


@health_check
def warehouse(settings: Settings) -> list[CheckResult]:
    folder = settings.warehouse.parent
    folder.mkdir(parents=True, exist_ok=True)
    settings.marts.mkdir(parents=True, exist_ok=True)
    if writable(str(folder)) and writable(str(settings.marts)):
        return [CheckResult("warehouse", Status.OK, f"{settings.warehouse} and {settings.marts} writable")]
    return [CheckResult("warehouse", Status.FAIL, f"{folder} not writable", fix=f"chmod u+w {folder}")]


@health_check
def toolchains(_: Settings) -> list[CheckResult]:
    results = []
    for chain in TOOLCHAINS:
        version = version_of(list(chain.version_command))
        if version:
            results.append(CheckResult(f"toolchain:{chain.language}", Status.OK, version))
        else:
            install = (
                "make setup (runs npm ci in tools/node)"
                if chain.npm_packages
                else f"apt-get install -y {' '.join(chain.apt_packages)}"
            )
            results.append(
                CheckResult(f"toolchain:{chain.language}", Status.FAIL, "not installed", fix=install)
            )
    return results


from aibaas.auth import health as _auth_checks  # noqa: E402, F401  (registers the accounts checks)
from aibaas.providers import health as _provider_checks  # noqa: E402, F401  (registers the provider checks)
from aibaas.sandbox import health as _sandbox_checks  # noqa: E402, F401  (registers the sandbox checks)
