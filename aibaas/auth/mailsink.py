"""A development SMTP server on loopback that keeps every mail: `aibaas mail serve` and the tests.

It is a real SMTP server (aiosmtpd); messages are kept in memory and, when a folder is given,
written there as `.eml` files so a developer can open the verification links.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope

from aibaas.store.models import utcnow

_LINK = re.compile(r"https?://\S+")


@dataclass(frozen=True)
class ReceivedMail:
    to: tuple[str, ...]
    subject: str
    body: str

    def links(self) -> list[str]:
        """Every URL in the body, in order."""
        return _LINK.findall(self.body)


class _Keeper:
    """aiosmtpd handler: parse each message, keep it, optionally write it out."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.messages: list[ReceivedMail] = []
        self.arrived = threading.Condition()

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Envelope) -> str:  # noqa: N802
        raw = envelope.original_content or b""
        parsed = message_from_bytes(raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        part = parsed.get_body(preferencelist=("plain",))
        body = part.get_content() if part is not None else ""
        mail = ReceivedMail(tuple(envelope.rcpt_tos), str(parsed["Subject"] or ""), body)
        if self.folder is not None:
            self.folder.mkdir(parents=True, exist_ok=True)
            stamp = utcnow().strftime("%Y%m%dT%H%M%S%f")
            (self.folder / f"{stamp}.eml").write_bytes(raw)
        with self.arrived:
            self.messages.append(mail)
            self.arrived.notify_all()
        return "250 Message accepted for delivery"


class MailSink:
    """Start with `start()`, stop with `stop()`; `wait_for(address)` returns the newest mail to it."""

    def __init__(self, port: int, host: str = "127.0.0.1", folder: Path | None = None) -> None:
        self._keeper = _Keeper(folder)
        self._controller = Controller(self._keeper, hostname=host, port=port)
        self.host, self.port = host, port

    def start(self) -> None:
        self._controller.start()

    def stop(self) -> None:
        self._controller.stop()

    @property
    def messages(self) -> list[ReceivedMail]:
        with self._keeper.arrived:
            return list(self._keeper.messages)

    def wait_for(self, address: str, count: int = 1, timeout_s: float = 5.0) -> ReceivedMail:
        """The newest mail to `address` once at least `count` have arrived, or TimeoutError."""

        def to_address() -> list[ReceivedMail]:
            return [m for m in self._keeper.messages if address.lower() in (t.lower() for t in m.to)]

        with self._keeper.arrived:
            if not self._keeper.arrived.wait_for(lambda: len(to_address()) >= count, timeout=timeout_s):
                raise TimeoutError(f"no mail number {count} to {address} within {timeout_s} s")
            return to_address()[-1]
