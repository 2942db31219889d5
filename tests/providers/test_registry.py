"""Kinds, plugins and the errors a user sees for bad names, keys and options."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from aibaas.errors import ConfigError
from aibaas.providers.config import ProviderConfig
from aibaas.providers.errors import MissingKeyError, UnknownModelError, UnknownProviderError
from aibaas.providers.gateway import Gateway
from aibaas.providers.registry import build_provider, known_kinds
from aibaas.providers.types import CompletionRequest


def test_builtin_kinds_cover_the_hosted_apis_local_servers_and_mcp():
    assert {
        "anthropic",
        "openai",
        "gemini",
        "openrouter",
        "copilot",
        "zai",
        "opencode",
        "ollama",
        "openai_compatible",
        "zen_mcp",
        "mock",
    } <= set(known_kinds())


def test_unknown_kind_lists_the_known_ones():
    with pytest.raises(ConfigError, match=r"unknown provider kind 'nope'; known kinds: anthropic, copilot"):
        build_provider(ProviderConfig(name="x", kind="nope"))


def test_invalid_option_names_the_provider_and_field():
    with pytest.raises(ConfigError, match=r"provider 'fast' \(kind openai\): options.context_length"):
        build_provider(ProviderConfig(name="fast", kind="openai", options={"context_length": -1}))


def test_openai_compatible_without_base_url_says_what_to_set():
    with pytest.raises(ConfigError, match="base_url is required"):
        build_provider(ProviderConfig(name="vllm", kind="openai_compatible"))


def test_unknown_provider_and_model_list_the_known_ones():
    gateway = Gateway([build_provider(ProviderConfig(name="mock", kind="mock"))])
    with pytest.raises(UnknownProviderError, match="configured providers: mock"):
        gateway.resolve(CompletionRequest.ask("openai/gpt-4o", "hi"))
    with pytest.raises(
        UnknownModelError, match="mock/average, mock/broken, mock/oracle, mock/strong, mock/weak"
    ):
        gateway.resolve(CompletionRequest.ask("mock/genius", "hi"))


def test_missing_key_names_the_variable(monkeypatch):
    monkeypatch.delenv("AIBAAS_UNSET_KEY", raising=False)
    provider = build_provider(ProviderConfig(name="oa", kind="openai", api_key_env="AIBAAS_UNSET_KEY"))
    with pytest.raises(MissingKeyError, match="environment variable AIBAAS_UNSET_KEY"):
        Gateway([provider]).resolve(CompletionRequest.ask("oa/gpt-4o", "hi"))


def test_a_plugin_kind_from_an_entry_point_needs_no_core_change(tmp_path):
    """A real distribution on sys.path declares the entry point; a fresh interpreter finds it."""
    (tmp_path / "echo_plugin.py").write_text(
        textwrap.dedent("""
        from aibaas.providers.base import Provider, RawCompletion
        from aibaas.providers.types import Capabilities

        class EchoProvider(Provider):
            @property
            def capabilities(self):
                return Capabilities(streaming=False)

            async def complete(self, request):
                return RawCompletion(text=request.messages[-1].content[::-1], input_tokens=1, output_tokens=1)
    """)
    )
    dist = tmp_path / "echo_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: echo-plugin\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[aibaas.providers]\necho = echo_plugin:EchoProvider\n")
    script = textwrap.dedent("""
        import asyncio
        from aibaas.providers.config import ProviderConfig
        from aibaas.providers.gateway import Gateway
        from aibaas.providers.registry import build_provider
        from aibaas.providers.types import CompletionRequest
        gateway = Gateway([build_provider(ProviderConfig(name="e", kind="echo"))])
        print(asyncio.run(gateway.complete(CompletionRequest.ask("e/any", "olleh"))).text)
    """)
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": str(tmp_path), "LITELLM_LOCAL_MODEL_COST_MAP": "True", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "hello"
