"""`aibaas doctor` tells whether mail can be sent, and how to fix it when it cannot."""

from __future__ import annotations

from pathlib import Path

from aibaas.auth.health import mail
from aibaas.auth.mailsink import MailSink
from aibaas.config import load_settings
from aibaas.doctor import Status
from tests.conftest import free_port


def test_mail_check_is_ok_with_a_server_and_names_the_fix_without(
    tmp_path: Path, mail_sink: MailSink
) -> None:
    up = mail(load_settings(data_dir=tmp_path, smtp_port=mail_sink.port))[0]
    assert (up.component, up.status, up.required) == ("mail", Status.OK, False)

    down = mail(load_settings(data_dir=tmp_path, smtp_port=free_port()))[0]
    assert down.status is Status.WARN
    assert "aibaas mail serve" in down.fix and "cannot be sent" in down.detail
