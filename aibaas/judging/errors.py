"""Errors of the judging area: bad judgment data, bad configuration of panels or weights."""

from aibaas.errors import AibaasError


class JudgingInputError(AibaasError):
    """Judgment data does not follow its contract; the message names the frame, column and fix."""
