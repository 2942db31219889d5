"""Queries of organisation-owned rows that cannot forget the organisation.

Any model with an `organization_id` column is read through these helpers, which always add the
filter; a row of another organisation is indistinguishable from a missing one.
"""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from aibaas.store.models import Base

RowT = TypeVar("RowT", bound=Base)


def in_org(model: type[RowT], organization_id: int, *criteria: Any) -> Select[tuple[RowT]]:
    """SELECT of `model` restricted to one organisation (plus any further criteria).

    Raises:
        AttributeError: `model` has no organization_id column, so it is not organisation-owned.
    """
    columns = model.__table__.c
    return select(model).where(columns.organization_id == organization_id, *criteria)


def get_in_org(db: Session, model: type[RowT], organization_id: int, row_id: int) -> RowT | None:
    """The row with this id if it belongs to the organisation, else None."""
    return db.scalar(in_org(model, organization_id, model.__table__.c.id == row_id))
