"""The language-neutral type system of task signatures, and values checked against it.

A type is written as a string in a task file: `int`, `float`, `bool`, `str`, `list[T]`,
`dict[str, T]`, `optional[T]` and `tuple[T1, T2, ...]`. Dictionary keys are strings only, because
JSON (the format test cases are stored in) has no other key type and every target language can
represent a string-keyed map.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from aibaas.errors import AibaasError

SCALARS = ("int", "float", "bool", "str")
GENERICS = {"list": 1, "dict": 2, "optional": 1, "tuple": -1}
FLOAT_TOLERANCE = 1e-6


class TypeSyntaxError(AibaasError):
    """A type string does not follow the grammar."""


@dataclass(frozen=True)
class TypeRef:
    """A parsed type: `kind` is a scalar name or a generic name with its type arguments."""

    kind: str
    args: tuple[TypeRef, ...] = ()

    def __str__(self) -> str:
        if not self.args:
            return self.kind
        return f"{self.kind}[{', '.join(str(a) for a in self.args)}]"

    @property
    def item(self) -> TypeRef:
        """The element type of a list or optional, the value type of a dict."""
        return self.args[-1]

    def contains(self, kind: str) -> bool:
        return self.kind == kind or any(arg.contains(kind) for arg in self.args)


def _split_args(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(text[start:i].strip())
            start = i + 1
    parts.append(text[start:].strip())
    return parts


@cache
def parse_type(text: str) -> TypeRef:
    """Parse a type string such as `list[tuple[int, str]]`.

    Raises:
        TypeSyntaxError: naming the string and the grammar.
    """
    source = text.strip()
    if source in SCALARS:
        return TypeRef(source)
    head, bracket, rest = source.partition("[")
    if not bracket or not rest.endswith("]") or head not in GENERICS:
        raise TypeSyntaxError(
            f"unknown type {text!r}: expected one of {', '.join(SCALARS)}, list[T], dict[str, T], "
            "optional[T] or tuple[T1, T2, ...]"
        )
    args = tuple(parse_type(part) for part in _split_args(rest[:-1]))
    arity = GENERICS[head]
    if (arity > 0 and len(args) != arity) or (arity < 0 and len(args) < 2):
        raise TypeSyntaxError(
            f"type {text!r}: {head} takes {arity if arity > 0 else 'two or more'} argument(s)"
        )
    if head == "dict" and args[0] != TypeRef("str"):
        raise TypeSyntaxError(f"type {text!r}: dictionary keys must be str")
    return TypeRef(head, args)


_PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "int": int,
    "float": (int, float),
    "bool": bool,
    "str": str,
    "list": list,
    "tuple": list,
    "dict": dict,
}


def check_value(value: Any, type_ref: TypeRef, where: str = "value") -> list[str]:
    """Problems with a JSON value as an instance of `type_ref`, each naming where it is."""
    kind = type_ref.kind
    if kind == "optional":
        return [] if value is None else check_value(value, type_ref.item, where)
    if isinstance(value, bool) and kind in ("int", "float"):
        return [f"{where}: expected {type_ref}, got a boolean"]
    if not isinstance(value, _PYTHON_TYPES[kind]):
        return [f"{where}: expected {type_ref}, got {type(value).__name__} {value!r:.60}"]
    if isinstance(value, float) and not math.isfinite(value):
        return [f"{where}: floats must be finite, got {value!r}"]
    if isinstance(value, dict):
        return [p for k, item in value.items() for p in check_value(item, type_ref.item, f"{where}[{k!r}]")]
    if not isinstance(value, list):
        return []
    if kind == "list":
        return [p for i, item in enumerate(value) for p in check_value(item, type_ref.item, f"{where}[{i}]")]
    if len(value) != len(type_ref.args):
        return [f"{where}: expected {len(type_ref.args)} items for {type_ref}, got {len(value)}"]
    return [
        p
        for i, (item, item_type) in enumerate(zip(value, type_ref.args, strict=True))
        for p in check_value(item, item_type, f"{where}[{i}]")
    ]


def to_json_value(value: Any) -> Any:
    """A Python value (tuples, dicts, lists) as the JSON form test cases are stored in."""
    if isinstance(value, tuple | list):
        return [to_json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(k): to_json_value(v) for k, v in value.items()}
    return value


def values_equal(actual: Any, expected: Any) -> bool:
    """Deep equality of JSON values, with a relative tolerance for floats (as the harnesses use)."""
    if isinstance(expected, float) or isinstance(actual, float):
        if isinstance(actual, bool) or not isinstance(actual, int | float) or isinstance(expected, bool):
            return False
        return math.isclose(actual, expected, rel_tol=FLOAT_TOLERANCE, abs_tol=FLOAT_TOLERANCE)
    if isinstance(expected, list | tuple):
        return (
            isinstance(actual, list | tuple)
            and len(actual) == len(expected)
            and all(values_equal(a, e) for a, e in zip(actual, expected, strict=True))
        )
    if isinstance(expected, dict):
        return (
            isinstance(actual, dict)
            and actual.keys() == expected.keys()
            and all(values_equal(actual[k], v) for k, v in expected.items())
        )
    return type(actual) is type(expected) and bool(actual == expected)
