"""Validation and normalisation of every field a person types; each refusal names the field.

Names allow letters, combining marks, digits, spaces and a little punctuation, in one script
(Latin mixed with Cyrillic or Greek is the classic look-alike trick). Markup and SQL
metacharacters are therefore refused at the door; storage uses bound parameters regardless.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata

from email_validator import EmailNotValidError, validate_email

from aibaas.auth.errors import InvalidInputError

MAX_EMAIL = 254
MAX_DISPLAY_NAME = 80
MAX_ORG_NAME = 120
MAX_DESCRIPTION = 2000
MIN_PASSWORD = 12
MAX_PASSWORD = 128  # argon2 cost does not depend on length, but a cap stops megabyte "passwords"
_NAME_PUNCTUATION = frozenset(" .-'")
_ORG_PUNCTUATION = frozenset(" .-'&,()")
_TOTP_CODE = re.compile(r"^[0-9]{6}$")
_COMMON_PASSWORDS = frozenset(
    {
        "password1234",
        "passwordpassword",
        "123456789012",
        "qwertyuiopas",
        "iloveyou1234",
        "letmein12345",
        "administrator",
        "correcthorsebatterystaple",
    }
)


def normalize_email(value: str, field: str = "email") -> str:
    """The address in canonical form: ASCII, lower case, checked syntax (no DNS lookup).

    Non-ASCII local parts are refused because look-alike letters would make two different accounts
    appear identical; internationalised domains are accepted in their punycode form.
    """
    text = value.strip()
    if not text:
        raise InvalidInputError(field, "is empty; enter an email address like ada@example.com")
    if len(text) > MAX_EMAIL:
        raise InvalidInputError(field, f"is {len(text)} characters long; at most {MAX_EMAIL} are allowed")
    try:
        checked = validate_email(text, check_deliverability=False, allow_smtputf8=False)
    except EmailNotValidError as exc:
        raise InvalidInputError(field, f"{text!r} is not a valid email address ({exc})") from None
    return checked.ascii_email.lower() if checked.ascii_email else checked.normalized.lower()


def _scripts(text: str) -> set[str]:
    """The scripts of the letters in `text`, by the first word of their Unicode names."""
    scripts = set()
    for char in text:
        if unicodedata.category(char).startswith("L"):
            scripts.add(unicodedata.name(char, "UNKNOWN").split(" ")[0])
    return scripts


def _clean_name(value: str, field: str, max_length: int, punctuation: frozenset[str]) -> str:
    text = " ".join(unicodedata.normalize("NFKC", value).split())
    if not text:
        raise InvalidInputError(field, "is empty; enter a name")
    if len(text) > max_length:
        raise InvalidInputError(field, f"is {len(text)} characters long; at most {max_length} are allowed")
    for char in text:
        category = unicodedata.category(char)
        if not (category[0] in "LM" or category == "Nd" or char in punctuation):
            shown = char if char.isprintable() else f"U+{ord(char):04X}"
            allowed = " ".join(sorted(punctuation - {" "}))
            raise InvalidInputError(
                field, f"contains {shown!r}; use only letters, digits, spaces and {allowed}"
            )
    scripts = _scripts(text)
    if len(scripts) > 1:
        raise InvalidInputError(
            field,
            f"mixes {' and '.join(sorted(scripts)).lower()} letters, which can imitate another name; "
            "write it in one script",
        )
    return text


def normalize_display_name(value: str, field: str = "display_name") -> str:
    """A person's name: NFKC, single spaces, one script, no markup or SQL punctuation."""
    return _clean_name(value, field, MAX_DISPLAY_NAME, _NAME_PUNCTUATION)


def normalize_org_name(value: str, field: str = "name") -> str:
    """An organisation's (or API key's) name: like a person's name, also allowing & , ( )."""
    text = _clean_name(value, field, MAX_ORG_NAME, _ORG_PUNCTUATION)
    if len(text) < 2:
        raise InvalidInputError(field, "needs at least 2 characters")
    return text


def normalize_description(value: str, field: str = "description") -> str:
    """Free text shown as plain text: NFC, no control characters, no HTML markup."""
    text = unicodedata.normalize("NFC", value).strip()
    if len(text) > MAX_DESCRIPTION:
        raise InvalidInputError(
            field, f"is {len(text)} characters long; at most {MAX_DESCRIPTION} are allowed"
        )
    for char in text:
        if char in "<>":
            raise InvalidInputError(field, "contains < or >; HTML is not allowed, write plain text")
        if unicodedata.category(char) in {"Cc", "Cf"} and char not in "\n\t":
            raise InvalidInputError(field, f"contains the invisible control character U+{ord(char):04X}")
    return text


def slugify(name: str) -> str:
    """An ASCII slug for URLs: letters and digits joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:48] or "org"


def check_password(password: str, *, email: str = "", display_name: str = "") -> str:
    """The password (NFC) if it meets the policy; otherwise a message saying what to change.

    Policy (NIST SP 800-63B style): length 12-128, not a well-known password, at least 5 distinct
    characters, and not containing the email's local part or the person's name.
    """
    text = unicodedata.normalize("NFC", password)
    if len(text) < MIN_PASSWORD:
        raise InvalidInputError("password", f"is {len(text)} characters long; use at least {MIN_PASSWORD}")
    if len(text) > MAX_PASSWORD:
        raise InvalidInputError("password", f"is longer than {MAX_PASSWORD} characters; use a shorter one")
    lowered = text.lower()
    if lowered in _COMMON_PASSWORDS:
        raise InvalidInputError("password", "is a well-known password; choose another one")
    if len(set(text)) < 5:
        raise InvalidInputError("password", "repeats too few characters; use at least 5 different ones")
    local = email.split("@")[0].lower()
    if len(local) >= 3 and local in lowered:
        raise InvalidInputError("password", "contains your email address; choose something unrelated")
    name = display_name.lower().replace(" ", "")
    if len(name) >= 3 and name in lowered.replace(" ", ""):
        raise InvalidInputError("password", "contains your name; choose something unrelated")
    return text


def normalize_totp_code(value: str) -> str:
    """A 6-digit code, spaces removed."""
    code = value.replace(" ", "").strip()
    if not _TOTP_CODE.match(code):
        raise InvalidInputError("code", "must be the 6 digits shown by your authenticator app")
    return code


def normalize_address(value: str | None) -> str | None:
    """A client IP address in canonical form, or None when unknown."""
    if value is None or not value.strip():
        return None
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        raise InvalidInputError("source_address", f"{value[:64]!r} is not an IP address") from None
