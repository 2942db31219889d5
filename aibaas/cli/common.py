"""What every command needs: validated settings, logging, and an error path without tracebacks."""

from __future__ import annotations

from aibaas.config import Settings, get_settings
from aibaas.logs import configure_logging


def startup() -> Settings:
    """Load and validate settings (raising ConfigError on a problem) and configure logging."""
    settings = get_settings()
    configure_logging(settings)
    return settings
