"""C# (Mono `mcs`): `Solution.cs` with a static method and `Tests.cs` of `[Aibaas.Test]` methods.

The sandbox adds its own harness (`AibaasHarness.cs`) that runs the marked methods and prints TAP.
"""

from __future__ import annotations

from typing import Any

from aibaas.taskbank.codegen.base import StaticMethodGenerator, case_name, escape_ascii, float_text, pascal
from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef

_UNICODE = "\\u%04x"
_SCALARS = {"int": "long", "float": "double", "bool": "bool", "str": "string"}

_HELPERS = """
    static bool Same(object a, object e) {
        if (a == null || e == null) return a == null && e == null;
        if (e is double || a is double) {
            if (!(a is double || a is long) || !(e is double || e is long)) return false;
            double x = Convert.ToDouble(a), y = Convert.ToDouble(e);
            return Math.Abs(x - y) <= 1e-6 * Math.Max(1.0, Math.Abs(y));
        }
        if (e is string) return a is string && (string)a == (string)e;
        if (e is IDictionary) {
            var x = a as IDictionary;
            var y = (IDictionary)e;
            if (x == null || x.Count != y.Count) return false;
            foreach (DictionaryEntry entry in y) {
                if (!x.Contains(entry.Key) || !Same(x[entry.Key], entry.Value)) return false;
            }
            return true;
        }
        if (e is IList) {
            var x = a as IList;
            var y = (IList)e;
            if (x == null || x.Count != y.Count) return false;
            for (int i = 0; i < y.Count; i++) if (!Same(x[i], y[i])) return false;
            return true;
        }
        var type = e.GetType();
        if (type.IsGenericType && type.FullName.StartsWith("System.ValueTuple")) {
            if (a.GetType() != type) return false;
            foreach (var field in type.GetFields()) {
                if (!Same(field.GetValue(a), field.GetValue(e))) return false;
            }
            return true;
        }
        return a.Equals(e);
    }

    static string Show(object v) {
        if (v == null) return "null";
        if (v is string) return "\\"" + v + "\\"";
        if (v is IDictionary) {
            var parts = new List<string>();
            foreach (DictionaryEntry entry in (IDictionary)v) {
                parts.Add(Show(entry.Key) + ": " + Show(entry.Value));
            }
            return "{" + string.Join(", ", parts) + "}";
        }
        if (v is IList) {
            var parts = new List<string>();
            foreach (var item in (IList)v) parts.Add(Show(item));
            return "[" + string.Join(", ", parts) + "]";
        }
        return v.ToString();
    }

    static void Check(object actual, object expected) {
        if (!Same(actual, expected)) {
            throw new Aibaas.AssertionException("got " + Show(actual) + ", expected " + Show(expected));
        }
    }
"""


class CSharpGenerator(StaticMethodGenerator):
    language = Language.CSHARP
    fence = "csharp"
    solution_file = "Solution.cs"
    test_file = "Tests.cs"
    line_comment = "//"

    def function_name(self, name: str) -> str:
        return pascal(name)

    def type_name(self, type_ref: TypeRef) -> str:
        kind, args = type_ref.kind, type_ref.args
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "list":
            return f"List<{self.type_name(args[0])}>"
        if kind == "dict":
            return f"Dictionary<string, {self.type_name(args[1])}>"
        if kind == "optional":
            inner = self.type_name(args[0])
            # reference types are nullable already; Mono's mcs rejects `List<long>?` (CS0453)
            return inner if args[0].kind in ("str", "list", "dict") or inner.endswith("?") else f"{inner}?"
        return "(" + ", ".join(self.type_name(a) for a in args) + ")"

    def literal(self, value: Any, type_ref: TypeRef) -> str:
        kind = type_ref.kind
        if value is None:
            return "null"
        if kind == "optional":
            return f"({self.type_name(type_ref)}){self.literal(value, type_ref.item)}"
        if kind == "int":
            return f"{value}L"
        if kind == "float":
            return float_text(value)
        if kind == "bool":
            return "true" if value else "false"
        if kind == "str":
            return escape_ascii(value, _UNICODE)
        if kind == "list":
            return (
                f"new {self.type_name(type_ref)} {{"
                + ", ".join(self.literal(v, type_ref.item) for v in value)
                + "}"
            )
        if kind == "tuple":
            items = ", ".join(self.literal(v, t) for v, t in zip(value, type_ref.args, strict=True))
            return f"({self.type_name(type_ref)})({items})"
        items = ", ".join(
            f"{{{escape_ascii(k, _UNICODE)}, {self.literal(v, type_ref.item)}}}" for k, v in value.items()
        )
        return f"new {self.type_name(type_ref)} {{{items}}}"

    def stub(self, signature: Signature, summary: str) -> str:
        return (
            "using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\n"
            "public static class Solution\n{\n"
            f"    /// <summary>{summary}</summary>\n    {self.declaration(signature)}\n    {{\n"
            "        throw new NotImplementedException();\n    }\n}\n"
        )

    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        lines = [
            "using System;",
            "using System.Collections;",
            "using System.Collections.Generic;",
            "",
            "public static class Tests",
            "{",
            _HELPERS,
        ]
        returns = self.returns(signature)
        for index, case in enumerate(cases):
            lines += [
                "    [Aibaas.Test]",
                f"    public static void {pascal(case_name(index))}()",
                "    {",
                f"        Check({self.call(signature, case)}, {self.literal(case.expected, returns)});",
                "    }",
                "",
            ]
        lines += ["}", ""]
        return "\n".join(lines)
