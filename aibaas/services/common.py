"""What the write services share: the acting user, and the error for refused input."""

from __future__ import annotations

from sqlalchemy.orm import Session

from aibaas.auth.errors import InvalidInputError, PermissionDeniedError
from aibaas.store.models import User

COMMENT_MAX = 2000


def acting_user(db: Session, user_id: int, *, staff: bool = False) -> User:
    """The active user `user_id`; PermissionDeniedError when unknown, inactive or (if asked) not staff."""
    user = db.get(User, user_id)
    if user is None or not user.is_active:
        raise PermissionDeniedError("your account is not active; log in again")
    if staff and not user.is_staff:
        raise PermissionDeniedError("only staff members may do this; ask an operator for staff access")
    return user


def clean_comment(text: str, field: str = "comment") -> str:
    """A comment stripped of surrounding space; too long is refused with the limit."""
    text = text.strip()
    if len(text) > COMMENT_MAX:
        raise InvalidInputError(field, f"is {len(text)} characters; keep it under {COMMENT_MAX}")
    return text
