"""What the offline models write for each scenario, built from the task's reference material.

Answers look like real model output: a sentence or two of prose, sometimes a <think> block,
the artefact in a fenced block tagged with the language, and a closing remark.
"""

from __future__ import annotations

import json
import random

from aibaas.judging.rubric import CRITERIA
from aibaas.providers.mock.profiles import Profile
from aibaas.providers.types import Scenario, TaskMaterial

FENCE_TAGS = {
    "csharp": "csharp",
    "typescript": "typescript",
    "python": "python",
    "java": "java",
    "go": "go",
    "ruby": "ruby",
    "rust": "rust",
}
_OPENERS = (
    "Here is an implementation that follows the specification.",
    "Sure. The approach below keeps it simple and handles the edge cases.",
    "Below is a solution; I kept the public signature unchanged.",
    "This should do it:",
)
_CLOSERS = (
    "Let me know if you want additional edge cases covered.",
    "The complexity is linear in the size of the input.",
    "",
    "I tested the main paths mentally; run the suite to confirm.",
)
_FALSE_FINDINGS = (
    ("style", "variable name could be more descriptive"),
    ("performance", "this loop may be quadratic for large inputs"),
    ("error-handling", "the error from this call is ignored"),
    ("security", "input is used without validation"),
)


def _fenced(material: TaskMaterial, code: str) -> str:
    return f"```{FENCE_TAGS.get(material.language, material.language)}\n{code.rstrip()}\n```"


def _wrap(rng: random.Random, profile: Profile, body: str, thinking: str) -> str:
    parts = []
    if rng.random() < profile.think:
        parts.append(f"<think>\n{thinking}\n</think>")
    parts.append(rng.choice(_OPENERS))
    parts.append(body)
    closer = rng.choice(_CLOSERS) if profile.verbosity >= 1.0 else ""
    if closer:
        parts.append(closer)
    return "\n\n".join(parts) + "\n"


def _broken_code(rng: random.Random, code: str) -> str:
    """Output a careless model produces: cut off mid-way, or with its syntax mangled."""
    lines = code.splitlines() or [""]
    if rng.random() < 0.5:
        return "\n".join(lines[: max(1, len(lines) // 2)])
    return code.replace(")", "", 1).replace(":", "", 1)


def codegen(rng: random.Random, profile: Profile, material: TaskMaterial) -> str:
    """Right code (the reference), subtly wrong code (a mutant) or broken code."""
    roll = rng.random()
    if roll < profile.correct or (not material.mutants and roll < profile.correct + profile.mutant):
        code = material.reference_solution
    elif roll < profile.correct + profile.mutant:
        code = rng.choice(material.mutants)
    else:
        code = _broken_code(rng, material.reference_solution)
    if rng.random() < profile.format_failure:
        return f"{rng.choice(_OPENERS)}\n\n{code}\n"
    return _wrap(rng, profile, _fenced(material, code), "Let me restate the requirements and plan the loop.")


def testing(rng: random.Random, profile: Profile, material: TaskMaterial) -> str:
    """The reference suite, or one of the weaker suites, in proportion to the profile's strength."""
    if rng.random() < profile.test_strength or not material.weak_tests:
        suite = material.reference_tests
    else:
        # Weaker models tend to the weakest suites: index grows as strength falls.
        span = len(material.weak_tests)
        suite = material.weak_tests[min(span - 1, int(rng.random() * span * (1.5 - profile.test_strength)))]
    if rng.random() < profile.format_failure:
        suite = _broken_code(rng, suite)
    return _wrap(rng, profile, _fenced(material, suite), "Which behaviours and edge cases need a test?")


def review(rng: random.Random, profile: Profile, material: TaskMaterial) -> str:
    """Findings that hit some planted defects and, for weaker profiles, some that are not there."""
    findings = [
        {"line": d.line, "category": d.category, "explanation": d.explanation}
        for d in material.planted_defects
        if rng.random() < profile.defect_recall
    ]
    line_count = max(1, len(material.reference_solution.splitlines()))
    for _ in range(_poisson(rng, profile.false_findings)):
        category, explanation = rng.choice(_FALSE_FINDINGS)
        findings.append(
            {"line": rng.randint(1, line_count), "category": category, "explanation": explanation}
        )
    findings.sort(key=lambda f: int(str(f["line"])))
    bullets = "\n".join(f"- Line {f['line']} ({f['category']}): {f['explanation']}" for f in findings)
    summary = bullets or "I did not find problems in this change."
    block = "```json\n" + json.dumps({"findings": findings}, indent=2) + "\n```"
    if rng.random() < profile.format_failure:
        return summary + "\n"
    return _wrap(
        rng, profile, f"{summary}\n\n{block}", "Read the diff top to bottom; check bounds and errors."
    )


def rubric(rng: random.Random, profile: Profile, material: TaskMaterial) -> str:
    """A rubric verdict on one candidate in the format of `aibaas.judging.rubric`.

    The judge sees through to the truth (`correct_candidate == 0`) with its accuracy, otherwise
    it is unsure and scores the middle of the scale; lenient judges lift wrong answers, so a weak
    model reviewing itself is kind to itself.
    """
    right = material.correct_candidate == 0
    seems_right = right if rng.random() < profile.judge_accuracy else None
    level = {True: 4.4, False: 1.8, None: 3.0}[seems_right]
    if not right and rng.random() < profile.leniency:
        level += 1.5
    verdict: dict[str, object] = {c: max(1, min(5, round(level + rng.gauss(0, 0.5)))) for c in CRITERIA}
    verdict["confidence"] = round(0.5 + 0.5 * profile.judge_accuracy * rng.random(), 2)
    verdict["rationale"] = {True: "Meets the spec.", False: "Misses the spec.", None: "Hard to tell."}[
        seems_right
    ]
    body = "```json\n" + json.dumps(verdict) + "\n```"
    if rng.random() < profile.format_failure:
        body = f"Overall I would rate this {round(level)}/5."
    return _wrap(rng, profile, body, "Check the answer against the specification and the tests.")


def judge(rng: random.Random, profile: Profile, material: TaskMaterial) -> str:
    """A verdict with realistic biases: a rubric on one candidate, or a winner among several
    candidates with leniency and position bias."""
    if len(material.candidates) == 1:
        return rubric(rng, profile, material)
    count = max(1, len(material.candidates))
    right = material.correct_candidate
    if right is not None and rng.random() < profile.judge_accuracy:
        winner = right
    elif rng.random() < profile.position_bias:
        winner = 0
    else:
        winner = rng.randrange(count)
    scores = []
    for index in range(count):
        deserved = 9 if index == right else 4
        if index != right and rng.random() < profile.leniency:
            deserved += 3
        if index == winner:
            deserved = max(deserved, 7)
        scores.append(max(1, min(10, deserved + rng.choice((-1, 0, 0, 1)))))
    verdict = {
        "winner": winner,
        "scores": scores,
        "rationale": f"Candidate {winner + 1} handles the requirements most completely.",
    }
    body = "```json\n" + json.dumps(verdict) + "\n```"
    if rng.random() < profile.format_failure:
        body = f"Candidate {winner + 1} seems best overall."
    return _wrap(rng, profile, body, "Compare each candidate against the task statement.")


def generic(rng: random.Random, profile: Profile, prompt: str) -> str:
    """An answer to a prompt without task material (ad-hoc questions, `providers ask`)."""
    topic = " ".join(prompt.split()[:12]) or "your question"
    code = "def solve(data):\n    return sorted(set(data))\n"
    return _wrap(
        rng, profile, f"On {topic!r}: one way is shown below.\n\n```python\n{code}```", "Plan first."
    )


def _poisson(rng: random.Random, mean: float) -> int:
    """A small Poisson draw by inversion; `mean` is a handful at most."""
    threshold, count, product = pow(2.718281828459045, -mean), 0, rng.random()
    while product > threshold:
        count += 1
        product *= rng.random()
    return count


SCENARIOS = {
    Scenario.CODEGEN: codegen,
    Scenario.TESTING: testing,
    Scenario.REVIEW: review,
    Scenario.JUDGE: judge,
}
