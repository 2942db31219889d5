"""docs/schema.md describes the tables the models declare."""

from aibaas.store.schema_doc import SCHEMA_DOC, render_schema_doc


def test_schema_doc_matches_models() -> None:
    current = SCHEMA_DOC.read_text(encoding="utf-8")
    assert render_schema_doc(current) == current, "docs/schema.md is stale: run `aibaas db schema-doc`"
