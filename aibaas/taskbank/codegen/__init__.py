"""Source generators for the seven languages, looked up by `Language`."""

from __future__ import annotations

from aibaas.taskbank.codegen.base import LanguageGenerator
from aibaas.taskbank.codegen.csharp import CSharpGenerator
from aibaas.taskbank.codegen.go import GoGenerator
from aibaas.taskbank.codegen.java import JavaGenerator
from aibaas.taskbank.codegen.python import PythonGenerator
from aibaas.taskbank.codegen.ruby import RubyGenerator
from aibaas.taskbank.codegen.rust import RustGenerator
from aibaas.taskbank.codegen.typescript import TypeScriptGenerator
from aibaas.taskbank.spec import Language

GENERATORS: dict[Language, LanguageGenerator] = {
    g.language: g
    for g in (
        PythonGenerator(),
        TypeScriptGenerator(),
        JavaGenerator(),
        GoGenerator(),
        RubyGenerator(),
        RustGenerator(),
        CSharpGenerator(),
    )
}


def generator(language: Language) -> LanguageGenerator:
    return GENERATORS[language]


__all__ = ["GENERATORS", "LanguageGenerator", "generator"]
