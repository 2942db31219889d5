"""TypeScript: an ES module `solution.ts` and a `node:test` file with one test per case."""

from __future__ import annotations

import json
from typing import Any

from aibaas.taskbank.codegen.base import LanguageGenerator, case_name, float_text
from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef, parse_type

_SCALARS = {"int": "number", "float": "number", "bool": "boolean", "str": "string"}

_HELPERS = """
function same(actual: unknown, expected: unknown): boolean {
  if (expected === null) return actual === null || actual === undefined;
  if (typeof expected === "number") {
    const tolerance = 1e-6 * Math.max(1, Math.abs(expected));
    return typeof actual === "number" && Math.abs(actual - expected) <= tolerance;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return false;
    return expected.every((e, i) => same(actual[i], e));
  }
  if (typeof expected === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = Object.keys(e);
    return Object.keys(a).length === keys.length && keys.every((k) => k in a && same(a[k], e[k]));
  }
  return actual === expected;
}
"""


class TypeScriptGenerator(LanguageGenerator):
    language = Language.TYPESCRIPT
    fence = "typescript"
    solution_file = "solution.ts"
    test_file = "solution.test.ts"
    line_comment = "//"

    def type_name(self, type_ref: TypeRef) -> str:
        kind, args = type_ref.kind, type_ref.args
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "list":
            inner = self.type_name(args[0])
            return f"{inner}[]" if args[0].kind in _SCALARS else f"Array<{inner}>"
        if kind == "dict":
            return f"Record<string, {self.type_name(args[1])}>"
        if kind == "optional":
            return f"{self.type_name(args[0])} | null"
        return "[" + ", ".join(self.type_name(a) for a in args) + "]"

    def literal(self, value: Any, type_ref: TypeRef) -> str:
        kind = type_ref.kind
        if value is None:
            return "null"
        if kind == "optional":
            return self.literal(value, type_ref.item)
        if kind == "float":
            return float_text(value)
        if kind in ("int", "bool", "str"):
            return json.dumps(value, ensure_ascii=False)
        if kind == "list":
            return "[" + ", ".join(self.literal(v, type_ref.item) for v in value) + "]"
        if kind == "tuple":
            return (
                "[" + ", ".join(self.literal(v, t) for v, t in zip(value, type_ref.args, strict=True)) + "]"
            )
        items = ", ".join(
            f"{json.dumps(k, ensure_ascii=False)}: {self.literal(v, type_ref.item)}" for k, v in value.items()
        )
        return "{" + items + "}"

    def declaration(self, signature: Signature) -> str:
        params = ", ".join(
            f"{self.param_name(p.name)}: {self.type_name(parse_type(p.type))}" for p in signature.params
        )
        returns = self.type_name(self.returns(signature))
        return f"export function {self.function_name(signature.name)}({params}): {returns}"

    def stub(self, signature: Signature, summary: str) -> str:
        return (
            f'/** {summary} */\n{self.declaration(signature)} {{\n  throw new Error("not implemented");\n}}\n'
        )

    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        lines = [
            'import { test } from "node:test";',
            'import assert from "node:assert/strict";',
            f'import {{ {self.function_name(signature.name)} }} from "./solution";',
            _HELPERS,
        ]
        returns = self.returns(signature)
        for index, case in enumerate(cases):
            lines += [
                f'test("{case_name(index)}", () => {{',
                f"  const actual = {self.call(signature, case)};",
                f"  const expected = {self.literal(case.expected, returns)};",
                "  assert.ok(same(actual, expected),",
                "    `got ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);",
                "});",
                "",
            ]
        return "\n".join(lines)
