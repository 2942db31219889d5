"""Bad input: malformed emails, confusable or overlong names, injection attempts, weak passwords."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from aibaas.auth import (
    InvalidInputError,
    create_api_key,
    create_organization,
    create_user,
    invite,
    login,
    register,
    update_organization,
)
from aibaas.auth.mailsink import MailSink
from aibaas.auth.validation import (
    check_password,
    normalize_address,
    normalize_description,
    normalize_display_name,
    normalize_email,
    normalize_org_name,
)
from aibaas.store import session_scope
from aibaas.store.models import User
from tests.auth.conftest import PASSWORD, make_tenant

SQL = "x'); DROP TABLE users; --"
HTML = "<img src=x onerror=alert(1)>"


@pytest.mark.parametrize(
    "email",
    [
        "",  # empty
        "plainaddress",  # no @
        "ada@",  # no domain
        "ada@@example.com",  # two @
        "ada@example",  # no dot in domain
        "ада@example.com",  # Cyrillic local part: a look-alike of a Latin address
        "a" * 250 + "@example.com",  # overlong
        SQL + "@example.com",
        HTML,
    ],
)
def test_malformed_emails_are_refused_naming_the_field(email: str) -> None:
    with pytest.raises(InvalidInputError, match=r"^email: "):
        normalize_email(email)


def test_emails_are_normalised() -> None:
    assert normalize_email("  Ada.Lovelace@EXAMPLE.com ") == "ada.lovelace@example.com"
    assert normalize_email("ada@bücher.example") == "ada@xn--bcher-kva.example"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("Pаypal Support", "mixes cyrillic and latin"),  # Cyrillic а among Latin letters
        ("Αdmin", "mixes greek and latin"),  # Greek capital alpha
        ("Ada\u200bLovelace", "U+200B"),  # zero-width space
        ("Ada\u202eecalevol", "U+202E"),  # right-to-left override
        (SQL, "contains ')'"),
        (HTML, "contains '<'"),
        ("a" * 81, "at most 80"),
        ("   ", "is empty"),
    ],
)
def test_bad_display_names_are_refused(name: str, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=f"^display_name: .*{re.escape(problem)}"):
        normalize_display_name(name)


def test_names_are_normalised_and_other_scripts_welcome() -> None:
    assert normalize_display_name("  Ada   Lovelace ") == "Ada Lovelace"
    assert normalize_display_name("Ｆｕｌｌ Ｗｉｄｔｈ") == "Full Width"  # NFKC
    assert normalize_display_name("Жанна Д'Арк") == "Жанна Д'Арк"
    assert normalize_display_name("李小龍") == "李小龍"
    assert normalize_org_name("R&D (Europe), Ltd.") == "R&D (Europe), Ltd."


def test_descriptions_are_plain_text() -> None:
    assert normalize_description("Evals of 'our' models; see report #3\nsecond line").startswith("Evals")
    with pytest.raises(InvalidInputError, match=r"^description: contains < or >"):
        normalize_description(HTML)
    with pytest.raises(InvalidInputError, match="at most 2000"):
        normalize_description("x" * 2001)


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short", "use at least 12"),
        ("password1234", "well-known"),
        ("aaaaaaaaaaaaaaa", "at least 5 different"),
        ("x" * 129, "longer than 128"),
        ("ada.lovelace-is-secure", "contains your email"),
    ],
)
def test_password_policy(password: str, problem: str) -> None:
    with pytest.raises(InvalidInputError, match=f"^password: .*{re.escape(problem)}"):
        check_password(password, email="ada.lovelace@example.com", display_name="Ada Lovelace")


def test_source_addresses_must_be_ip_addresses() -> None:
    assert normalize_address(" ::ffff:127.0.0.1 ") == "::ffff:7f00:1"
    assert normalize_address(None) is None
    with pytest.raises(InvalidInputError, match=r"^source_address: "):
        normalize_address("127.0.0.1; DROP TABLE users")


def test_injection_in_every_field_of_every_service_is_refused(ctx, mail_sink: MailSink) -> None:
    tenant = make_tenant(ctx, mail_sink, "Acme")
    owner = tenant.admin.user_id
    attempts = [
        ("email", lambda bad: register(ctx, bad, "Ada Lovelace", PASSWORD)),
        ("display_name", lambda bad: register(ctx, "ada@example.com", bad, PASSWORD)),
        ("source_address", lambda bad: register(ctx, "ada@example.com", "Ada Lovelace", PASSWORD, bad)),
        ("email", lambda bad: login(ctx, bad, PASSWORD)),
        ("email", lambda bad: create_user(ctx, bad, "Ada Lovelace", PASSWORD)),
        ("name", lambda bad: create_organization(ctx, owner, bad)),
        ("description", lambda bad: create_organization(ctx, owner, "Fine Name", bad)),
        ("name", lambda bad: update_organization(ctx, tenant.admin, name=bad)),
        ("email", lambda bad: invite(ctx, tenant.admin, bad, "viewer")),
        ("role", lambda bad: invite(ctx, tenant.admin, "ok@example.com", bad)),
        ("name", lambda bad: create_api_key(ctx, tenant.admin, bad)),
        ("scope", lambda bad: create_api_key(ctx, tenant.admin, "Fine Key", bad)),
    ]
    for field, attempt in attempts:
        for bad in (SQL, HTML):
            if field == "description" and bad == SQL:
                continue  # plain text may contain quotes and semicolons; stored as a bound value
            with pytest.raises(InvalidInputError, match=f"^{field}: "):
                attempt(bad)
    org = create_organization(ctx, owner, "Fine Name", SQL)
    assert org.description == SQL
    with session_scope(ctx.sessions) as db:
        assert db.scalar(select(func.count()).select_from(User)) == 3
