"""The compile cache's bounds and persistence; request fingerprints and validation."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from aibaas.sandbox import ExecutionRequest, Language, Limits, SourceFile
from aibaas.sandbox.cache import CompileCache
from aibaas.sandbox.examples import example_request


def outputs(size: int) -> list[dict[str, object]]:
    return [{"path": "tests.bin", "data": "x" * size, "executable": True}]


def test_memory_part_keeps_the_most_recent_entries_within_its_size() -> None:
    cache = CompileCache(memory_bytes=250)
    for key in ("a", "b", "c"):
        cache.put(key, outputs(100))
    assert cache.get("a") is None  # evicted: 300 bytes do not fit in 250
    assert cache.get("b") == outputs(100) and cache.get("c") == outputs(100)


def test_disk_part_survives_a_new_cache_object(tmp_path: Path) -> None:
    CompileCache(tmp_path).put("key", outputs(10))
    assert CompileCache(tmp_path).get("key") == outputs(10)
    assert CompileCache(tmp_path).get("other") is None
    assert [p.name for p in tmp_path.iterdir()] == ["key.json"]  # no partial files left


def test_fingerprint_follows_content_and_limits_not_the_label() -> None:
    request = example_request(Language.RUST)
    assert request.fingerprint() == request.model_copy(update={"label": "other"}).fingerprint()
    changed = request.model_copy(update={"files": (*request.files, SourceFile(path="x.rs", content=""))})
    assert changed.fingerprint() != request.fingerprint()
    tighter = request.model_copy(update={"limits": Limits(wall_time_s=1)})
    assert tighter.fingerprint() != request.fingerprint()


@pytest.mark.parametrize("path", ["/etc/passwd", "../escape.py", "a//b.py", ""])
def test_file_paths_must_stay_inside_the_work_dir(path: str) -> None:
    with pytest.raises(ValidationError, match="must be relative"):
        ExecutionRequest(language=Language.PYTHON, files=(SourceFile(path=path, content=""),))
