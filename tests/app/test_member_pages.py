"""Pages for signed-in users and staff: navigation by role, voting, the workbench, the task bank."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from aibaas.store.engine import session_scope
from aibaas.store.models import AuditLog, Review, TaskVersion, Vote
from tests.app.conftest import open_page, write_task


def _db(people):
    return session_scope(people.ctx.sessions)


@pytest.mark.parametrize(
    ("who", "page", "visible"),
    [
        (None, "voting.py", False),  # a visitor cannot vote
        ("voter", "voting.py", True),
        ("voter", "workbench.py", False),  # a plain user is not staff
        ("voter", "task_bank.py", False),
        ("reviewer", "workbench.py", True),
        ("reviewer", "task_bank.py", True),
    ],
)
def test_navigation_hides_pages_by_role(demo_settings, people, who, page, visible) -> None:
    state = people.state(who) if who else {}
    if not visible:
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            open_page(page, state=state)
        return
    at = open_page(page, state=state)
    assert not at.exception
    titles = {
        "voting.py": "Community voting",
        "workbench.py": "Reviewer workbench",
        "task_bank.py": "Task bank",
    }
    assert at.title[0].value == titles[page]


@pytest.mark.parametrize("page", ["voting.py", "workbench.py"])
def test_member_pages_on_empty_data_say_what_to_run(app_settings, people, page) -> None:
    at = open_page(page, state=people.state("reviewer"))
    assert not at.exception
    assert any("make demo" in info.value for info in at.info)


def test_voter_casts_an_anonymous_pairwise_vote(demo_settings, people) -> None:
    at = open_page("voting.py", state=people.state("voter"))
    code = [c.value for c in at.code]
    assert len(code) >= 2 and not any("demo-" in line.splitlines()[0] for line in code[:2] if "#" not in line)
    at.radio[0].set_value("b_better")
    at.button(key="FormSubmitter:voting.pairwise-Submit vote").click().run()
    assert not at.exception
    assert "Thanks! A was" in at.success[0].value
    with _db(people) as db:
        vote = db.scalars(select(Vote)).one()
    assert (vote.voter_id, vote.kind) == (people.ids["voter"], "b_better")
    assert vote.model_a in at.success[0].value and vote.model_b in at.success[0].value


def test_updown_vote_comment_and_moderation(demo_settings, people) -> None:
    at = open_page("voting.py", state=people.state("voter"))
    at.text_area[0].input("Clear and correct.")
    at.button(key="FormSubmitter:voting.updown-Send").click().run()
    assert "Vote recorded." in [s.value for s in at.success]
    assert "Clear and correct." in [t.value for t in at.text]
    assert not [b for b in at.button if b.label == "Hide comment"]  # voters cannot moderate

    staff = open_page("voting.py", state=people.state("lead"))
    staff.button(key=f"voting.mod{_only_vote_id(people)}").click().run()
    assert not staff.exception
    again = open_page("voting.py", state=people.state("voter"))
    assert "Clear and correct." not in [t.value for t in again.text]
    assert again.dataframe[0].value["contributor"].tolist() == ["Voter"]


def _only_vote_id(people) -> int:
    with _db(people) as db:
        return db.scalars(select(Vote.id)).one()


def test_reviewer_submits_a_review_from_the_queue(demo_settings, people, demo_frames) -> None:
    at = open_page("workbench.py", state=people.state("reviewer"))
    assert not at.exception
    queue_label = at.tabs[0].label
    item = at.caption[1].value.split(" · ")[0]
    at.radio(key="workbench.correctness").set_value(5)
    at.text_area(key="workbench.comment").input("Handles the empty list.")
    at.button(key="FormSubmitter:workbench.form-Submit review and next").click().run()
    assert not at.exception
    with _db(people) as db:
        review = db.scalars(select(Review)).one()
    assert review.reviewer_id == people.ids["reviewer"]
    assert review.rubric_scores["correctness"] == 5
    assert review.comment == "Handles the empty list."
    assert item in review.item_key
    assert at.tabs[0].label != queue_label
    assert at.metric[0].value == "1"


def test_gold_accuracy_and_history_show_on_the_workbench(demo_settings, people, demo_frames) -> None:
    key = demo_frames["review_items"]["item_key"][0]
    scores = {c: 4 for c in ("correctness", "readability", "efficiency", "security", "test_quality")}
    with _db(people) as db:
        db.add(Review(reviewer_id=people.ids["lead"], item_key=key, rubric_scores=scores, is_gold=True))
        db.add(Review(reviewer_id=people.ids["second"], item_key=key, rubric_scores=scores))
        db.add(
            Review(reviewer_id=people.ids["reviewer"], item_key=key, rubric_scores=scores | {"security": 2})
        )
    at = open_page("workbench.py", state=people.state("reviewer"))
    assert [m.value for m in at.metric] == ["1", "80%", "1", "80%"]
    assert at.dataframe[-1].value["item"].tolist() == [key]


def test_batch_review_saves_complete_rows(demo_settings, people) -> None:
    at = open_page("workbench.py", state=people.state("reviewer"))
    before = len(at.get("arrow_data_frame")) if at.get("arrow_data_frame") else 0
    at.button(key="workbench.save_batch").click().run()
    assert not at.exception
    assert before >= 0
    with _db(people) as db:
        assert db.scalars(select(Review)).all() == []  # nothing filled in, nothing saved


def test_task_bank_browse_workflow_and_logged_private_view(demo_settings, people) -> None:
    task = write_task(demo_settings.taskbank_dir)
    at = open_page("task_bank.py", state=people.state("reviewer"))
    assert not at.exception
    assert at.dataframe[0].value["task_id"].tolist() == [task.id]
    assert "QA: **draft**" in at.caption[1].value
    assert task.private.reference_solution.strip() not in [c.value for c in at.code]
    at.button(key="taskbank.to_in_review").click().run()
    assert "QA: **in_review**" in at.caption[1].value
    at.button(key="taskbank.private").click().run()
    assert task.private.reference_solution.strip() in [c.value for c in at.code]
    with _db(people) as db:
        assert db.scalars(select(TaskVersion.status)).one() == "in_review"
        actions = db.scalars(select(AuditLog.action).where(AuditLog.action.like("taskbank.%"))).all()
    assert sorted(actions) == ["taskbank.private_viewed", "taskbank.status_changed"]
    at.text_input(key="taskbank.search").input("nothing-like-this").run()
    assert at.caption[0].value == "0 of 1 tasks"


def test_task_bank_without_tasks_says_how_to_build(app_settings, people) -> None:
    at = open_page("task_bank.py", state=people.state("reviewer"))
    assert not at.exception
    assert "aibaas taskbank build" in at.info[0].value
