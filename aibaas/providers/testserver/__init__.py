"""A real HTTP server that speaks provider wire protocols, with programmable faults.

Tests start it on a free loopback port with `TestProviderServer`; `aibaas providers test-server`
runs it in the foreground for demos.
"""

from __future__ import annotations

import asyncio
import threading
from types import TracebackType

from aiohttp import web

from aibaas.providers.testserver.app import build_app
from aibaas.providers.testserver.faults import Fault, FaultKind, ServerOptions, ServerState

__all__ = ["Fault", "FaultKind", "ServerOptions", "ServerState", "TestProviderServer", "run_forever"]


class TestProviderServer:
    """The server on its own event loop in a background thread; a context manager."""

    __test__ = False  # not a pytest test class despite the name

    def __init__(self, options: ServerOptions | None = None, host: str = "127.0.0.1", port: int = 0) -> None:
        self.state = ServerState(options)
        self.host = host
        self.port = port
        self._loop = asyncio.new_event_loop()
        self._runner = web.AppRunner(build_app(self.state), access_log=None)
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="test-provider-server", daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> TestProviderServer:
        """Bind the port (a free one when 0) and serve until `stop()`."""
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(timeout=10)
        return self

    async def _start(self) -> None:
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])

    def stop(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(timeout=10)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> TestProviderServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def run_forever(options: ServerOptions, host: str, port: int) -> None:
    """Serve in the foreground until interrupted (the CLI's `providers test-server`)."""
    web.run_app(build_app(ServerState(options)), host=host, port=port, access_log=None, print=None)
