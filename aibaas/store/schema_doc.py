"""The generated half of docs/schema.md: one table per model, kept in step by a test."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Table, UniqueConstraint

from aibaas.config import PROJECT_ROOT
from aibaas.store.models import Base

SCHEMA_DOC = PROJECT_ROOT / "docs" / "schema.md"
BEGIN = "<!-- BEGIN GENERATED: aibaas db schema-doc -->"
END = "<!-- END GENERATED -->"


def _column_rows(table: Table) -> list[str]:
    rows = []
    for column in table.columns:
        notes = []
        if column.primary_key:
            notes.append("primary key")
        notes.extend(f"→ {fk.target_fullname}" for fk in column.foreign_keys)
        if column.unique:
            notes.append("unique")
        null = "yes" if column.nullable else "no"
        rows.append(f"| `{column.name}` | {column.type.compile()} | {null} | {', '.join(notes)} |")
    return rows


def _constraint_lines(table: Table) -> list[str]:
    lines = []
    for constraint in sorted(table.constraints, key=lambda c: str(c.name)):
        if isinstance(constraint, CheckConstraint):
            lines.append(f"- check `{constraint.name}` `{constraint.sqltext}`")
        elif isinstance(constraint, UniqueConstraint) and len(constraint.columns) > 1:
            columns = ", ".join(c.name for c in constraint.columns)
            lines.append(f"- unique `{constraint.name}` ({columns})")
    lines.extend(
        f"- index `{index.name}` ({', '.join(c.name for c in index.columns)})"
        for index in sorted(table.indexes, key=lambda i: str(i.name))
    )
    return lines


def generated_section() -> str:
    parts = [BEGIN, ""]
    for table in Base.metadata.sorted_tables:
        parts.append(f"### `{table.name}`")
        parts.append("")
        parts.append("| column | type | nullable | notes |")
        parts.append("|---|---|---|---|")
        parts.extend(_column_rows(table))
        constraints = _constraint_lines(table)
        if constraints:
            parts.append("")
            parts.extend(constraints)
        parts.append("")
    parts.append(END)
    return "\n".join(parts)


def render_schema_doc(current: str) -> str:
    """`current` with its generated section replaced by one built from the models."""
    head, _, rest = current.partition(BEGIN)
    _, _, tail = rest.partition(END)
    return head + generated_section() + tail
