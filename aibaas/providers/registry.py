"""Provider kinds by name: the built-in ones and plugins from the `aibaas.providers` entry points.

A plugin package declares, in its own pyproject:

    [project.entry-points."aibaas.providers"]
    mykind = "my_package.module:MyProvider"

and `MyProvider` (a `Provider` subclass) is then usable as `kind: mykind` with no change here.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points

from pydantic import ValidationError

from aibaas.errors import ConfigError
from aibaas.providers.base import Provider
from aibaas.providers.config import ProviderConfig

ENTRY_POINT_GROUP = "aibaas.providers"
ProviderFactory = type[Provider]
_KINDS: dict[str, ProviderFactory] = {}
_scanned = False


def register(kind: str) -> Callable[[ProviderFactory], ProviderFactory]:
    """Class decorator: make a provider class available under `kind`."""

    def decorate(cls: ProviderFactory) -> ProviderFactory:
        _KINDS[kind] = cls
        return cls

    return decorate


def _load_builtins() -> None:
    """Importing these modules registers the built-in kinds."""
    import aibaas.providers.litellm_provider
    import aibaas.providers.mcp_provider
    import aibaas.providers.mock.provider  # noqa: F401


def _load_plugins() -> None:
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        if entry.name in _KINDS:
            continue
        loaded = entry.load()
        if not (isinstance(loaded, type) and issubclass(loaded, Provider)):
            raise ConfigError(
                f"entry point {entry.name!r} ({entry.value}) in group {ENTRY_POINT_GROUP} is not a "
                "Provider subclass; fix the plugin package"
            )
        _KINDS[entry.name] = loaded


def known_kinds(rescan: bool = False) -> list[str]:
    """Every kind that can be configured: built-ins plus installed plugins.

    Args:
        rescan: look at the installed distributions again (they are scanned once per process,
            because reading every package's metadata takes milliseconds).
    """
    global _scanned
    if rescan or not _scanned:
        _load_builtins()
        _load_plugins()
        _scanned = True
    return sorted(_KINDS)


def provider_class(kind: str) -> ProviderFactory:
    """The class for a kind, or a ConfigError that lists the known kinds."""
    kinds = known_kinds()
    if kind not in _KINDS:
        raise ConfigError(f"unknown provider kind {kind!r}; known kinds: {', '.join(kinds)}")
    return _KINDS[kind]


def build_provider(config: ProviderConfig) -> Provider:
    """Instantiate one provider, validating its kind-specific options.

    Raises:
        ConfigError: naming the provider, the option and what is wrong with it.
    """
    cls = provider_class(config.kind)
    try:
        return cls(config)
    except ValidationError as exc:
        problems = "; ".join(
            f"options.{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise ConfigError(f"provider {config.name!r} (kind {config.kind}): {problems}") from None
