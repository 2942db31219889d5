"""Staff reviews from the reviewer workbench: the queue, submitting, history, agreement and gold accuracy.

Items are assigned with `aibaas.judging.staff.assign_reviewers` over the active staff, so each item
goes to at least two reviewers; a reviewer's queue is their assigned items not yet reviewed. Reviews
use the judging rubric (`CRITERIA`, 1-5) and are stored one row per reviewer and item (a second
submit revises the first).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import polars as pl
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from aibaas.auth.errors import InvalidInputError
from aibaas.judging.errors import JudgingInputError
from aibaas.judging.items import parse_item_key
from aibaas.judging.rubric import CRITERIA, SCALE_MAX, SCALE_MIN
from aibaas.judging.staff import assign_reviewers, gold_accuracy
from aibaas.services.common import acting_user, clean_comment
from aibaas.store.engine import session_scope
from aibaas.store.models import Review, User, utcnow

REVIEW_COLUMNS = {
    "reviewer_id": pl.Int64,
    "item_key": pl.Utf8,
    "criterion": pl.Utf8,
    "score": pl.Int64,
    "is_gold": pl.Boolean,
}


@dataclass(frozen=True)
class ReviewRecord:
    item_key: str
    scores: dict[str, int]
    comment: str
    seconds_spent: int
    created_at: datetime


@dataclass(frozen=True)
class ReviewerStats:
    reviews: int
    peer_agreement: float | None
    gold_items: int
    gold_exact_agreement: float | None
    feedback: str


def validate_scores(scores: dict[str, int]) -> dict[str, int]:
    """Every rubric criterion once, as an integer in the scale; anything else names the criterion."""
    unknown = sorted(set(scores) - set(CRITERIA))
    if unknown:
        raise InvalidInputError(
            "scores", f"{', '.join(unknown)} is not a rubric criterion ({', '.join(CRITERIA)})"
        )
    for criterion in CRITERIA:
        value = scores.get(criterion)
        if not isinstance(value, int) or isinstance(value, bool) or not SCALE_MIN <= value <= SCALE_MAX:
            raise InvalidInputError(
                f"scores.{criterion}",
                f"must be a whole number from {SCALE_MIN} to {SCALE_MAX}, got {value!r}",
            )
    return {criterion: scores[criterion] for criterion in CRITERIA}


def staff_ids(db: Session) -> list[int]:
    return list(db.scalars(select(User.id).where(User.is_staff, User.is_active).order_by(User.id)))


def reviewer_queue(sessions: sessionmaker[Session], reviewer_id: int, items: list[str]) -> list[str]:
    """The items assigned to this reviewer that they have not reviewed yet, in the items' order."""
    with session_scope(sessions) as db:
        acting_user(db, reviewer_id, staff=True)
        reviewers = staff_ids(db)
        if len(reviewers) < 2:
            assigned = set(items)  # one reviewer alone reviews everything until a second joins the rota
        else:
            assigned = {item for item, who in assign_reviewers(items, reviewers) if who == reviewer_id}
        done = set(db.scalars(select(Review.item_key).where(Review.reviewer_id == reviewer_id)))
    return [item for item in items if item in assigned and item not in done]


def submit_review(
    sessions: sessionmaker[Session],
    reviewer_id: int,
    item_key: str,
    scores: dict[str, int],
    comment: str = "",
    seconds_spent: int = 0,
) -> ReviewRecord:
    """Store (or revise) the reviewer's rubric scores and comment for one item.

    Raises:
        PermissionDeniedError: the reviewer is not active staff.
        InvalidInputError: a score, the comment, the time or the item key is invalid.
    """
    clean = validate_scores(scores)
    text = clean_comment(comment)
    try:
        parse_item_key(item_key)
    except JudgingInputError as exc:
        raise InvalidInputError("item_key", str(exc)) from None
    if seconds_spent < 0:
        raise InvalidInputError("seconds_spent", f"cannot be negative, got {seconds_spent}")
    with session_scope(sessions) as db:
        acting_user(db, reviewer_id, staff=True)
        review = db.scalar(
            select(Review).where(Review.reviewer_id == reviewer_id, Review.item_key == item_key)
        )
        if review is None:
            review = Review(reviewer_id=reviewer_id, item_key=item_key, created_at=utcnow())
            db.add(review)
        review.rubric_scores, review.comment, review.seconds_spent = clean, text, seconds_spent
        return ReviewRecord(item_key, clean, text, seconds_spent, review.created_at)


def review_history(sessions: sessionmaker[Session], reviewer_id: int) -> list[ReviewRecord]:
    """The reviewer's own reviews, newest first (gold answer keys excluded)."""
    with session_scope(sessions) as db:
        rows = db.scalars(
            select(Review)
            .where(Review.reviewer_id == reviewer_id, ~Review.is_gold)
            .order_by(Review.created_at.desc(), Review.id.desc())
        )
        return [
            ReviewRecord(r.item_key, dict(r.rubric_scores), r.comment, r.seconds_spent, r.created_at)
            for r in rows
        ]


def reviews_long(db: Session, item_keys: set[str] | None = None) -> pl.DataFrame:
    """Reviews one row per criterion, the shape `aibaas.judging.staff` reads."""
    query = select(Review.reviewer_id, Review.item_key, Review.rubric_scores, Review.is_gold)
    if item_keys is not None:
        query = query.where(Review.item_key.in_(item_keys))
    rows = [
        (reviewer, item, criterion, int(score), gold)
        for reviewer, item, scores, gold in db.execute(query)
        for criterion, score in scores.items()
    ]
    return pl.DataFrame(rows, schema=REVIEW_COLUMNS, orient="row")


def peer_agreement(reviews: pl.DataFrame, reviewer_id: int) -> float | None:
    """Share of this reviewer's criterion scores equal to another reviewer's on the same item."""
    regular = reviews.filter(~pl.col("is_gold"))
    mine = regular.filter(pl.col("reviewer_id") == reviewer_id)
    others = regular.filter(pl.col("reviewer_id") != reviewer_id).rename(
        {"score": "other", "reviewer_id": "peer"}
    )
    paired = mine.join(others.drop("is_gold"), on=["item_key", "criterion"])
    return None if paired.is_empty() else float((paired["score"] == paired["other"]).mean())  # type: ignore[arg-type]


def reviewer_stats(sessions: sessionmaker[Session], reviewer_id: int) -> ReviewerStats:
    """How the reviewer agrees with peers and with the gold answers on the items they reviewed."""
    with session_scope(sessions) as db:
        acting_user(db, reviewer_id, staff=True)
        own = set(
            db.scalars(select(Review.item_key).where(Review.reviewer_id == reviewer_id, ~Review.is_gold))
        )
        reviews = reviews_long(db, own)
    gold = gold_accuracy(reviews).filter(pl.col("reviewer_id") == reviewer_id)
    row = gold.row(0, named=True) if not gold.is_empty() else None
    return ReviewerStats(
        reviews=len(own),
        peer_agreement=peer_agreement(reviews, reviewer_id),
        gold_items=int(row["gold_items"]) if row else 0,
        gold_exact_agreement=float(row["exact_agreement"]) if row else None,
        feedback=str(row["feedback"]) if row else "no gold items reviewed yet",
    )
