"""Read staff reviews and community votes from the operational database, as contract frames."""

from __future__ import annotations

import polars as pl
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from aibaas.judging.contracts import STAFF_REVIEWS, VOTES, conform
from aibaas.store.models import Review, User, Vote


def read_staff_reviews(engine: Engine) -> pl.DataFrame:
    """STAFF_REVIEWS: one row per rubric criterion of every review."""
    with Session(engine) as session:
        reviews = session.scalars(select(Review).order_by(Review.id)).all()
        rows = [
            (r.id, r.reviewer_id, r.item_key, criterion, score, r.seconds_spent, r.is_gold, r.created_at)
            for r in reviews
            for criterion, score in sorted(r.rubric_scores.items())
        ]
    frame = pl.DataFrame(rows, schema=list(STAFF_REVIEWS), orient="row", schema_overrides=STAFF_REVIEWS)
    return conform(frame, STAFF_REVIEWS, "reviews table")


def read_votes(engine: Engine) -> pl.DataFrame:
    """VOTES with each voter's account creation time (the fraud and reputation rules need it)."""
    query = (
        select(
            Vote.id,
            Vote.voter_id,
            User.created_at,
            Vote.item_key,
            Vote.model_a,
            Vote.model_b,
            Vote.kind,
            Vote.moderation,
            Vote.created_at,
        )
        .join(User, User.id == Vote.voter_id)
        .order_by(Vote.id)
    )
    with Session(engine) as session:
        rows = [tuple(row) for row in session.execute(query).all()]
    frame = pl.DataFrame(rows, schema=list(VOTES), orient="row", schema_overrides=VOTES)
    return conform(frame, VOTES, "votes table")
