"""The operational database: models, engines, sessions and migrations."""

from aibaas.store.engine import make_engine, session_factory, session_scope, wait_for_database
from aibaas.store.models import Base

__all__ = ["Base", "make_engine", "session_factory", "session_scope", "wait_for_database"]
