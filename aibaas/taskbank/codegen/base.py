"""What every language generator provides, and the naming helpers they share.

A generator turns the neutral signature and test cases into source text for one language: the
type names, value literals, the solution stub, and the test file for that language's harness.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from typing import Any

from aibaas.taskbank.spec import Language, Signature, TestCase
from aibaas.taskbank.types import TypeRef, parse_type


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def pascal(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def float_text(value: float) -> str:
    """A float literal every language accepts: always a '.' or an exponent."""
    text = repr(float(value))
    return text if ("." in text or "e" in text) else text + ".0"


class LanguageGenerator(ABC):
    """Source generation for one language; subclasses are stateless singletons."""

    language: Language
    fence: str
    solution_file: str
    test_file: str
    line_comment: str

    def function_name(self, name: str) -> str:
        return camel(name)

    def param_name(self, name: str) -> str:
        return camel(name)

    @abstractmethod
    def type_name(self, type_ref: TypeRef) -> str: ...

    @abstractmethod
    def literal(self, value: Any, type_ref: TypeRef) -> str: ...

    @abstractmethod
    def declaration(self, signature: Signature) -> str:
        """The function's header as the language writes it (shown in prompts)."""

    @abstractmethod
    def stub(self, signature: Signature, summary: str) -> str:
        """A complete solution file whose function is not implemented yet."""

    @abstractmethod
    def test_source(self, signature: Signature, cases: list[TestCase]) -> str:
        """A complete test file with one named test per case."""

    def support_files(self) -> dict[str, str]:
        """Files besides the solution and the tests that compiling or testing needs."""
        return {}

    def call(self, signature: Signature, case: TestCase) -> str:
        args = ", ".join(
            self.literal(arg, parse_type(p.type)) for arg, p in zip(case.args, signature.params, strict=True)
        )
        return f"{self.function_name(signature.name)}({args})"

    def example_line(self, signature: Signature, case: TestCase) -> str:
        expected = self.literal(case.expected, parse_type(signature.returns))
        return f"{self.call(signature, case)}  {self.line_comment} => {expected}"

    def returns(self, signature: Signature) -> TypeRef:
        return parse_type(signature.returns)


class StaticMethodGenerator(LanguageGenerator):
    """Java and C#: the solution is a static method of a `Solution` class, called through it."""

    def declaration(self, signature: Signature) -> str:
        params = ", ".join(
            f"{self.type_name(parse_type(p.type))} {self.param_name(p.name)}" for p in signature.params
        )
        returns = self.type_name(self.returns(signature))
        return f"public static {returns} {self.function_name(signature.name)}({params})"

    def call(self, signature: Signature, case: TestCase) -> str:
        return "Solution." + super().call(signature, case)


def case_name(index: int) -> str:
    return f"case_{index:03d}"


_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_ascii(text: str, unicode_escape: str) -> str:
    """A double-quoted string body with every non-ASCII or control character escaped.

    `unicode_escape` formats one UTF-16 code unit (Java, C#) given as an int. Line breaks and tabs
    use their short escapes: javac turns `\\u000a` into a real line break before it reads the string.
    """
    out = []
    for char in text:
        code = ord(char)
        if char in ('"', "\\"):
            out.append("\\" + char)
        elif char in _SHORT_ESCAPES:
            out.append(_SHORT_ESCAPES[char])
        elif 32 <= code < 127:
            out.append(char)
        elif code > 0xFFFF:
            code -= 0x10000
            out.append(unicode_escape % (0xD800 + (code >> 10)) + unicode_escape % (0xDC00 + (code & 0x3FF)))
        else:
            out.append(unicode_escape % code)
    return '"' + "".join(out) + '"'
