"""Errors raised when a statistic is given data it cannot be computed on."""

from aibaas.errors import AibaasError


class StatsInputError(AibaasError):
    """The data handed to a statistic is malformed; the message says which argument and why."""
