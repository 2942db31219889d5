"""Ruby 3.1: `solution.rb` defining a top-level method and a minitest file, one test per case.

Ruby has no static types; the signature appears in the stub as YARD tags so the model sees it.
"""

from __future__ import annotations

import json
from typing import Any

from aibaas.taskbank.codegen.base import LanguageGenerator, case_name, float_text
from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef, parse_type

_SCALARS = {"int": "Integer", "float": "Float", "bool": "Boolean", "str": "String"}

_HELPERS = """
def tb_same?(actual, expected)
  case expected
  when nil then actual.nil?
  when Float
    actual.is_a?(Numeric) && (actual - expected).abs <= 1e-6 * [1.0, expected.abs].max
  when Integer then actual.is_a?(Integer) && actual == expected
  when Array
    actual.is_a?(Array) && actual.length == expected.length &&
      expected.each_index.all? { |i| tb_same?(actual[i], expected[i]) }
  when Hash
    actual.is_a?(Hash) && actual.keys.sort == expected.keys.sort &&
      expected.all? { |k, v| tb_same?(actual[k], v) }
  else actual == expected && actual.class == expected.class
  end
end
"""


class RubyGenerator(LanguageGenerator):
    language = Language.RUBY
    fence = "ruby"
    solution_file = "solution.rb"
    test_file = "test_solution.rb"
    line_comment = "#"

    def function_name(self, name: str) -> str:
        return name

    def param_name(self, name: str) -> str:
        return name

    def type_name(self, type_ref: TypeRef) -> str:
        kind, args = type_ref.kind, type_ref.args
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "list":
            return f"Array<{self.type_name(args[0])}>"
        if kind == "dict":
            return f"Hash{{String => {self.type_name(args[1])}}}"
        if kind == "optional":
            return f"{self.type_name(args[0])}, nil"
        return "Array(" + ", ".join(self.type_name(a) for a in args) + ")"

    def string(self, value: str) -> str:
        # JSON escapes are valid in a double-quoted Ruby string; '#' would start interpolation.
        return json.dumps(value, ensure_ascii=False).replace("#", "\\#")

    def literal(self, value: Any, type_ref: TypeRef) -> str:
        kind = type_ref.kind
        if value is None:
            return "nil"
        if kind == "optional":
            return self.literal(value, type_ref.item)
        if kind == "float":
            return float_text(value)
        if kind == "str":
            return self.string(value)
        if kind in ("int", "bool"):
            return json.dumps(value)
        if kind == "list":
            return "[" + ", ".join(self.literal(v, type_ref.item) for v in value) + "]"
        if kind == "tuple":
            return (
                "[" + ", ".join(self.literal(v, t) for v, t in zip(value, type_ref.args, strict=True)) + "]"
            )
        items = ", ".join(f"{self.string(k)} => {self.literal(v, type_ref.item)}" for k, v in value.items())
        return "{" + items + "}"

    def declaration(self, signature: Signature) -> str:
        params = ", ".join(p.name for p in signature.params)
        return f"def {signature.name}({params})"

    def doc(self, signature: Signature, summary: str) -> str:
        lines = [f"# {summary}"]
        lines += [f"# @param {p.name} [{self.type_name(parse_type(p.type))}]" for p in signature.params]
        lines.append(f"# @return [{self.type_name(self.returns(signature))}]")
        return "\n".join(lines)

    def stub(self, signature: Signature, summary: str) -> str:
        header = f"{self.doc(signature, summary)}\n{self.declaration(signature)}"
        return f"{header}\n  raise NotImplementedError\nend\n"

    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        lines = [
            'require "minitest/autorun"',
            'require_relative "solution"',
            _HELPERS,
            "class TestSolution < Minitest::Test",
        ]
        returns = self.returns(signature)
        for index, case in enumerate(cases):
            lines += [
                f"  def test_{case_name(index)}",
                f"    actual = {self.call(signature, case)}",
                f"    expected = {self.literal(case.expected, returns)}",
                "    assert tb_same?(actual, expected),",
                '           "got #{actual.inspect}, expected #{expected.inspect}"',
                "  end",
                "",
            ]
        lines += ["end", ""]
        return "\n".join(lines)
