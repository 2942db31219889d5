"""Rust: `solution.rs` with a `pub fn`; `lib.rs` (`mod solution;`) is the crate root of `rustc --test`.

Parameters are owned values (`String`, `Vec<i64>`) so references never need lifetimes; a small
`TbSame` trait compares results deeply with a float tolerance.
"""

from __future__ import annotations

from typing import Any

from aibaas.taskbank.codegen.base import LanguageGenerator, case_name, float_text
from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef, parse_type

_SCALARS = {"int": "i64", "float": "f64", "bool": "bool", "str": "String"}

_HELPERS = """
trait TbSame {
    fn tb_same(&self, other: &Self) -> bool;
}

impl TbSame for i64 {
    fn tb_same(&self, other: &Self) -> bool { self == other }
}

impl TbSame for bool {
    fn tb_same(&self, other: &Self) -> bool { self == other }
}

impl TbSame for String {
    fn tb_same(&self, other: &Self) -> bool { self == other }
}

impl TbSame for f64 {
    fn tb_same(&self, other: &Self) -> bool { (self - other).abs() <= 1e-6 * other.abs().max(1.0) }
}

impl<T: TbSame> TbSame for Vec<T> {
    fn tb_same(&self, other: &Self) -> bool {
        self.len() == other.len() && self.iter().zip(other.iter()).all(|(a, b)| a.tb_same(b))
    }
}

impl<T: TbSame> TbSame for Option<T> {
    fn tb_same(&self, other: &Self) -> bool {
        match (self, other) {
            (Some(a), Some(b)) => a.tb_same(b),
            (None, None) => true,
            _ => false,
        }
    }
}

impl<V: TbSame> TbSame for HashMap<String, V> {
    fn tb_same(&self, other: &Self) -> bool {
        self.len() == other.len() && other.iter().all(|(k, v)| self.get(k).map_or(false, |a| a.tb_same(v)))
    }
}

impl<A: TbSame, B: TbSame> TbSame for (A, B) {
    fn tb_same(&self, other: &Self) -> bool { self.0.tb_same(&other.0) && self.1.tb_same(&other.1) }
}

impl<A: TbSame, B: TbSame, C: TbSame> TbSame for (A, B, C) {
    fn tb_same(&self, other: &Self) -> bool {
        self.0.tb_same(&other.0) && self.1.tb_same(&other.1) && self.2.tb_same(&other.2)
    }
}
"""


def rust_string(text: str) -> str:
    out = []
    for char in text:
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif ord(char) < 32 or ord(char) == 127:
            out.append(f"\\u{{{ord(char):x}}}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


class RustGenerator(LanguageGenerator):
    language = Language.RUST
    fence = "rust"
    solution_file = "solution.rs"
    test_file = "lib.rs"
    line_comment = "//"

    def function_name(self, name: str) -> str:
        return name

    def param_name(self, name: str) -> str:
        return name

    def type_name(self, type_ref: TypeRef) -> str:
        kind, args = type_ref.kind, type_ref.args
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "list":
            return f"Vec<{self.type_name(args[0])}>"
        if kind == "dict":
            return f"HashMap<String, {self.type_name(args[1])}>"
        if kind == "optional":
            return f"Option<{self.type_name(args[0])}>"
        return "(" + ", ".join(self.type_name(a) for a in args) + ")"

    def literal(self, value: Any, type_ref: TypeRef) -> str:
        kind = type_ref.kind
        if kind == "optional":
            return "None" if value is None else f"Some({self.literal(value, type_ref.item)})"
        if kind == "float":
            return float_text(value)
        if kind == "int":
            return str(value)
        if kind == "bool":
            return "true" if value else "false"
        if kind == "str":
            return f"String::from({rust_string(value)})"
        if kind == "list":
            return "vec![" + ", ".join(self.literal(v, type_ref.item) for v in value) + "]"
        if kind == "tuple":
            return (
                "(" + ", ".join(self.literal(v, t) for v, t in zip(value, type_ref.args, strict=True)) + ")"
            )
        if not value:
            return "HashMap::new()"
        items = ", ".join(
            f"(String::from({rust_string(k)}), {self.literal(v, type_ref.item)})" for k, v in value.items()
        )
        return f"HashMap::from([{items}])"

    def declaration(self, signature: Signature) -> str:
        params = ", ".join(f"{p.name}: {self.type_name(parse_type(p.type))}" for p in signature.params)
        return f"pub fn {signature.name}({params}) -> {self.type_name(self.returns(signature))}"

    def stub(self, signature: Signature, summary: str) -> str:
        imports = "use std::collections::HashMap;\n\n" if "HashMap" in self.declaration(signature) else ""
        return f"{imports}/// {summary}\n{self.declaration(signature)} {{\n    unimplemented!()\n}}\n"

    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        lines = [
            "mod solution;",
            "",
            "#[allow(unused_imports)]",
            "use solution::*;",
            "#[allow(unused_imports)]",
            "use std::collections::HashMap;",
            _HELPERS,
        ]
        returns = self.returns(signature)
        for index, case in enumerate(cases):
            lines += [
                "#[test]",
                f"fn {case_name(index)}() {{",
                f"    let actual = {self.call(signature, case)};",
                f"    let expected: {self.type_name(returns)} = {self.literal(case.expected, returns)};",
                '    assert!(actual.tb_same(&expected), "got {:?}, expected {:?}", actual, expected);',
                "}",
                "",
            ]
        return "\n".join(lines)
