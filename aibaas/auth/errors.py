"""Errors of accounts and organisations; each message tells the person what to do next.

Messages about credentials are deliberately the same whether or not an account exists.
"""

from __future__ import annotations

from aibaas.errors import AibaasError


class AuthError(AibaasError):
    """Base of every refusal by the accounts and organisations area."""


class InvalidInputError(AuthError):
    """A field failed validation; the message names the field, the value's problem and the fix."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field


class InvalidCredentialsError(AuthError):
    """Wrong email, password or code; never says which, so accounts cannot be enumerated."""

    def __init__(self) -> None:
        super().__init__("the email or password is wrong (or the account is not active)")


class MfaRequiredError(AuthError):
    """The password was right but the account needs its TOTP code too."""

    def __init__(self) -> None:
        super().__init__("this account uses two-factor authentication: enter the 6-digit code")


class EmailNotVerifiedError(AuthError):
    """The password was right but the address has not been confirmed yet."""

    def __init__(self) -> None:
        super().__init__("confirm your email address first: follow the link in the verification mail")


class RateLimitedError(AuthError):
    """Too many attempts in the window; the same for existing and unknown accounts."""

    def __init__(self, action: str, retry_after_s: int) -> None:
        super().__init__(f"too many {action} attempts: wait {retry_after_s} s and try again")
        self.retry_after_s = retry_after_s


class TokenInvalidError(AuthError):
    """A token is malformed, tampered with, expired, already used or revoked."""


class PermissionDeniedError(AuthError):
    """The acting user's role (or lack of membership) does not allow this."""


class NotFoundError(AuthError):
    """The thing does not exist within the acting organisation (it may exist in another one)."""
