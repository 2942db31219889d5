"""SQL kept as files under `sql/`, loaded by name; callers always pass bound parameters."""

from __future__ import annotations

from functools import cache

from aibaas.config import PROJECT_ROOT
from aibaas.errors import AibaasError

SQL_DIR = PROJECT_ROOT / "sql"


@cache
def load_sql(name: str) -> str:
    """The text of `sql/<name>.sql`."""
    path = SQL_DIR / f"{name}.sql"
    if not path.is_file():
        raise AibaasError(
            f"no SQL file {path}; known: {', '.join(sorted(p.stem for p in SQL_DIR.glob('*.sql')))}"
        )
    return path.read_text(encoding="utf-8")
