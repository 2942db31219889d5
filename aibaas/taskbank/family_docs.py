"""The evidence behind each family's level, measured from its own variant: what the docs list.

`aibaas taskbank families --markdown` prints the table of docs/taskbank-families.md, so the page
is regenerated from the code rather than kept by hand.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from statistics import mean

from aibaas.taskbank.build import Slot, make_task
from aibaas.taskbank.families import Family
from aibaas.taskbank.qa import reference_complexity
from aibaas.taskbank.spec import Language, Scenario


@dataclass(frozen=True)
class FamilyEvidence:
    name: str
    level: str
    summary: str
    tags: tuple[str, ...]
    hidden_tests: int
    edge_kinds: tuple[str, ...]
    cyclomatic_python: int
    cyclomatic_mean: float
    nloc_mean: float


def evidence(fam: Family, seed: int = 0) -> FamilyEvidence:
    """Lizard's measures of the seed's reference in every language, and its hidden-test breadth."""
    variant = fam.variant(seed)
    measures = {
        lang: reference_complexity(make_task(Slot(fam, lang, Scenario.CODEGEN, seed), variant, []))
        for lang in fam.languages()
    }
    # the class docstring if it has its own, else its module's (getdoc would inherit Family's)
    doc = inspect.cleandoc(type(fam).__doc__ or inspect.getmodule(type(fam)).__doc__ or fam.name)
    return FamilyEvidence(
        name=fam.name,
        level=fam.difficulty.value,
        summary=doc.split("\n\n")[0].replace("\n", " "),
        tags=fam.tags,
        hidden_tests=len(variant.hidden),
        edge_kinds=tuple(sorted({t for case in variant.hidden for t in case.tags})),
        cyclomatic_python=measures[Language.PYTHON].cyclomatic,
        cyclomatic_mean=round(mean(m.cyclomatic for m in measures.values()), 1),
        nloc_mean=round(mean(m.nloc for m in measures.values()), 1),
    )


def families_markdown(families: list[Family]) -> str:
    """One table row per family, by level then name, and the per-level medians."""
    rows = [evidence(f) for f in families]
    lines = [
        "| family | level | what it asks | tags | hidden tests | edge kinds | CCN (Python) | CCN (mean) "
        "| NLOC (mean) |",
        "|---|---|---|---|---:|---|---:|---:|---:|",
    ]
    lines += [
        f"| `{r.name}` | {r.level} | {r.summary} | {', '.join(r.tags)} | {r.hidden_tests} | "
        f"{', '.join(r.edge_kinds)} | {r.cyclomatic_python} | {r.cyclomatic_mean} | {r.nloc_mean} |"
        for r in rows
    ]
    lines += [
        "",
        "| level | families | mean hidden tests | mean CCN | mean NLOC |",
        "|---|---:|---:|---:|---:|",
    ]
    for level in dict.fromkeys(r.level for r in rows):
        members = [r for r in rows if r.level == level]
        lines.append(
            f"| {level} | {len(members)} | {mean(r.hidden_tests for r in members):.1f} | "
            f"{mean(r.cyclomatic_mean for r in members):.1f} | {mean(r.nloc_mean for r in members):.1f} |"
        )
    return "\n".join(lines) + "\n"
