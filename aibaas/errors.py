"""Errors meant for a person: the CLI prints their message, never a traceback."""


class AibaasError(Exception):
    """An error whose message tells the user what was wrong and what to do about it."""


class ConfigError(AibaasError):
    """The configuration is invalid; the message names the setting and the fix."""
