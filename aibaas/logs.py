"""Structured logging: JSON lines in staging and production, readable console in development.

Every line logged inside `bound_run(run_id)` carries that run id as its correlation id.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

import structlog
from pydantic import SecretStr

from aibaas.config import Environment, Settings

_SECRET_KEY_PATTERN = re.compile(r"(pass(word)?|secret|token|api[_-]?key|authorization|cookie)", re.I)
_SECRET_VALUE_PATTERN = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+|(sk-[A-Za-z0-9_-]{8,})")
REDACTED = "[redacted]"


def redact_value(value: Any) -> Any:
    """Hide secrets inside a value: SecretStr, bearer tokens and key-shaped strings."""
    if isinstance(value, SecretStr):
        return REDACTED
    if isinstance(value, str):
        return _SECRET_VALUE_PATTERN.sub(lambda m: (m.group(1) or "") + REDACTED, value)
    if isinstance(value, dict):
        return redact_mapping(value)
    if isinstance(value, list | tuple):
        return [redact_value(v) for v in value]
    return value


def redact_mapping(mapping: MutableMapping[str, Any]) -> dict[str, Any]:
    """A copy of a mapping with secret-named keys and secret-shaped values hidden."""
    return {
        key: REDACTED if _SECRET_KEY_PATTERN.search(str(key)) and value else redact_value(value)
        for key, value in mapping.items()
    }


def _redact_processor(_: Any, __: str, event_dict: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    return redact_mapping(event_dict)


def _stderr_logger(*_: Any) -> structlog.PrintLogger:
    # Resolve sys.stderr per logger, not once: it is replaced under test runners and daemons.
    return structlog.PrintLogger(file=sys.stderr)


def configure_logging(settings: Settings) -> None:
    """Configure structlog and the standard library's root logger once per process."""
    use_json = settings.log_format == "json" or (
        settings.log_format == "auto" and settings.env is not Environment.DEVELOPMENT
    )
    renderer: Any = (
        structlog.processors.JSONRenderer() if use_json else structlog.dev.ConsoleRenderer(colors=False)
    )
    level = logging.getLevelName(settings.log_level)
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _redact_processor,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(level),
        logger_factory=_stderr_logger,
        cache_logger_on_first_use=False,
    )
    # Our own lines go through structlog; libraries' INFO chatter (alembic, great-expectations,
    # aiosmtpd) only at DEBUG, and bandit's optional SARIF formatter missing is no error of ours.
    library_level = level if level <= logging.DEBUG else max(level, logging.WARNING)
    logging.basicConfig(level=library_level, stream=sys.stderr, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("stevedore.extension").setLevel(logging.CRITICAL)


def get_logger(name: str) -> Any:
    """A structlog logger named after its module."""
    return structlog.get_logger(name)


@contextmanager
def bound_run(run_id: str) -> Iterator[None]:
    """Attach `run_id` to every log line emitted inside the block."""
    with structlog.contextvars.bound_contextvars(run_id=run_id):
        yield
