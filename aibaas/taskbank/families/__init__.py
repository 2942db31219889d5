"""Every family of the bank, by name."""

from __future__ import annotations

from aibaas.taskbank.families.base import Family, Variant
from aibaas.taskbank.families.bracket_check import BracketCheck
from aibaas.taskbank.families.cache_evictions import CacheEvictions
from aibaas.taskbank.families.easy import DedupeKeepOrder, RunLengthEncode
from aibaas.taskbank.families.edit_distance import EditDistance
from aibaas.taskbank.families.grid_path import GridPath
from aibaas.taskbank.families.key_values import KeyValues
from aibaas.taskbank.families.lock_machine import LockMachine
from aibaas.taskbank.families.meeting_rooms import MeetingRooms
from aibaas.taskbank.families.merge_intervals import MergeIntervals
from aibaas.taskbank.families.min_coins import MinCoins
from aibaas.taskbank.families.rpn_eval import RpnEval

FAMILIES: tuple[Family, ...] = (
    RunLengthEncode(),
    DedupeKeepOrder(),
    BracketCheck(),
    RpnEval(),
    LockMachine(),
    CacheEvictions(),
    KeyValues(),
    MergeIntervals(),
    MeetingRooms(),
    EditDistance(),
    GridPath(),
    MinCoins(),
)


def family(name: str) -> Family:
    for candidate in FAMILIES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


__all__ = ["FAMILIES", "Family", "Variant", "family"]
