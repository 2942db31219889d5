"""Textual mutation operators: one-line changes to a reference that a good test suite rejects.

Operators only match binary operators written with a space on each side (as every reference in
the bank is formatted), which keeps them off generics (`List<Long>`), arrows (`->`, `=>`) and
unary minus. Matches inside string literals and comment lines are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from aibaas.taskbank.spec import DefectCategory, Mutant

COMMENT_PREFIXES = ("#", "//", "/*", "*", "///")


@dataclass(frozen=True)
class Operator:
    name: str
    category: DefectCategory
    pattern: re.Pattern[str]
    replacement: str


def _op(name: str, category: DefectCategory, pattern: str, replacement: str) -> Operator:
    return Operator(name, category, re.compile(pattern), replacement)


OPERATORS: tuple[Operator, ...] = (
    _op("lt-to-le", DefectCategory.COMPARISON, r" < ", " <= "),
    _op("le-to-lt", DefectCategory.COMPARISON, r" <= ", " < "),
    _op("gt-to-ge", DefectCategory.COMPARISON, r" > ", " >= "),
    _op("ge-to-gt", DefectCategory.COMPARISON, r" >= ", " > "),
    _op("eq-to-ne", DefectCategory.COMPARISON, r" == ", " != "),
    _op("seq-to-sne", DefectCategory.COMPARISON, r" === ", " !== "),
    _op("sne-to-seq", DefectCategory.COMPARISON, r" !== ", " === "),
    _op("ne-to-eq", DefectCategory.COMPARISON, r" != ", " == "),
    _op("plus-to-minus", DefectCategory.ARITHMETIC, r" \+ (?!1\b)", " - "),
    _op("minus-to-plus", DefectCategory.ARITHMETIC, r" - (?!1\b)", " + "),
    _op("times-to-plus", DefectCategory.ARITHMETIC, r" \* ", " + "),
    _op("drop-plus-one", DefectCategory.BOUNDARY, r" \+ 1\b", ""),
    _op("drop-minus-one", DefectCategory.BOUNDARY, r" - 1\b", ""),
    _op("and-to-or", DefectCategory.LOGIC, r" and ", " or "),
    _op("or-to-and", DefectCategory.LOGIC, r" or ", " and "),
    _op("andand-to-oror", DefectCategory.LOGIC, r" && ", " || "),
    _op("oror-to-andand", DefectCategory.LOGIC, r" \|\| ", " && "),
    _op("zero-to-one", DefectCategory.CONSTANT, r"(?<=[\s(\[,=])0(?=[\s),;\]])", "1"),
    _op("one-to-zero", DefectCategory.CONSTANT, r"(?<=[\s(\[,=])1(?=[\s),;\]])", "0"),
)


def _in_string(line: str, position: int) -> bool:
    """Whether `position` lies inside a double- or single-quoted literal on this line."""
    quote = ""
    escaped = False
    for char in line[:position]:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif quote and char == quote:
            quote = ""
        elif not quote and char in "\"'`":
            quote = char
    return bool(quote)


def candidate_mutants(source: str) -> list[Mutant]:
    """Every single-site mutation of `source`, in source order, each with a stable id."""
    mutants: list[Mutant] = []
    for number, line in enumerate(source.splitlines(), start=1):
        if line.lstrip().startswith(COMMENT_PREFIXES):
            continue
        for operator in OPERATORS:
            for match in operator.pattern.finditer(line):
                if _in_string(line, match.start()):
                    continue
                replaced = line[: match.start()] + operator.replacement + line[match.end() :]
                mutants.append(
                    Mutant(
                        id=f"m{number}-{operator.name}-{match.start()}",
                        operator=operator.name,
                        category=operator.category,
                        line=number,
                        original=line,
                        replacement=replaced,
                    )
                )
    return mutants


def apply_mutants(source: str, mutants: list[Mutant]) -> str:
    """`source` with each mutant's line replaced; mutants must be on distinct lines of `source`."""
    lines = source.splitlines()
    for mutant in mutants:
        if lines[mutant.line - 1] != mutant.original:
            raise ValueError(f"mutant {mutant.id} does not match line {mutant.line} of the source")
        lines[mutant.line - 1] = mutant.replacement
    return "\n".join(lines) + ("\n" if source.endswith("\n") else "")
