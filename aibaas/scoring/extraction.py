"""Getting the code out of a model's answer, as real answers come: prose, several fenced blocks,
`<think>` blocks, missing fences, wrong or missing language tags, output cut off mid-block.

The rule that chose the code is recorded with it (`Extraction.rule`), so a surprising score can
be traced to how the answer was read, and extraction failures can be counted per model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

THINK_BLOCK = re.compile(r"<think(?:ing)?>.*?</think(?:ing)?>", re.S | re.I)
UNCLOSED_THINK = re.compile(r"<think(?:ing)?>.*?(?=^```|^~~~|\Z)", re.S | re.I | re.M)
FENCE = re.compile(
    r"^(?P<fence>```+|~~~+)[ \t]*(?P<tag>[^\s`]*)[^\n]*\n(?P<body>.*?)(?:^(?P=fence)[ \t]*$|\Z)", re.S | re.M
)

TAG_ALIASES: dict[str, str] = {
    "py": "python", "python3": "python", "py3": "python",
    "ts": "typescript", "tsx": "typescript",
    "cs": "csharp", "c#": "csharp", "c-sharp": "csharp", "dotnet": "csharp",
    "rs": "rust", "rb": "ruby", "golang": "go",
}  # fmt: skip

# Lines that only code of that language starts with; used to rank blocks and to find unfenced code.
_CODE_STARTS: dict[str, tuple[str, ...]] = {
    "python": (r"def ", r"class ", r"import ", r"from \S+ import", r"return\b", r"if .*:$", r"for .*:$",
               r"while .*:$", r"@\w"),
    "typescript": (r"export ", r"function ", r"const ", r"let ", r"import ", r"return\b", r"interface ",
                   r"type \w+ =", r"\}", r"\)", r"\w+\(.*\);$"),
    "java": (r"public ", r"private ", r"protected ", r"class ", r"import ", r"return\b", r"static ", r"\}",
             r"@\w+", r"\w[\w<>\[\], ]* \w+ = .*;$"),
    "go": (r"package ", r"func ", r"import ", r"return\b", r"var ", r"type ", r"for ", r"if .*\{$", r"\}",
           r"\w+ := "),
    "ruby": (r"def ", r"end\b", r"class ", r"module ", r"require", r"return\b", r"if ", r"elsif ", r"unless ",
             r"\w+\.each"),
    "rust": (r"pub ", r"fn ", r"use ", r"let ", r"impl ", r"struct ", r"enum ", r"mod ", r"return\b",
             r"match ", r"\}", r"#\["),
    "csharp": (r"public ", r"private ", r"using ", r"namespace ", r"class ", r"static ", r"return\b", r"\}",
               r"\{", r"var ", r"\[\w+"),
}  # fmt: skip
CODE_LINE: dict[str, re.Pattern[str]] = {
    language: re.compile(r"^\s*(" + "|".join(starts) + ")") for language, starts in _CODE_STARTS.items()
}


@dataclass(frozen=True)
class Extraction:
    """The code found in an answer and how it was found.

    `rule` is one of: `fenced:tagged`, `fenced:tagged-symbol` (several tagged blocks; the one
    defining the symbol), `fenced:tagged-longest`, `fenced:untagged`, `fenced:wrong-tag:<tag>`,
    `fenced:unclosed`, `unfenced:code-lines`, `none`; `:think-removed` is appended when a
    `<think>` block was dropped first.
    """

    code: str
    rule: str
    blocks: int

    @property
    def found(self) -> bool:
        return bool(self.code.strip())


@dataclass(frozen=True)
class _Block:
    tag: str
    body: str
    closed: bool


def normalize_tag(tag: str) -> str:
    """A fence tag in the platform's language names (`py` -> `python`, `c#` -> `csharp`)."""
    lowered = tag.strip().lower()
    return TAG_ALIASES.get(lowered, lowered)


def strip_thinking(text: str) -> tuple[str, bool]:
    """The answer without reasoning blocks, and whether any were there."""
    cleaned = THINK_BLOCK.sub("", text)
    cleaned = UNCLOSED_THINK.sub("", cleaned)
    return cleaned, cleaned != text


def _blocks(text: str) -> list[_Block]:
    found = []
    for match in FENCE.finditer(text):
        body = match.group("body")
        closed = match.end() < len(text) or text.rstrip().endswith(match.group("fence"))
        found.append(_Block(normalize_tag(match.group("tag")), body.rstrip("\n") + "\n", closed))
    return [b for b in found if b.body.strip()]


def _code_lines(body: str, language: str) -> int:
    pattern = CODE_LINE.get(language)
    return sum(1 for line in body.splitlines() if pattern and pattern.match(line))


def _defines(body: str, symbol: str | None) -> bool:
    return bool(symbol) and re.search(rf"\b{re.escape(symbol or '')}\b", body) is not None


def _choose_tagged(tagged: list[_Block], symbol: str | None) -> tuple[_Block, str]:
    if len(tagged) == 1:
        return tagged[0], "fenced:tagged"
    defining = [b for b in tagged if _defines(b.body, symbol)]
    if defining:
        # The longest defining block: a whole solution beats a usage snippet that calls it.
        return max(defining, key=lambda b: len(b.body)), "fenced:tagged-symbol"
    return max(tagged, key=lambda b: len(b.body)), "fenced:tagged-longest"


def _unfenced(text: str, language: str) -> str:
    """The longest run of lines that look like code of `language` (blank and indented lines join runs)."""
    best: list[str] = []
    run: list[str] = []
    pattern = CODE_LINE.get(language)
    for line in text.splitlines():
        is_code = bool(pattern and pattern.match(line)) or (run and (not line.strip() or line[:1] in " \t"))
        if is_code:
            run.append(line)
            continue
        if _code_lines("\n".join(run), language) > _code_lines("\n".join(best), language):
            best = run
        run = []
    if _code_lines("\n".join(run), language) > _code_lines("\n".join(best), language):
        best = run
    return "\n".join(best).strip("\n") + "\n" if best else ""


def extract_code(text: str, language: str, symbol: str | None = None) -> Extraction:
    """The code a model meant as its answer in `language`.

    Args:
        text: the model's whole answer.
        language: the expected language (platform name, e.g. `python`, `csharp`).
        symbol: the name the answer must define (function or class); breaks ties between blocks.

    Returns:
        The code (empty when nothing looks like code), the rule used and the number of blocks seen.
    """
    cleaned, had_think = strip_thinking(text)
    suffix = ":think-removed" if had_think else ""
    blocks = _blocks(cleaned)
    tagged = [b for b in blocks if b.tag == language]
    if tagged:
        chosen, rule = _choose_tagged(tagged, symbol)
        return Extraction(chosen.body, (rule if chosen.closed else "fenced:unclosed") + suffix, len(blocks))
    if blocks:
        chosen = max(
            blocks, key=lambda b: (_defines(b.body, symbol), _code_lines(b.body, language), len(b.body))
        )
        rule = "fenced:untagged" if not chosen.tag else f"fenced:wrong-tag:{chosen.tag}"
        return Extraction(chosen.body, (rule if chosen.closed else "fenced:unclosed") + suffix, len(blocks))
    code = _unfenced(cleaned, language)
    return Extraction(code, ("unfenced:code-lines" if code else "none") + suffix, 0)
