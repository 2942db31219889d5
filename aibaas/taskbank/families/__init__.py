"""Every family of the bank, by name."""

from __future__ import annotations

from aibaas.taskbank.families.base import Family, Variant
from aibaas.taskbank.families.easy import DedupeKeepOrder, RunLengthEncode

FAMILIES: tuple[Family, ...] = (
    RunLengthEncode(),
    DedupeKeepOrder(),
)


def family(name: str) -> Family:
    for candidate in FAMILIES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


__all__ = ["FAMILIES", "Family", "Variant", "family"]
