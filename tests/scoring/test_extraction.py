"""Code extraction copes with answers as real models write them, and records how it read each one."""

from __future__ import annotations

import pytest

from aibaas.scoring.extraction import extract_code, normalize_tag, strip_thinking

SOLUTION = "def add(a, b):\n    return a + b\n"


@pytest.mark.parametrize(
    ("answer", "code", "rule"),
    [
        # The common case: prose, one tagged block, a closing remark.
        (f"Here you go.\n\n```python\n{SOLUTION}```\n\nHope it helps.", SOLUTION, "fenced:tagged"),
        # Reasoning first, with a draft block inside it that must not win.
        (
            f"<think>\nmaybe ```python\ndef add(a, b): pass\n```\n</think>\nFinal:\n```python\n{SOLUTION}```",
            SOLUTION,
            "fenced:tagged:think-removed",
        ),
        # An alias tag is the same language.
        (f"```py\n{SOLUTION}```", SOLUTION, "fenced:tagged"),
        # No tag at all.
        (f"```\n{SOLUTION}```", SOLUTION, "fenced:untagged"),
        # The wrong tag: the block is still the answer, and the rule says so.
        (f"```javascript\n{SOLUTION}```", SOLUTION, "fenced:wrong-tag:javascript"),
        # Cut off by the token limit before the closing fence.
        (
            "Sure:\n```python\ndef add(a, b):\n    return a +",
            "def add(a, b):\n    return a +\n",
            "fenced:unclosed",
        ),
        # No fences: the code lines between the prose.
        (f"Sure, here it is:\n\n{SOLUTION}\nThis runs in O(1).", SOLUTION, "unfenced:code-lines"),
        # Nothing that looks like code.
        ("I cannot help with that request.", "", "none"),
    ],
)
def test_extraction_reads_real_answer_shapes(answer: str, code: str, rule: str) -> None:
    extraction = extract_code(answer, "python", symbol="add")
    assert extraction.code == code
    assert extraction.rule == rule
    assert extraction.found is bool(code)


def test_several_tagged_blocks_prefer_the_one_defining_the_symbol() -> None:
    answer = (
        "Usage first:\n```python\nprint(add(1, 2))\n```\n"
        f"Implementation:\n```python\n{SOLUTION}```\nAnd a test:\n```python\nassert True\n```\n"
    )
    extraction = extract_code(answer, "python", symbol="add")
    # Both the usage and the implementation mention `add`; the longer defining block is the answer.
    assert extraction.code == SOLUTION
    assert extraction.rule == "fenced:tagged-symbol"
    assert extraction.blocks == 3


def test_several_blocks_without_symbol_take_the_longest() -> None:
    answer = f"```python\nx = 1\n```\n```python\n{SOLUTION}```"
    assert extract_code(answer, "python").rule == "fenced:tagged-longest"
    assert extract_code(answer, "python").code == SOLUTION


def test_tagged_block_of_the_expected_language_beats_other_languages() -> None:
    go = "package solution\n\nfunc Add(a, b int) int { return a + b }\n"
    answer = f"```bash\ngo test ./...\n```\n```go\n{go}```"
    assert extract_code(answer, "go").code == go


@pytest.mark.parametrize(
    ("tag", "language"), [("C#", "csharp"), ("ts", "typescript"), ("golang", "go"), ("rs", "rust")]
)
def test_tag_aliases(tag: str, language: str) -> None:
    assert normalize_tag(tag) == language


def test_unclosed_think_block_is_dropped_up_to_the_code() -> None:
    cleaned, had = strip_thinking(f"<think>\nlong reasoning never closed\n```python\n{SOLUTION}```")
    assert had
    assert "reasoning" not in cleaned
    assert SOLUTION in cleaned
