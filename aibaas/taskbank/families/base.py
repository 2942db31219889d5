"""A family is a parametric task generator: one seed gives one variant, the same seed the same one.

A family declares how a seed chooses names, constants, framing and input domains (`choose`), the
signature and statement they produce, a Python oracle (`solve`) that computes expected results, the
inputs of the hidden tests with their edge-case tags, and one reference solution per language as a
template whose `{{placeholders}}` are filled with each language's own spelling of the names and
literals of that variant.
"""

from __future__ import annotations

import random
import re
from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Any, ClassVar

from aibaas.taskbank.codegen import generator
from aibaas.taskbank.spec import Difficulty, Language, Param, Signature, TestCase
from aibaas.taskbank.types import parse_type, to_json_value

Params = dict[str, Any]
Case = tuple[list[Any], list[str]]
_PLACEHOLDER = re.compile(r"\{\{([a-z_][a-z0-9_]*)\}\}")
EXAMPLE_COUNT = 2


class FamilyError(Exception):
    """A family is inconsistent (a template names a placeholder its variant does not define)."""


# Words no name pool may offer: a keyword (or reserved word) in any of the seven languages would
# make that language's stub, tests and reference fail to compile for some seeds only.
_KEYWORDS = {
    "java": "abstract assert boolean break byte case catch char class const continue default do double else "
    "enum extends final finally float for goto if implements import instanceof int interface long native new "
    "package private protected public return short static strictfp super switch synchronized this throw "
    "throws transient try void volatile while var record yield",
    "csharp": "as base bool checked decimal delegate event explicit extern fixed foreach implicit in "
    "internal is lock namespace null object operator out override params readonly ref sbyte sealed sizeof "
    "stackalloc string struct typeof uint ulong unchecked unsafe ushort using virtual",
    "go": "chan defer fallthrough func go map range select type",
    "ruby": "alias and begin def defined elsif end ensure module next nil not or redo rescue retry self then "
    "undef unless until when",
    "rust": "async await crate dyn fn impl let loop match mod move mut pub trait use where",
    "typescript": "delete export function let with arguments eval",
    "python": "del elif except from global lambda nonlocal pass raise none true false",
}
RESERVED_WORDS = frozenset(word for words in _KEYWORDS.values() for word in words.split())


@dataclass(frozen=True)
class Variant:
    """One concrete task content, before it is framed for a language and a scenario."""

    family: str
    difficulty: Difficulty
    seed: int
    title: str
    statement: str
    summary: str
    signature: Signature
    examples: list[TestCase]
    hidden: list[TestCase]
    references: dict[Language, str]
    tags: list[str]


class Family(ABC):
    """Subclasses set the class attributes and implement the five methods."""

    name: ClassVar[str]
    difficulty: ClassVar[Difficulty]
    tags: ClassVar[tuple[str, ...]]
    references: ClassVar[dict[Language, str]]

    @abstractmethod
    def choose(self, rng: random.Random) -> Params:
        """Variant parameters: `fn` (function name), `params` (role -> name), constants, framing."""

    @abstractmethod
    def signature(self, p: Params) -> Signature: ...

    @abstractmethod
    def statement(self, p: Params) -> tuple[str, str, str]:
        """(title, full statement, one-line summary) of the variant."""

    @abstractmethod
    def solve(self, p: Params, *args: Any) -> Any:
        """The oracle: the expected result for arguments given as JSON values."""

    @abstractmethod
    def inputs(self, p: Params, rng: random.Random) -> list[Case]:
        """Hidden test inputs with their tags; the first untagged ones become the examples."""

    def constants(self, p: Params) -> dict[str, tuple[Any, str]]:
        """Template constants of the variant: name -> (value, neutral type)."""
        return {}

    def languages(self) -> list[Language]:
        return sorted(self.references, key=list(Language).index)

    def variant(self, seed: int) -> Variant:
        """The variant for `seed`: deterministic, with expected results from the oracle."""
        rng = random.Random(f"{self.name}:{seed}")  # noqa: S311 - seeded for reproducibility
        p = self.choose(rng)
        signature = self.signature(p)
        cases = [
            TestCase(args=to_json_value(args), expected=to_json_value(self.solve(p, *args)), tags=tags)
            for args, tags in self.inputs(p, rng)
        ]
        examples = [c for c in cases if not c.tags][:EXAMPLE_COUNT]
        title, statement, summary = self.statement(p)
        references = {lang: self.render(lang, template, p) for lang, template in self.references.items()}
        return Variant(
            family=self.name,
            difficulty=self.difficulty,
            seed=seed,
            title=title,
            statement=statement,
            summary=summary,
            signature=signature,
            examples=examples,
            hidden=cases,
            references=references,
            tags=list(self.tags),
        )

    def render(self, language: Language, template: str, p: Params) -> str:
        """A reference template with the variant's names and literals in `language`'s spelling."""
        gen = generator(language)
        values = {"fn": gen.function_name(p["fn"])}
        values |= {role: gen.param_name(name) for role, name in p["params"].items()}
        values |= {
            key: gen.literal(to_json_value(value), parse_type(type_text))
            for key, (value, type_text) in self.constants(p).items()
        }

        def fill(match: re.Match[str]) -> str:
            key = match.group(1)
            if key not in values:
                raise FamilyError(f"family {self.name}: {language} template uses {{{{{key}}}}}, not defined")
            return values[key]

        return _PLACEHOLDER.sub(fill, template)


def make_signature(p: Params, roles: list[tuple[str, str]], returns: str) -> Signature:
    """A signature whose parameters are the variant's names for each (role, type)."""
    return Signature(
        name=p["fn"], params=[Param(name=p["params"][role], type=t) for role, t in roles], returns=returns
    )


def pick_names(rng: random.Random, fn_names: list[str], **roles: list[str]) -> Params:
    """Choose the function name and one name per parameter role.

    Raises:
        FamilyError: when a pool offers a word reserved in one of the seven languages.
    """
    reserved = sorted({n for pool in [fn_names, *roles.values()] for n in pool} & RESERVED_WORDS)
    if reserved:
        raise FamilyError(f"name pools offer reserved words {reserved}: some language cannot compile them")
    return {"fn": rng.choice(fn_names), "params": {role: rng.choice(names) for role, names in roles.items()}}
