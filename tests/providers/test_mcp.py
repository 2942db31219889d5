"""The Zen MCP provider against a real MCP server started over stdio."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from aibaas.errors import ConfigError
from aibaas.providers.config import ProviderConfig
from aibaas.providers.gateway import Gateway
from aibaas.providers.registry import build_provider
from aibaas.providers.types import CompletionRequest, ErrorClass

SERVER = Path(__file__).with_name("zen_mcp_server.py")


@pytest.fixture
def gateway():
    config = ProviderConfig(
        name="zen", kind="zen_mcp", timeout_seconds=30, options={"command": [sys.executable, str(SERVER)]}
    )
    return Gateway([build_provider(config)])


def test_chat_tool_answers_through_the_gateway_with_counted_tokens(gateway):
    result = asyncio.run(gateway.complete(CompletionRequest.ask("zen/zen-pro", "olleh", temperature=0.5)))
    assert result.ok, result.error_message
    assert result.text == "[zen-pro t=0.5] hello"
    assert result.usage_source == "counted" and result.output_tokens > 0


def test_tool_error_is_a_classified_result_with_the_text_kept(gateway):
    result = asyncio.run(gateway.complete(CompletionRequest.ask("zen/refuses", "hi")))
    assert result.error_class is ErrorClass.MALFORMED_RESPONSE
    assert "Error executing tool chat" in (result.raw_body or "")


def test_models_come_from_the_list_tool(gateway):
    models = asyncio.run(gateway.provider("zen").list_models())
    assert [m.name for m in models] == ["zen-pro", "zen-flash"]


def test_a_server_is_required():
    with pytest.raises(ConfigError, match="set base_url"):
        build_provider(ProviderConfig(name="zen", kind="zen_mcp"))
