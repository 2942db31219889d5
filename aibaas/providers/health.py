"""Doctor checks: each configured provider is usable (key present, model list reachable)."""

from __future__ import annotations

import asyncio

from aibaas.config import Settings
from aibaas.doctor import CheckResult, Status, health_check
from aibaas.errors import AibaasError
from aibaas.providers.registry import build_provider

PROBE_TIMEOUT_S = 10.0


@health_check
def providers(settings: Settings) -> list[CheckResult]:
    results = []
    for config in settings.providers():
        component = f"provider:{config.name}"
        missing = config.missing_key()
        if missing:
            results.append(
                CheckResult(component, Status.FAIL, f"{missing} is not set", fix=f"export {missing}=...")
            )
            continue
        try:
            provider = build_provider(config)
            models = asyncio.run(asyncio.wait_for(provider.list_models(), PROBE_TIMEOUT_S))
        except AibaasError as exc:
            results.append(CheckResult(component, Status.FAIL, str(exc), fix="fix the providers file"))
        except Exception as exc:  # unreachable or failing provider: reported, not raised
            results.append(
                CheckResult(
                    component,
                    Status.WARN,
                    f"{config.kind} at {config.base_url or 'default URL'}: {type(exc).__name__}",
                    required=False,
                    fix=f"check that {config.base_url or config.kind} is reachable",
                )
            )
        else:
            results.append(CheckResult(component, Status.OK, f"{config.kind}: {len(models)} models listed"))
    return results
