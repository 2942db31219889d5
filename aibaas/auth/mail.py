"""Outgoing mail over SMTP (settings AIBAAS_SMTP_*), and the texts of the mails this area sends.

Links point at AIBAAS_PUBLIC_URL with the token as a query parameter; the app's login page reads it.
"""

from __future__ import annotations

import smtplib
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import urlencode

from aibaas.config import Settings
from aibaas.errors import AibaasError
from aibaas.logs import get_logger

log = get_logger(__name__)
SMTP_TIMEOUT_S = 10


def link(settings: Settings, action: str, token: str) -> str:
    """The app URL that performs `action` with `token` (login page query parameters)."""
    return f"{settings.public_url.rstrip('/')}/login?{urlencode({'action': action, 'token': token})}"


def send_mail(settings: Settings, to: str, subject: str, body: str) -> None:
    """Send one plain-text mail, or raise AibaasError naming the SMTP server that refused it."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="aibaas.local")
    message.set_content(body)
    try:
        with smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=SMTP_TIMEOUT_S) as smtp:
            if settings.smtp_starttls:
                smtp.starttls()
            if settings.smtp_user and settings.smtp_password:
                smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
            smtp.send_message(message)
    except (OSError, smtplib.SMTPException) as exc:
        raise AibaasError(
            f"could not send mail through {settings.smtp_host}:{settings.smtp_port} "
            f"({exc.__class__.__name__}: {exc}); check AIBAAS_SMTP_HOST/PORT, or run `aibaas mail serve`"
        ) from None
    log.info("mail sent", subject=subject)


def verification_mail(settings: Settings, name: str, token: str) -> tuple[str, str]:
    url = link(settings, "verify", token)
    return (
        "Confirm your AIBaaS account",
        f"Hello {name},\n\nconfirm your email address by opening this link (valid for 24 hours, once):\n\n"
        f"{url}\n\nIf you did not register, ignore this mail.\n",
    )


def already_registered_mail(settings: Settings, name: str) -> tuple[str, str]:
    url = f"{settings.public_url.rstrip('/')}/login"
    return (
        "Someone tried to register with your address",
        f"Hello {name},\n\nsomeone (perhaps you) tried to create an AIBaaS account with this address, "
        f"which already has one. To sign in or reset your password go to:\n\n{url}\n",
    )


def reset_mail(settings: Settings, name: str, token: str) -> tuple[str, str]:
    url = link(settings, "reset", token)
    return (
        "Reset your AIBaaS password",
        f"Hello {name},\n\nto choose a new password open this link (valid for 30 minutes, once):\n\n"
        f"{url}\n\nIf you did not ask for it, ignore this mail; your password is unchanged.\n",
    )


def invitation_mail(settings: Settings, org_name: str, role: str, token: str) -> tuple[str, str]:
    url = link(settings, "invite", token)
    return (
        f"You are invited to {org_name} on AIBaaS",
        f"Hello,\n\nyou are invited to join {org_name} as {role}. Accept by opening this link "
        f"(valid for 7 days; register first with this address if you have no account):\n\n{url}\n",
    )
