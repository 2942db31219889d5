"""Go 1.19: `solution.go` in package `solution` and `solution_test.go` for `go test`.

Optionals are pointers, tuples are `[]any`; the test helpers carry a `tb` prefix so they never
collide with a solution's own names in the shared package.
"""

from __future__ import annotations

import json
from typing import Any

from aibaas.taskbank.codegen.base import LanguageGenerator, case_name, float_text, pascal
from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef, parse_type

_SCALARS = {"int": "int", "float": "float64", "bool": "bool", "str": "string"}

_HELPERS = """
func tbPtr[T any](v T) *T { return &v }

func tbNorm(v reflect.Value) (reflect.Value, bool) {
	for v.IsValid() && (v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer) {
		if v.IsNil() {
			return v, true
		}
		v = v.Elem()
	}
	return v, !v.IsValid()
}

func tbIsInt(k reflect.Kind) bool {
	return k == reflect.Int || k == reflect.Int64 || k == reflect.Int32
}

func tbSameValue(a, e reflect.Value) bool {
	a, aNil := tbNorm(a)
	e, eNil := tbNorm(e)
	if aNil || eNil {
		return aNil == eNil
	}
	switch {
	case e.Kind() == reflect.Float64 || e.Kind() == reflect.Float32:
		var x float64
		if a.Kind() == reflect.Float64 || a.Kind() == reflect.Float32 {
			x = a.Float()
		} else if tbIsInt(a.Kind()) {
			x = float64(a.Int())
		} else {
			return false
		}
		y := e.Float()
		return math.Abs(x-y) <= 1e-6*math.Max(1, math.Abs(y))
	case tbIsInt(e.Kind()):
		return tbIsInt(a.Kind()) && a.Int() == e.Int()
	case e.Kind() == reflect.Slice:
		if a.Kind() != reflect.Slice || a.Len() != e.Len() {
			return false
		}
		for i := 0; i < e.Len(); i++ {
			if !tbSameValue(a.Index(i), e.Index(i)) {
				return false
			}
		}
		return true
	case e.Kind() == reflect.Map:
		if a.Kind() != reflect.Map || a.Len() != e.Len() {
			return false
		}
		for _, k := range e.MapKeys() {
			v := a.MapIndex(k)
			if !v.IsValid() || !tbSameValue(v, e.MapIndex(k)) {
				return false
			}
		}
		return true
	}
	return a.Kind() == e.Kind() && a.Interface() == e.Interface()
}

func tbCheck(t *testing.T, actual func() any, expected any) {
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("panicked: %v", r)
		}
	}()
	got := actual()
	if !tbSameValue(reflect.ValueOf(got), reflect.ValueOf(expected)) {
		t.Errorf("got %#v, expected %#v", got, expected)
	}
}
"""


class GoGenerator(LanguageGenerator):
    language = Language.GO
    fence = "go"
    solution_file = "solution.go"
    test_file = "solution_test.go"
    line_comment = "//"

    def type_name(self, type_ref: TypeRef) -> str:
        kind, args = type_ref.kind, type_ref.args
        if kind in _SCALARS:
            return _SCALARS[kind]
        if kind == "list":
            return f"[]{self.type_name(args[0])}"
        if kind == "dict":
            return f"map[string]{self.type_name(args[1])}"
        if kind == "optional":
            return f"*{self.type_name(args[0])}"
        return "[]any"

    def literal(self, value: Any, type_ref: TypeRef) -> str:
        kind = type_ref.kind
        if value is None:
            return "nil"
        if kind == "optional":
            return f"tbPtr[{self.type_name(type_ref.item)}]({self.literal(value, type_ref.item)})"
        if kind == "float":
            return float_text(value)
        if kind in ("int", "bool", "str"):
            return json.dumps(value, ensure_ascii=False)
        if kind == "list":
            items = ", ".join(self.literal(v, type_ref.item) for v in value)
            return f"{self.type_name(type_ref)}{{{items}}}"
        if kind == "tuple":
            items = ", ".join(self.literal(v, t) for v, t in zip(value, type_ref.args, strict=True))
            return f"[]any{{{items}}}"
        items = ", ".join(
            f"{json.dumps(k, ensure_ascii=False)}: {self.literal(v, type_ref.item)}" for k, v in value.items()
        )
        return f"{self.type_name(type_ref)}{{{items}}}"

    def declaration(self, signature: Signature) -> str:
        params = ", ".join(
            f"{self.param_name(p.name)} {self.type_name(parse_type(p.type))}" for p in signature.params
        )
        return (
            f"func {self.function_name(signature.name)}({params}) {self.type_name(self.returns(signature))}"
        )

    def stub(self, signature: Signature, summary: str) -> str:
        name = self.function_name(signature.name)
        body = '\tpanic("not implemented")'
        return f"package solution\n\n// {name}: {summary}\n{self.declaration(signature)} {{\n{body}\n}}\n"

    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        lines = ["package solution", "", "import (", '\t"math"', '\t"reflect"', '\t"testing"', ")", _HELPERS]
        returns = self.returns(signature)
        for index, case in enumerate(cases):
            lines += [
                f"func Test{pascal(case_name(index))}(t *testing.T) {{",
                f"\ttbCheck(t, func() any {{ return {self.call(signature, case)} }}, "
                f"{self.literal(case.expected, returns)})",
                "}",
                "",
            ]
        return "\n".join(lines)
