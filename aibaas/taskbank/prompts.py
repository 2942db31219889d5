"""The prompt of each scenario, built only from a task's public part.

Nothing from `TaskSpec.private` is an argument here, so hidden tests, references and planted
defects cannot leak into a prompt by construction (QA checks it again on the finished text).
"""

from __future__ import annotations

from aibaas.taskbank.codegen import generator
from aibaas.taskbank.spec import DefectCategory, Language, Scenario, Signature, TestCase

HARNESS_NOTES: dict[Language, str] = {
    Language.PYTHON: "a `unittest` module; import the function with `from solution import ...`",
    Language.TYPESCRIPT: 'a `node:test` file; import the function from `"./solution"`',
    Language.JAVA: "a JUnit 5 class `SolutionTest`; call the static method `Solution.<name>`",
    Language.GO: "a `go test` file in `package solution`",
    Language.RUBY: 'a minitest file; load the code with `require_relative "solution"`',
    Language.RUST: "the crate root `lib.rs` with `mod solution; use solution::*;` and `#[test]` functions",
    Language.CSHARP: "a class of `public static void` methods marked `[Aibaas.Test]`, using `Aibaas.Assert`",
}

LANGUAGE_NAMES: dict[Language, str] = {
    Language.PYTHON: "Python 3.11",
    Language.TYPESCRIPT: "TypeScript (Node 20)",
    Language.JAVA: "Java 17",
    Language.GO: "Go 1.19",
    Language.RUBY: "Ruby 3.1",
    Language.RUST: "Rust (2021 edition, standard library only)",
    Language.CSHARP: "C# (Mono)",
}


def _fenced(language: Language, code: str) -> str:
    return f"```{generator(language).fence}\n{code.rstrip()}\n```"


def _examples(language: Language, signature: Signature, examples: list[TestCase]) -> str:
    gen = generator(language)
    return _fenced(language, "\n".join(gen.example_line(signature, case) for case in examples))


def numbered(code: str) -> str:
    """Code with right-aligned line numbers, as shown to reviewers."""
    lines = code.rstrip("\n").splitlines()
    width = len(str(len(lines)))
    return "\n".join(f"{i:>{width}} | {line}" for i, line in enumerate(lines, start=1))


def codegen_prompt(
    language: Language, statement: str, stub: str, signature: Signature, examples: list[TestCase]
) -> str:
    gen = generator(language)
    return (
        f"{statement}\n\nImplement it in {LANGUAGE_NAMES[language]}, completing this file "
        f"(`{gen.solution_file}`):\n\n{_fenced(language, stub)}\n\nExamples:\n\n"
        f"{_examples(language, signature, examples)}\n\n"
        f"Answer with the complete `{gen.solution_file}` in one fenced code block. "
        "Use only the standard library."
    )


def testing_prompt(
    language: Language, statement: str, code: str, signature: Signature, examples: list[TestCase]
) -> str:
    gen = generator(language)
    minimal = _fenced(language, gen.test_source(signature, examples))
    return (
        f"{statement}\n\nHere is an implementation in {LANGUAGE_NAMES[language]} (`{gen.solution_file}`):\n\n"
        f"{_fenced(language, code)}\n\nWrite a thorough test suite for it as `{gen.test_file}`, "
        f"{HARNESS_NOTES[language]}. Your tests must pass on a correct implementation and fail on "
        "implementations with subtle mistakes, so cover edge cases as well as typical inputs. "
        f"A minimal suite in the expected format:\n\n{minimal}\n\n"
        f"Answer with the complete `{gen.test_file}` in one fenced code block."
    )


def review_prompt(language: Language, statement: str, code: str) -> str:
    categories = ", ".join(c.value for c in DefectCategory)
    return (
        f"{statement}\n\nA colleague submitted this {LANGUAGE_NAMES[language]} implementation "
        f"(line numbers on the left):\n\n```text\n{numbered(code)}\n```\n\n"
        "Review it for correctness. Answer with a JSON array in one fenced `json` block; each item is "
        '{"line": <line number>, "category": <one of: ' + categories + '>, "explanation": <why it is wrong '
        "and how to fix it>}. Report only real defects; an empty array means the code is correct."
    )


def scenario_prompt(
    scenario: Scenario,
    language: Language,
    statement: str,
    signature: Signature,
    stub: str,
    examples: list[TestCase],
    shown_code: str | None,
) -> str:
    """The prompt of a task from its public part (`shown_code`: the code to test or review)."""
    if scenario is Scenario.CODEGEN:
        return codegen_prompt(language, statement, stub, signature, examples)
    assert shown_code is not None
    if scenario is Scenario.TESTING:
        return testing_prompt(language, statement, shown_code, signature, examples)
    return review_prompt(language, statement, shown_code)
