"""Community votes: anonymous pairwise A/B, up/down votes with comments, moderation, contributors.

Pairwise votes name the task (`aibaas.judging.items.task_key`) and the two models in the order they
were shown; up/down votes name one answer (`item_key(model, task_id)`). A user votes once per pair
and answer. Comments are visible until a staff member hides them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from aibaas.auth.errors import InvalidInputError, NotFoundError
from aibaas.judging.items import item_key, task_key
from aibaas.services.common import acting_user, clean_comment
from aibaas.store.engine import session_scope
from aibaas.store.models import User, Vote, utcnow

PAIRWISE_KINDS = ("a_better", "b_better", "tie", "both_bad")
UPDOWN_KINDS = ("up", "down")


class Moderation(StrEnum):
    VISIBLE = "visible"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class Comment:
    vote_id: int
    author: str
    kind: str
    text: str
    moderation: str
    created_at: datetime


@dataclass(frozen=True)
class Contributor:
    display_name: str
    votes: int
    comments: int


def _already(db: Session, voter_id: int, key: str, model_a: str, model_b: str | None) -> bool:
    found = db.scalar(
        select(Vote.id).where(
            Vote.voter_id == voter_id,
            Vote.item_key == key,
            Vote.model_a == model_a,
            Vote.model_b.is_(None) if model_b is None else Vote.model_b == model_b,
        )
    )
    return found is not None


def cast_pairwise_vote(
    sessions: sessionmaker[Session], voter_id: int, task_id: str, model_a: str, model_b: str, kind: str
) -> int:
    """Record which of two anonymous answers (A shown left, B right) was better; returns the vote id."""
    if kind not in PAIRWISE_KINDS:
        raise InvalidInputError("kind", f"{kind!r} is not one of {', '.join(PAIRWISE_KINDS)}")
    if model_a == model_b:
        raise InvalidInputError("model_b", "a pairwise vote compares two different models")
    key = task_key(task_id)
    with session_scope(sessions) as db:
        acting_user(db, voter_id)
        if _already(db, voter_id, key, model_a, model_b) or _already(db, voter_id, key, model_b, model_a):
            raise InvalidInputError("vote", "you already compared these two answers; try another pair")
        vote = Vote(
            voter_id=voter_id, item_key=key, model_a=model_a, model_b=model_b, kind=kind, created_at=utcnow()
        )
        db.add(vote)
        db.flush()
        return vote.id


def cast_updown_vote(
    sessions: sessionmaker[Session], voter_id: int, model: str, task_id: str, kind: str, comment: str = ""
) -> int:
    """Record an up or down vote on one answer, with an optional comment; returns the vote id."""
    if kind not in UPDOWN_KINDS:
        raise InvalidInputError("kind", f"{kind!r} is not one of {', '.join(UPDOWN_KINDS)}")
    text = clean_comment(comment)
    key = item_key(model, task_id)
    with session_scope(sessions) as db:
        acting_user(db, voter_id)
        if _already(db, voter_id, key, model, None):
            raise InvalidInputError("vote", "you already voted on this answer")
        vote = Vote(
            voter_id=voter_id, item_key=key, model_a=model, kind=kind, comment=text, created_at=utcnow()
        )
        db.add(vote)
        db.flush()
        return vote.id


def comments(
    sessions: sessionmaker[Session], model: str, task_id: str, *, include_hidden: bool
) -> list[Comment]:
    """Comments on an answer, newest first; hidden ones only when asked (for moderators)."""
    query = (
        select(Vote, User.display_name)
        .join(User, User.id == Vote.voter_id)
        .where(Vote.item_key == item_key(model, task_id), Vote.comment != "")
        .order_by(Vote.created_at.desc(), Vote.id.desc())
    )
    if not include_hidden:
        query = query.where(Vote.moderation == Moderation.VISIBLE.value)
    with session_scope(sessions) as db:
        return [
            Comment(v.id, name, v.kind, v.comment, v.moderation, v.created_at)
            for v, name in db.execute(query)
        ]


def moderate(sessions: sessionmaker[Session], moderator_id: int, vote_id: int, state: str) -> None:
    """Hide or restore a comment (staff only)."""
    try:
        wanted = Moderation(state)
    except ValueError:
        raise InvalidInputError("moderation", f"{state!r} is not one of visible, hidden") from None
    with session_scope(sessions) as db:
        acting_user(db, moderator_id, staff=True)
        vote = db.get(Vote, vote_id)
        if vote is None:
            raise NotFoundError(f"vote {vote_id} does not exist")
        vote.moderation = wanted.value


def contributors(sessions: sessionmaker[Session], limit: int = 20) -> list[Contributor]:
    """The most active voters: votes cast and visible comments written."""
    visible_comment = (Vote.comment != "") & (Vote.moderation == Moderation.VISIBLE.value)
    query = (
        select(User.display_name, func.count(Vote.id), func.count(Vote.id).filter(visible_comment))
        .join(User, User.id == Vote.voter_id)
        .group_by(User.id, User.display_name)
        .order_by(func.count(Vote.id).desc(), User.display_name)
        .limit(limit)
    )
    with session_scope(sessions) as db:
        return [Contributor(name, int(votes), int(notes)) for name, votes, notes in db.execute(query)]
