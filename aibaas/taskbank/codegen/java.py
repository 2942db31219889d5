"""Java 17: `Solution.java` with a static method and `SolutionTest.java`, a JUnit 5 test per case.

Integers are `long` and floats `double`; inside generics they are boxed. Tuples have no Java
counterpart, so a tuple is a `List<Object>` of its items.
"""

from __future__ import annotations

from typing import Any

from aibaas.taskbank.codegen.base import StaticMethodGenerator, case_name, escape_ascii, float_text
from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef

_UNICODE = "\\u%04x"
_PRIMITIVE = {"int": "long", "float": "double", "bool": "boolean", "str": "String"}
_BOXED = {"int": "Long", "float": "Double", "bool": "Boolean", "str": "String"}

_HELPERS = """
    @SafeVarargs
    static <T> List<T> list(T... items) {
        return new ArrayList<>(Arrays.asList(items));
    }

    @SuppressWarnings("unchecked")
    static <V> Map<String, V> map(Object... kv) {
        Map<String, V> out = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) out.put((String) kv[i], (V) kv[i + 1]);
        return out;
    }

    static boolean same(Object a, Object e) {
        if (e == null || a == null) return a == e;
        if (e instanceof Double || a instanceof Double) {
            if (!(a instanceof Number) || !(e instanceof Number)) return false;
            double x = ((Number) a).doubleValue(), y = ((Number) e).doubleValue();
            return Math.abs(x - y) <= 1e-6 * Math.max(1.0, Math.abs(y));
        }
        if (e instanceof Number) {
            return a instanceof Number && ((Number) a).longValue() == ((Number) e).longValue();
        }
        if (e instanceof List) {
            if (!(a instanceof List)) return false;
            List<?> x = (List<?>) a, y = (List<?>) e;
            if (x.size() != y.size()) return false;
            for (int i = 0; i < y.size(); i++) if (!same(x.get(i), y.get(i))) return false;
            return true;
        }
        if (e instanceof Map) {
            if (!(a instanceof Map)) return false;
            Map<?, ?> x = (Map<?, ?>) a, y = (Map<?, ?>) e;
            if (!x.keySet().equals(y.keySet())) return false;
            for (Object k : y.keySet()) if (!same(x.get(k), y.get(k))) return false;
            return true;
        }
        return a.equals(e);
    }

    static void check(Object actual, Object expected) {
        assertTrue(same(actual, expected), () -> "got " + actual + ", expected " + expected);
    }
"""


class JavaGenerator(StaticMethodGenerator):
    language = Language.JAVA
    fence = "java"
    solution_file = "Solution.java"
    test_file = "SolutionTest.java"
    line_comment = "//"

    def type_name(self, type_ref: TypeRef) -> str:
        return _PRIMITIVE[type_ref.kind] if type_ref.kind in _PRIMITIVE else self.boxed(type_ref)

    def boxed(self, type_ref: TypeRef) -> str:
        kind, args = type_ref.kind, type_ref.args
        if kind in _BOXED:
            return _BOXED[kind]
        if kind == "list":
            return f"List<{self.boxed(args[0])}>"
        if kind == "dict":
            return f"Map<String, {self.boxed(args[1])}>"
        if kind == "optional":
            return self.boxed(args[0])
        return "List<Object>"

    def literal(self, value: Any, type_ref: TypeRef) -> str:
        kind = type_ref.kind
        if value is None:
            return "null"
        if kind == "optional":
            return self.literal(value, type_ref.item)
        if kind == "int":
            return f"{value}L"
        if kind == "float":
            return float_text(value)
        if kind == "bool":
            return "true" if value else "false"
        if kind == "str":
            return escape_ascii(value, _UNICODE)
        if kind == "list":
            items = ", ".join(self.literal(v, type_ref.item) for v in value)
            return f"SolutionTest.<{self.boxed(type_ref.item)}>list({items})"
        if kind == "tuple":
            items = ", ".join(self.literal(v, t) for v, t in zip(value, type_ref.args, strict=True))
            return f"SolutionTest.<Object>list({items})"
        pairs = ", ".join(
            f"{escape_ascii(k, _UNICODE)}, {self.literal(v, type_ref.item)}" for k, v in value.items()
        )
        return f"SolutionTest.<{self.boxed(type_ref.item)}>map({pairs})"

    def stub(self, signature: Signature, summary: str) -> str:
        return (
            "import java.util.*;\n\npublic class Solution {\n"
            f"    /** {summary} */\n    {self.declaration(signature)} {{\n"
            '        throw new UnsupportedOperationException("not implemented");\n    }\n}\n'
        )

    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        lines = [
            "import java.util.*;",
            "import org.junit.jupiter.api.Test;",
            "import static org.junit.jupiter.api.Assertions.assertTrue;",
            "",
            "public class SolutionTest {",
            _HELPERS,
        ]
        returns = self.returns(signature)
        for index, case in enumerate(cases):
            lines += [
                "    @Test",
                f"    void {case_name(index)}() {{",
                f"        check({self.call(signature, case)}, {self.literal(case.expected, returns)});",
                "    }",
                "",
            ]
        lines += ["}", ""]
        return "\n".join(lines)
