"""Item keys: how a review or a vote names the model output it is about.

The reviewer workbench and the voting page write `item_key(model, task_id, sample)` into the
`reviews` and `votes` tables; the judging stage reads it back with `parse_item_key`.
"""

from __future__ import annotations

from typing import NamedTuple

from aibaas.judging.errors import JudgingInputError

SEPARATOR = "::"


class Item(NamedTuple):
    model: str
    task_id: str
    sample: int


def item_key(model: str, task_id: str, sample: int = 0) -> str:
    """The key of one model output; models and task ids must not contain '::'."""
    if SEPARATOR in model or SEPARATOR in task_id:
        raise JudgingInputError(f"model {model!r} and task id {task_id!r} must not contain {SEPARATOR!r}")
    return f"{model}{SEPARATOR}{task_id}{SEPARATOR}{sample}"


def task_key(task_id: str) -> str:
    """The key of a pairwise vote item: the task both anonymous answers solve."""
    return task_id


def parse_item_key(key: str) -> Item:
    """The (model, task, sample) an item key names.

    Raises:
        JudgingInputError: naming the key and the expected form.
    """
    parts = key.split(SEPARATOR)
    if len(parts) != 3 or not parts[0] or not parts[1] or not parts[2].isdigit():
        raise JudgingInputError(f"item key {key!r} is not of the form '<model>::<task id>::<sample number>'")
    return Item(parts[0], parts[1], int(parts[2]))
