"""Every registered family, one variant each: its reference passes its hidden tests and its stub
fails them, in every language the family implements, in the real sandbox; its inputs carry the
bank's edge cases and its variants differ from seed to seed."""

from collections.abc import Iterator

import pytest

from aibaas.config import load_settings
from aibaas.sandbox import Status, open_sandbox
from aibaas.taskbank.batching import SourceRun, Verdict, run_sources
from aibaas.taskbank.build import Slot, make_task
from aibaas.taskbank.execution import hidden_test_source
from aibaas.taskbank.families import FAMILIES, Family, family
from aibaas.taskbank.family_check import static_problems
from aibaas.taskbank.spec import Difficulty, Language, Scenario, TaskSpec

PAIRS = [(f.name, language) for f in FAMILIES for language in f.languages()]


def _task(fam: Family, language: Language) -> TaskSpec:
    # index 3 rather than 0: the build's first variant is already covered by the bank itself
    slot = Slot(fam, language, Scenario.CODEGEN, 3)
    return make_task(slot, fam.variant(slot.seed), [])


@pytest.fixture(scope="module")
def outcomes(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[dict[str, tuple[TaskSpec, Verdict, Verdict]]]:
    tasks = [_task(family(name), language) for name, language in PAIRS]
    runs = [
        SourceRun(t.language, source, hidden_test_source(t), len(t.private.hidden_tests), t.id)
        for t in tasks
        for source in (t.private.reference_solution, t.public.stub)
    ]
    with open_sandbox(load_settings(data_dir=tmp_path_factory.mktemp("data"))) as box:
        verdicts = run_sources(box, runs)
    yield {t.id: (t, ref, stub) for t, ref, stub in zip(tasks, verdicts[::2], verdicts[1::2], strict=True)}


@pytest.mark.slow  # every family x language (reference and stub) in the sandbox, batched: minutes
@pytest.mark.parametrize(("name", "language"), PAIRS, ids=[f"{n}-{lang}" for n, lang in PAIRS])
def test_reference_passes_and_stub_fails(
    outcomes: dict[str, tuple[TaskSpec, Verdict, Verdict]], name: str, language: Language
) -> None:
    task, reference, stub = outcomes[_task(family(name), language).id]
    assert reference.all_passed(len(task.private.hidden_tests)), (reference.status, reference.detail)
    assert stub.status is Status.TEST_FAILURE, (stub.status, stub.detail)


@pytest.mark.parametrize("fam", FAMILIES, ids=[f.name for f in FAMILIES])
def test_every_family_meets_the_static_rules(fam: Family) -> None:
    # edge-case kinds, unicode exactly for text, determinism, distinct seeds, declared types, no
    # parameter named like a reference's own identifier
    assert static_problems(fam) == []


def test_every_level_has_forty_families_and_every_family_speaks_seven_languages() -> None:
    for level in Difficulty:
        assert len([f for f in FAMILIES if f.difficulty is level]) >= 40, level
    assert [f.name for f in FAMILIES if set(f.languages()) != set(Language)] == []


def test_a_name_pool_offering_a_keyword_of_any_language_is_refused() -> None:
    import random

    from aibaas.taskbank.families.base import FamilyError, pick_names

    # `final` is an ordinary word in Python and a keyword in Java: only some seeds would break Java.
    with pytest.raises(FamilyError, match=r"reserved words \['final'\]"):
        pick_names(random.Random(0), ["solve"], target=["goal", "final"])
