"""What the test server's "model" answers: deterministic text and rough token counts."""

from __future__ import annotations

import hashlib
import json
from typing import Any


def count_tokens(text: str) -> int:
    """A rough count (about four characters a token), enough to make usage plausible."""
    return max(1, (len(text) + 3) // 4)


def message_text(content: Any) -> str:
    """The text of a message's content, whether a string or a list of content blocks."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(str(block.get("text", "")) for block in content if isinstance(block, dict))
    return ""


def reply_text(model: str, prompt: str, json_mode: bool) -> str:
    """The answer: it quotes the prompt so a caller can see its request arrived intact."""
    digest = hashlib.sha256(f"{model}\n{prompt}".encode()).hexdigest()[:8]
    quoted = " ".join(prompt.split())[:200]
    if json_mode:
        return json.dumps({"model": model, "echo": quoted, "digest": digest})
    return (
        f"Reply {digest} from {model}. You asked: {quoted}\n\n"
        "```python\ndef answer() -> int:\n    return 42\n```\n"
    )


def apply_limits(text: str, max_tokens: int | None, stop: list[str]) -> tuple[str, str]:
    """Cut the answer at a stop sequence or at max_tokens; returns (text, "stop" | "length")."""
    for sequence in stop:
        at = text.find(sequence)
        if at >= 0:
            text = text[:at]
    if max_tokens is not None and count_tokens(text) > max_tokens:
        return text[: max_tokens * 4], "length"
    return text, "stop"


def chunks(text: str, size: int = 24) -> list[str]:
    """The pieces a streamed answer is sent in."""
    return [text[i : i + size] for i in range(0, len(text), size)] or [""]


def stop_list(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


def context_length(model: str) -> int:
    return 8192 if "small" in model else 131072


def price_per_token(model: str) -> tuple[float, float]:
    """Per-token input and output prices the OpenRouter-style list advertises."""
    base = 1 + int(hashlib.sha256(model.encode()).hexdigest()[:2], 16) % 9
    return base * 1e-7, base * 4e-7
