"""Every registered family, one variant each: its reference passes its hidden tests and its stub
fails them, in every language the family implements, in the real sandbox; its inputs carry the
bank's edge cases and its variants differ from seed to seed."""

import random
import re
from collections.abc import Iterator

import pytest

from aibaas.config import load_settings
from aibaas.sandbox import ExecutionResult, Status, open_sandbox
from aibaas.taskbank.build import Slot, make_task
from aibaas.taskbank.codegen import generator
from aibaas.taskbank.execution import hidden_test_source, request_for
from aibaas.taskbank.families import FAMILIES, Family, family
from aibaas.taskbank.spec import Language, Scenario, TaskSpec

# identifiers a template declares or uses, but not members (`.size()`) nor placeholders
_IDENTIFIER = re.compile(r"(?<![.\w])[A-Za-z_]\w*")
_PLACEHOLDER = re.compile(r"\{\{[a-z_0-9]+\}\}")
PAIRS = [(f.name, language) for f in FAMILIES for language in f.languages()]
NEW_FAMILIES = [f for f in FAMILIES if f.name not in ("run-length-encode", "dedupe-keep-order")]


def _task(fam: Family, language: Language) -> TaskSpec:
    # index 3 rather than 0: the build's first variant is already covered by the bank itself
    slot = Slot(fam, language, Scenario.CODEGEN, 3)
    return make_task(slot, fam.variant(slot.seed), [])


def _mentions_str(fam: Family) -> bool:
    signature = fam.variant(0).signature
    return any("str" in p.type for p in signature.params)


@pytest.fixture(scope="module")
def outcomes(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, tuple[TaskSpec, ExecutionResult, ExecutionResult]]]:
    tasks = [_task(family(name), language) for name, language in PAIRS]
    requests = [
        request_for(t.language, source, hidden_test_source(t), t.id)
        for t in tasks
        for source in (t.private.reference_solution, t.public.stub)
    ]
    with open_sandbox(load_settings(data_dir=tmp_path_factory.mktemp("data"))) as box:
        results = box.run_many(requests)
    yield {t.id: (t, ref, stub) for t, ref, stub in zip(tasks, results[::2], results[1::2], strict=True)}


@pytest.mark.slow  # one batch of every family x language (reference and stub) in the sandbox: ~1 min
@pytest.mark.parametrize(("name", "language"), PAIRS, ids=[f"{n}-{lang}" for n, lang in PAIRS])
def test_reference_passes_and_stub_fails(
    outcomes: dict[str, tuple[TaskSpec, ExecutionResult, ExecutionResult]], name: str, language: Language
) -> None:
    task, reference, stub = outcomes[_task(family(name), language).id]
    assert reference.status is Status.OK, (
        reference.status,
        reference.compile_output,
        reference.stdout[-1500:],
    )
    assert len(reference.tests) == len(task.private.hidden_tests)
    assert all(t.passed for t in reference.tests)
    assert stub.status is Status.TEST_FAILURE, (stub.status, stub.compile_output[-800:])


@pytest.mark.parametrize("fam", NEW_FAMILIES, ids=[f.name for f in NEW_FAMILIES])
def test_hidden_tests_cover_the_edge_cases(fam: Family) -> None:
    variant = fam.variant(0)
    kinds = {tag for case in variant.hidden for tag in case.tags}
    assert {"empty", "boundary", "large"} <= kinds
    # Unicode applies where a parameter holds text
    assert ("unicode" in kinds) == _mentions_str(fam)
    assert len(variant.examples) == 2
    assert len(variant.hidden) >= 10


@pytest.mark.parametrize("fam", NEW_FAMILIES, ids=[f.name for f in NEW_FAMILIES])
def test_variants_are_deterministic_and_distinct(fam: Family) -> None:
    assert fam.variant(7) == fam.variant(7)
    texts = {fam.variant(seed).references[Language.PYTHON] for seed in range(5)}
    statements = {fam.variant(seed).statement for seed in range(5)}
    assert len(texts) >= 3 and len(statements) >= 3


@pytest.mark.parametrize("fam", NEW_FAMILIES, ids=[f.name for f in NEW_FAMILIES])
def test_every_case_has_the_declared_types(fam: Family) -> None:
    variant = fam.variant(1)
    problems = [
        p for i, case in enumerate(variant.hidden) for p in case.problems(variant.signature, f"[{i}]")
    ]
    assert problems == []


def test_the_families_cover_medium_and_hard_levels_in_python_and_typescript() -> None:
    for fam in NEW_FAMILIES:
        assert {Language.PYTHON, Language.TYPESCRIPT} <= set(fam.languages())
    levels = {f.difficulty.value for f in NEW_FAMILIES}
    assert {"medium", "hard"} <= levels


@pytest.mark.parametrize("fam", NEW_FAMILIES, ids=[f.name for f in NEW_FAMILIES])
def test_no_chosen_name_collides_with_a_reference_identifier(fam: Family) -> None:
    # a parameter named like a local variable (`total` in a loop) shadows it in some languages
    chosen: set[str] = set()
    for seed in range(200):
        params = fam.choose(random.Random(f"{fam.name}:{seed}"))
        chosen |= {params["fn"], *params["params"].values()}
    for language, template in fam.references.items():
        gen = generator(language)
        used = set(_IDENTIFIER.findall(_PLACEHOLDER.sub(" ", template)))
        spelled = {gen.param_name(n) for n in chosen} | {gen.function_name(n) for n in chosen}
        assert used & spelled == set(), language


def test_a_name_pool_offering_a_keyword_of_any_language_is_refused() -> None:
    import random

    from aibaas.taskbank.families.base import FamilyError, pick_names

    # `final` is an ordinary word in Python and a keyword in Java: only some seeds would break Java.
    with pytest.raises(FamilyError, match=r"reserved words \['final'\]"):
        pick_names(random.Random(0), ["solve"], target=["goal", "final"])
