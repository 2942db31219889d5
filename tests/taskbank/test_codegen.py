"""Generated files run in the real sandbox: the reference passes everywhere, the stub fails."""

import pytest

from aibaas.config import load_settings
from aibaas.sandbox import Status, open_sandbox
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.execution import hidden_test_source, request_for
from aibaas.taskbank.spec import Language
from aibaas.taskbank.types import TypeSyntaxError, parse_type
from tests.taskbank.conftest import codegen_task


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory):
    with open_sandbox(load_settings(data_dir=tmp_path_factory.mktemp("data"))) as box:
        yield box


def test_reference_passes_and_stub_fails_in_all_seven_languages(sandbox) -> None:
    tasks = [codegen_task(language) for language in Language]
    requests = [
        request_for(t.language, source, hidden_test_source(t), t.id)
        for t in tasks
        for source in (t.private.reference_solution, t.public.stub)
    ]
    results = sandbox.run_many(requests)
    for task, reference, stub in zip(tasks, results[::2], results[1::2], strict=True):
        assert reference.status is Status.OK, (task.id, reference.compile_output, reference.stdout[-800:])
        assert len(reference.tests) == len(task.private.hidden_tests)
        assert stub.status is Status.TEST_FAILURE, (task.id, stub.status, stub.compile_output)


@pytest.mark.parametrize(
    ("language", "type_text", "value", "literal"),
    [
        # optional ints are boxed in Java and pointers in Go
        (Language.JAVA, "list[optional[int]]", [1, None], "SolutionTest.<Long>list(1L, null)"),
        (Language.GO, "optional[int]", 5, "tbPtr[int](5)"),
        # Rust needs owned strings and \u{..} escapes for control characters
        (Language.RUST, "str", "a\tb", 'String::from("a\\u{9}b")'),
        # Ruby would interpolate '#{' inside double quotes
        (Language.RUBY, "str", "#{x}", '"\\#{x}"'),
        # C# and Java escape characters outside ASCII, astral ones as surrogate pairs
        (Language.CSHARP, "str", "é😀", '"\\u00e9\\ud83d\\ude00"'),
        (Language.TYPESCRIPT, "tuple[int, str]", [1, "x"], '[1, "x"]'),
        (Language.PYTHON, "dict[str, float]", {"k": 2}, "{'k': 2.0}"),
    ],
)
def test_literals_follow_each_languages_rules(language, type_text, value, literal) -> None:
    assert generator(language).literal(value, parse_type(type_text)) == literal


def test_unknown_type_is_refused_with_the_grammar() -> None:
    with pytest.raises(TypeSyntaxError, match="expected one of int, float, bool, str"):
        parse_type("set[int]")


def test_java_and_csharp_strings_spell_line_breaks_with_short_escapes() -> None:
    # javac reads \u000a as a real line break, which ends the string literal mid-file
    from aibaas.taskbank.types import parse_type

    for language in (Language.JAVA, Language.CSHARP):
        assert generator(language).literal("a\nb\tc\r", parse_type("str")) == '"a\\nb\\tc\\r"'


def test_csharp_optional_of_a_reference_type_is_the_type_itself() -> None:
    gen = generator(Language.CSHARP)
    assert gen.type_name(parse_type("optional[list[int]]")) == "List<long>"
    assert gen.type_name(parse_type("optional[int]")) == "long?"
