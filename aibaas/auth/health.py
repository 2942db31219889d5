"""`aibaas doctor` check of the accounts area: can the platform send mail?"""

from __future__ import annotations

import smtplib

from aibaas.config import Settings
from aibaas.doctor import CheckResult, Status, health_check

TIMEOUT_S = 3


@health_check
def mail(settings: Settings) -> list[CheckResult]:
    """Whether the SMTP server answers; without it, sign-up, reset and invitation mails fail."""
    where = f"{settings.smtp_host}:{settings.smtp_port}"
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT_S) as smtp:
            code, _ = smtp.noop()
    except (OSError, smtplib.SMTPException) as exc:
        return [
            CheckResult(
                "mail",
                Status.WARN,
                f"no SMTP server at {where} ({exc.__class__.__name__}); registration, reset and "
                "invitation mails cannot be sent",
                required=False,
                fix="aibaas mail serve (development), or set AIBAAS_SMTP_HOST / AIBAAS_SMTP_PORT",
            )
        ]
    return [CheckResult("mail", Status.OK, f"SMTP server at {where} answers ({code})", required=False)]
