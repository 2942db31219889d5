"""Python: a `solution.py` module and a `unittest` file with one test method per case."""

from __future__ import annotations

from typing import Any

from aibaas.taskbank.codegen.base import LanguageGenerator, case_name, float_text
from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef, parse_type

_SCALARS = {"int": "int", "float": "float", "bool": "bool", "str": "str"}

_HELPERS = '''

def _same(actual: object, expected: object) -> bool:
    """Deep equality; floats within 1e-6, tuples and lists interchangeable."""
    if isinstance(expected, float) or isinstance(actual, float):
        return (
            isinstance(actual, int | float)
            and not isinstance(actual, bool)
            and math.isclose(actual, expected, rel_tol=1e-6, abs_tol=1e-6)
        )
    if isinstance(expected, list | tuple):
        return (
            isinstance(actual, list | tuple)
            and len(actual) == len(expected)
            and all(_same(a, e) for a, e in zip(actual, expected))
        )
    if isinstance(expected, dict):
        return (
            isinstance(actual, dict)
            and actual.keys() == expected.keys()
            and all(_same(actual[k], v) for k, v in expected.items())
        )
    return type(actual) is type(expected) and actual == expected
'''


class PythonGenerator(LanguageGenerator):
    language = Language.PYTHON
    fence = "python"
    solution_file = "solution.py"
    test_file = "test_solution.py"
    line_comment = "#"

    def function_name(self, name: str) -> str:
        return name

    def param_name(self, name: str) -> str:
        return name

    def type_name(self, type_ref: TypeRef) -> str:
        kind, args = type_ref.kind, type_ref.args
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "optional":
            return f"{self.type_name(args[0])} | None"
        inner = ", ".join(self.type_name(a) for a in args)
        return f"{kind}[{inner}]"

    def literal(self, value: Any, type_ref: TypeRef) -> str:
        kind = type_ref.kind
        if value is None:
            return "None"
        if kind == "optional":
            return self.literal(value, type_ref.item)
        if kind == "float":
            return float_text(value)
        if kind in ("int", "bool", "str"):
            return repr(value)
        if kind == "list":
            return "[" + ", ".join(self.literal(v, type_ref.item) for v in value) + "]"
        if kind == "tuple":
            return (
                "(" + ", ".join(self.literal(v, t) for v, t in zip(value, type_ref.args, strict=True)) + ")"
            )
        items = ", ".join(f"{k!r}: {self.literal(v, type_ref.item)}" for k, v in value.items())
        return "{" + items + "}"

    def declaration(self, signature: Signature) -> str:
        params = ", ".join(f"{p.name}: {self.type_name(parse_type(p.type))}" for p in signature.params)
        return f"def {signature.name}({params}) -> {self.type_name(self.returns(signature))}:"

    def stub(self, signature: Signature, summary: str) -> str:
        return f'{self.declaration(signature)}\n    """{summary}"""\n    raise NotImplementedError\n'

    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        lines = [
            "import math",
            "import unittest",
            "",
            f"from solution import {signature.name}",
            _HELPERS,
            "",
            "class TestSolution(unittest.TestCase):",
        ]
        returns = self.returns(signature)
        for index, case in enumerate(cases):
            lines += [
                f"    def test_{case_name(index)}(self) -> None:",
                f"        actual = {self.call(signature, case)}",
                f"        expected = {self.literal(case.expected, returns)}",
                "        self.assertTrue(_same(actual, expected), f'got {actual!r}, expected {expected!r}')",
                "",
            ]
        lines += ["", 'if __name__ == "__main__":', "    unittest.main()", ""]
        return "\n".join(lines)
