"""`aibaas models ...` and `aibaas providers ...`: discovery, the catalog, quick calls, the test server."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import typer
from rich.console import Console
from rich.table import Table

from aibaas.cli.common import startup
from aibaas.errors import AibaasError
from aibaas.providers.catalog_store import catalog_dir, load_current, refresh_catalog, sync_database
from aibaas.providers.gateway import Gateway
from aibaas.providers.registry import known_kinds
from aibaas.providers.testserver import ServerOptions, run_forever
from aibaas.providers.types import CompletionRequest, CompletionResult
from aibaas.store import make_engine, migrate

models_app = typer.Typer(help="The model catalog: discovery and listing.", no_args_is_help=True)
providers_app = typer.Typer(
    help="Configured providers, quick calls and the test provider server.", no_args_is_help=True
)
console = Console()


@models_app.command()
def discover(
    provider: list[str] = typer.Option([], "--provider", "-p", help="Only these providers (repeatable)."),
    ttl_minutes: float = typer.Option(60.0, help="Reuse a provider's list fetched less than this ago."),
    refresh: bool = typer.Option(False, help="Ignore the cache and ask every provider now."),
) -> None:
    """Ask each provider for its models, update the versioned catalog and the database."""
    settings = startup()
    gateway = Gateway.from_settings(settings)
    unknown = sorted(set(provider) - set(gateway.providers))
    if unknown:
        raise AibaasError(
            f"unknown provider {', '.join(unknown)}; configured: {', '.join(sorted(gateway.providers))}"
        )
    engine = make_engine(settings.database_dsn)
    if not migrate.is_current(engine, settings.database_dsn):
        raise AibaasError("the database is not migrated; run `aibaas db upgrade` first")
    ttl = timedelta(0) if refresh else timedelta(minutes=ttl_minutes)
    snapshot = refresh_catalog(settings, gateway, ttl, only=provider or None)
    sync_database(engine, snapshot, gateway)
    for change in snapshot.changes:
        console.print(
            f"{change.change:>10}  {change.provider}/{change.model}  {change.detail}", highlight=False
        )
    for name, error in snapshot.failed_providers.items():
        console.print(f"[yellow]unreachable[/]  {name}: {error}", highlight=False)
    console.print(
        f"catalog v{snapshot.version}: {len(snapshot.entries)} models, {len(snapshot.pool())} in the pool, "
        f"{len(snapshot.changes)} changes",
        highlight=False,
    )
    if snapshot.failed_providers and len(snapshot.failed_providers) == len(provider or gateway.providers):
        raise typer.Exit(1)


@models_app.command("list")
def list_models(
    all_models: bool = typer.Option(False, "--all", help="Include models outside the pool."),
) -> None:
    """Show the current catalog."""
    settings = startup()
    snapshot = load_current(catalog_dir(settings))
    if snapshot is None:
        raise AibaasError("no catalog yet; run `aibaas models discover`")
    table = Table(
        "model", "status", "pool", "context", "$/Mtok in", "$/Mtok out", title=f"catalog v{snapshot.version}"
    )
    for entry in snapshot.entries:
        if entry.in_pool or all_models:
            table.add_row(
                entry.key,
                entry.status,
                "yes" if entry.in_pool else "no",
                str(entry.context_length or "-"),
                _money(entry.input_per_mtok),
                _money(entry.output_per_mtok),
            )
    console.print(table)


def _money(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


@providers_app.command("list")
def list_providers() -> None:
    """The configured providers with their capabilities, and the kinds that can be configured."""
    settings = startup()
    gateway = Gateway.from_settings(settings)
    table = Table("name", "kind", "base URL", "key variable", "streaming", "json", "tools")
    for provider in gateway.providers.values():
        caps = provider.capabilities
        table.add_row(
            provider.name,
            provider.config.kind,
            provider.config.base_url or "-",
            provider.config.api_key_env or "-",
            str(caps.streaming),
            str(caps.json_mode),
            str(caps.tool_calling),
        )
    console.print(table)
    console.print(f"kinds: {', '.join(known_kinds())}", highlight=False)


@providers_app.command()
def ask(
    model: str = typer.Argument(..., help="provider/model, e.g. mock/strong"),
    prompt: str = typer.Argument(..., help="The question."),
    max_tokens: int | None = typer.Option(None, help="Cap the answer's length."),
    temperature: float | None = typer.Option(None, help="Sampling temperature."),
    stream: bool = typer.Option(False, help="Print the answer as it arrives."),
) -> None:
    """Send one prompt through the gateway and print the answer, tokens, cost and latency."""
    settings = startup()
    request = CompletionRequest.ask(model, prompt, max_tokens=max_tokens, temperature=temperature)
    result = asyncio.run(_ask(Gateway.from_settings(settings), request, stream))
    console.print(
        f"\n[dim]{result.input_tokens} in / {result.output_tokens} out tokens ({result.usage_source}), "
        f"${result.cost_usd:.6f}, {result.latency_ms:.0f} ms, {result.attempts} attempt(s)[/]"
    )


async def _ask(gateway: Gateway, request: CompletionRequest, stream: bool) -> CompletionResult:
    if not stream:
        result = await gateway.complete_or_raise(request)
        console.print(result.text, highlight=False, markup=False)
        return result
    async for event in gateway.stream(request):
        if event.delta:
            console.print(event.delta, end="", highlight=False, markup=False)
        if event.result is not None:
            if not event.result.ok:
                raise AibaasError(
                    f"{request.model}: {event.result.error_class}: {event.result.error_message}"
                )
            return event.result
    raise AibaasError(f"{request.model}: the stream ended without a result")


@providers_app.command("test-server")
def test_server(
    host: str = typer.Option("127.0.0.1", help="Address to bind (keep it on loopback)."),
    port: int = typer.Option(8787, help="Port to listen on."),
    latency_ms: int = typer.Option(0, help="Delay before every answer."),
    requests_per_minute: int | None = typer.Option(None, help="Answer 429 above this rate."),
    api_key: str | None = typer.Option(None, help="Require this key (Bearer or x-api-key)."),
) -> None:
    """Run the test provider server (OpenAI, Anthropic, Ollama protocols) in the foreground."""
    options = ServerOptions(latency_ms=latency_ms, requests_per_minute=requests_per_minute, api_key=api_key)
    console.print(
        f"test provider server on http://{host}:{port} (OpenAI at /v1, Anthropic at /, Ollama at /); "
        "faults: POST /_control/faults",
        highlight=False,
    )
    run_forever(options, host, port)
