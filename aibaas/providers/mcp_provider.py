"""The `zen_mcp` kind: models reached through an MCP server's chat tool (e.g. the Zen MCP server).

The server is either a Streamable HTTP endpoint (`base_url`) or a command started over stdio
(`options.command`). Each call opens a session, calls the chat tool with the prompt and the
model name, and reads the tool's text back. MCP reports no token usage, so the gateway counts.
"""

from __future__ import annotations

import json
import os
from typing import Any

from mcp import Client, StdioServerParameters
from pydantic import BaseModel, ConfigDict, Field, model_validator

from aibaas.errors import ConfigError
from aibaas.providers.base import DiscoveredModel, Provider, RawCompletion
from aibaas.providers.config import ProviderConfig
from aibaas.providers.errors import MalformedResponseError
from aibaas.providers.registry import register
from aibaas.providers.types import Capabilities, CompletionRequest


class McpOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")

    command: list[str] = Field(default_factory=list, description="start the server over stdio")
    chat_tool: str = "chat"
    list_tool: str | None = Field(default="listmodels", description="tool listing the models, if any")
    prompt_argument: str = "prompt"
    model_argument: str = "model"

    @model_validator(mode="after")
    def _command_not_empty_strings(self) -> McpOptions:
        if any(not part for part in self.command):
            raise ValueError("command must not contain empty strings")
        return self


def _tool_text(result: Any) -> str:
    """The text blocks of a tool result joined; a tool error or a non-text answer is malformed."""
    texts = [block.text for block in result.content if getattr(block, "type", None) == "text"]
    if result.is_error:
        raise MalformedResponseError(f"MCP tool reported an error: {' '.join(texts)[:500]}", " ".join(texts))
    if not texts:
        raise MalformedResponseError("MCP tool answered without text", raw_body=repr(result.content)[:10_000])
    return "\n".join(texts)


@register("zen_mcp")
class McpProvider(Provider):
    options_model = McpOptions

    def __init__(self, config: ProviderConfig) -> None:
        super().__init__(config)
        if not config.base_url and not McpOptions.model_validate(config.options).command:
            raise ConfigError(
                f"provider {config.name!r} (kind zen_mcp): set base_url (a Streamable HTTP MCP endpoint) "
                "or options.command (a server to start over stdio)"
            )

    @property
    def capabilities(self) -> Capabilities:
        return Capabilities(streaming=False, tool_calling=False, json_mode=False)

    def _server(self) -> str | StdioServerParameters:
        options = McpOptions.model_validate(self.config.options)
        if options.command:
            return StdioServerParameters(
                command=options.command[0], args=options.command[1:], env=dict(os.environ)
            )
        assert self.config.base_url is not None
        return self.config.base_url

    async def _call(self, tool: str, arguments: dict[str, Any]) -> str:
        async with Client(self._server(), read_timeout_seconds=self.config.timeout_seconds) as client:
            result = await client.call_tool(tool, arguments)
        # Read the result outside the session: raised inside, errors arrive wrapped in a task group.
        return _tool_text(result)

    async def complete(self, request: CompletionRequest) -> RawCompletion:
        options = McpOptions.model_validate(self.config.options)
        prompt = "\n\n".join(m["content"] for m in request.chat_messages())
        arguments: dict[str, Any] = {
            options.prompt_argument: prompt,
            options.model_argument: request.model_name,
        }
        if request.temperature is not None:
            arguments["temperature"] = request.temperature
        return RawCompletion(text=await self._call(options.chat_tool, arguments), finish_reason="stop")

    async def list_models(self) -> list[DiscoveredModel]:
        options = McpOptions.model_validate(self.config.options)
        if options.list_tool is None:
            return await super().list_models()
        text = await self._call(options.list_tool, {})
        try:
            parsed = json.loads(text)
        except json.JSONDecodeError:
            parsed = [line.strip(" -*") for line in text.splitlines() if line.strip(" -*")]
        if not isinstance(parsed, list):
            raise MalformedResponseError("MCP model list is not a list", raw_body=text[:10_000])
        return [DiscoveredModel(name=str(n)) for n in parsed]
