"""A language-light tokenizer shared by the quality and similarity metrics.

Comments are dropped (they change no behaviour and are the easiest thing to reword), string
contents are kept, and every identifier, number and punctuation mark is one token.
"""

from __future__ import annotations

import re

HASH_COMMENT_LANGUAGES = frozenset({"python", "ruby"})
_HASH_COMMENT = re.compile(r"(?m)#(?![\[!]).*$")
_SLASH_COMMENT = re.compile(r"//.*?$|/\*.*?\*/", re.S | re.M)
_TOKEN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|\"(?:\\.|[^\"\\])*\"|'(?:\\.|[^'\\])*'|[^\s\w]")


def strip_comments(code: str, language: str) -> str:
    pattern = _HASH_COMMENT if language in HASH_COMMENT_LANGUAGES else _SLASH_COMMENT
    return pattern.sub("", code)


def tokenize(code: str, language: str) -> list[str]:
    """The tokens of `code` without its comments."""
    return _TOKEN.findall(strip_comments(code, language))
