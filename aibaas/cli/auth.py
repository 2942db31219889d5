"""`aibaas users ...`, `aibaas orgs ...` and `aibaas mail serve`: operators' side of accounts.

Commands act through `aibaas.auth`, so they obey the same validation, scoping and audit as the app;
an organisation command names the admin it acts as (`--as`).
"""

from __future__ import annotations

import json
import sys
import threading

import typer
from rich.console import Console
from rich.table import Table

from aibaas.auth import (
    AuthContext,
    InvalidInputError,
    OrgScope,
    auth_context,
    create_organization,
    create_user,
    export_account_data,
    invite,
    list_my_organizations,
    logout_everywhere,
    query_audit_log,
    resolve_scope,
)
from aibaas.auth.mailsink import MailSink
from aibaas.auth.orgs import organization_id_by_slug
from aibaas.auth.sessions import user_by_email
from aibaas.auth.validation import normalize_email
from aibaas.cli.common import startup
from aibaas.errors import AibaasError
from aibaas.store import session_scope

users = typer.Typer(
    help="Accounts: create users, export their data, end their sessions.", no_args_is_help=True
)
orgs = typer.Typer(help="Organisations: create, list, invite, read the audit log.", no_args_is_help=True)
mail = typer.Typer(help="Mail: a development SMTP server that keeps every message.", no_args_is_help=True)
console = Console()


def _context() -> AuthContext:
    return auth_context(startup())


def _user_id(ctx: AuthContext, email: str) -> int:
    address = normalize_email(email)
    with session_scope(ctx.sessions) as db:
        user = user_by_email(db, address)
        if user is None:
            raise AibaasError(f"there is no account for {address}; create it with `aibaas users create`")
        return user.id


def _admin_scope(ctx: AuthContext, slug: str, admin_email: str) -> OrgScope:
    user_id = _user_id(ctx, admin_email)
    with session_scope(ctx.sessions) as db:
        org_id = organization_id_by_slug(db, slug)
        if org_id is None:
            raise AibaasError(f"there is no organisation {slug!r}; `aibaas orgs list --email ...` shows them")
        return resolve_scope(db, user_id, org_id)


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\n")
    return str(typer.prompt("Password", hide_input=True, confirmation_prompt=True))


@users.command("create")
def users_create(
    email: str = typer.Argument(..., help="The account's email address."),
    name: str = typer.Option(..., "--name", help="Display name."),
    staff: bool = typer.Option(False, "--staff", help="Make the account a staff reviewer."),
    password_stdin: bool = typer.Option(False, "--password-stdin", help="Read the password from stdin."),
) -> None:
    """Create a verified account (for operators; people register in the app)."""
    ctx = _context()
    account = create_user(ctx, email, name, _read_password(password_stdin), staff=staff)
    console.print(f"created account {account.id} for {account.email}{' (staff)' if account.is_staff else ''}")


@users.command("export")
def users_export(email: str = typer.Argument(..., help="Whose data to export.")) -> None:
    """Print everything stored about an account as JSON (recorded in the audit log)."""
    ctx = _context()
    typer.echo(json.dumps(export_account_data(ctx, _user_id(ctx, email)), indent=2))


@users.command("logout-everywhere")
def users_logout_everywhere(email: str = typer.Argument(..., help="Whose sessions to end.")) -> None:
    """End every session of an account, e.g. after a suspected compromise."""
    ctx = _context()
    ended = logout_everywhere(ctx, _user_id(ctx, email))
    console.print(f"ended {ended} session(s) of {normalize_email(email)}")


@orgs.command("create")
def orgs_create(
    name: str = typer.Argument(..., help="The organisation's name."),
    owner: str = typer.Option(..., "--owner", help="Email of the account that becomes its admin."),
    description: str = typer.Option("", "--description", help="A plain-text description."),
) -> None:
    """Create an organisation whose first admin is OWNER."""
    ctx = _context()
    org = create_organization(ctx, _user_id(ctx, owner), name, description)
    console.print(f"created organisation {org.slug} ({org.name}); {normalize_email(owner)} is its admin")


@orgs.command("list")
def orgs_list(email: str = typer.Option(..., "--email", help="Whose organisations to list.")) -> None:
    """The organisations an account belongs to, with its role in each."""
    ctx = _context()
    table = Table("slug", "name", "role")
    for org in list_my_organizations(ctx, _user_id(ctx, email)):
        table.add_row(org.slug, org.name, org.role.value)
    console.print(table)


@orgs.command("invite")
def orgs_invite(
    slug: str = typer.Argument(..., help="The organisation's slug."),
    email: str = typer.Argument(..., help="The address to invite."),
    role: str = typer.Option("viewer", "--role", help="admin, developer or viewer."),
    acting_as: str = typer.Option(..., "--as", help="Email of an admin of the organisation."),
) -> None:
    """Mail an invitation to join the organisation with a role."""
    ctx = _context()
    invitation = invite(ctx, _admin_scope(ctx, slug, acting_as), email, role)
    console.print(
        f"invited {invitation.email} as {invitation.role.value}; "
        f"the link expires {invitation.expires_at:%Y-%m-%d %H:%M} UTC"
    )


@orgs.command("audit")
def orgs_audit(
    slug: str = typer.Argument(..., help="The organisation's slug."),
    acting_as: str = typer.Option(..., "--as", help="Email of an admin of the organisation."),
    action: str | None = typer.Option(None, "--action", help="Only this action, e.g. login.failed."),
    limit: int = typer.Option(50, "--limit", min=1, max=1000),
) -> None:
    """The organisation's audit log, newest first (admins only)."""
    ctx = _context()
    table = Table("time (UTC)", "action", "actor", "target", "address")
    for entry in query_audit_log(ctx, _admin_scope(ctx, slug, acting_as), action=action, limit=limit):
        table.add_row(
            f"{entry.occurred_at:%Y-%m-%d %H:%M:%S}",
            entry.action,
            str(entry.actor_id or ""),
            entry.target,
            entry.source_address or "",
        )
    console.print(table)


@mail.command("serve")
def mail_serve(
    port: int = typer.Option(0, "--port", help="Port to listen on (default: AIBAAS_SMTP_PORT)."),
) -> None:
    """Receive mail on 127.0.0.1 and keep it in <data_dir>/mail as .eml files until Ctrl-C."""
    settings = startup()
    if settings.smtp_host not in {"127.0.0.1", "localhost"}:
        raise InvalidInputError(
            "AIBAAS_SMTP_HOST", f"is {settings.smtp_host}; the dev server only serves loopback"
        )
    sink = MailSink(port=port or settings.smtp_port, folder=settings.data_dir / "mail")
    sink.start()
    console.print(
        f"SMTP sink on 127.0.0.1:{sink.port}, keeping mail in {settings.data_dir / 'mail'}; Ctrl-C stops"
    )
    seen = 0
    stop = threading.Event()
    try:
        while not stop.wait(0.5):
            for message in sink.messages[seen:]:
                console.print(f"[bold]{message.subject}[/] to {', '.join(message.to)}", highlight=False)
                for url in message.links():
                    console.print(f"  {url}", highlight=False, soft_wrap=True)
            seen = len(sink.messages)
    except KeyboardInterrupt:
        console.print("stopped")
    finally:
        sink.stop()
