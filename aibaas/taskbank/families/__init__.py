"""Every family of the bank, by name.

Each module of this package defines its families as concrete `Family` subclasses; they are found
by walking the package, so adding a family is adding a module. The bank's order is by level, then
name, so it does not depend on the order in which modules were written.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil

from aibaas.taskbank.families.base import Family, Variant
from aibaas.taskbank.spec import Difficulty

_LEVELS = list(Difficulty)


def _discover() -> tuple[Family, ...]:
    found: dict[str, Family] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        for cls in vars(module).values():
            if (
                inspect.isclass(cls)
                and issubclass(cls, Family)
                and cls.__module__ == module.__name__
                and not inspect.isabstract(cls)
            ):
                instance = cls()
                if instance.name in found:
                    raise ValueError(f"two families are named {instance.name!r} ({module.__name__})")
                found[instance.name] = instance
    return tuple(sorted(found.values(), key=lambda f: (_LEVELS.index(f.difficulty), f.name)))


FAMILIES: tuple[Family, ...] = _discover()


def family(name: str) -> Family:
    for candidate in FAMILIES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


__all__ = ["FAMILIES", "Family", "Variant", "family"]
