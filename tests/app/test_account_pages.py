"""Login, registration, account and organisation pages, and the navigation each role gets.

The last test is the issue's "done when", entirely through the pages: register, verify by the mailed
link, log in, create an organisation, invite a second user who accepts, each sees what their role allows.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from aibaas.auth import AuthContext, auth_context, create_organization, create_user, invite, login
from aibaas.auth.mailsink import MailSink
from aibaas.config import get_settings
from app.auth_session import REFRESH_TOKEN_KEY
from app.viewer import ACCESS_TOKEN_KEY
from tests.app.conftest import open_page
from tests.auth.conftest import token_from
from tests.conftest import free_port

PASSWORD = "tangerine-violin-42"
TITLES = {"organization.py": "Acme Labs", "api_keys.py": "API keys", "audit.py": "Audit log"}


@pytest.fixture
def sink(app_settings, monkeypatch: pytest.MonkeyPatch) -> Iterator[MailSink]:
    """A loopback SMTP server the app's settings send to."""
    server = MailSink(port=free_port())
    server.start()
    monkeypatch.setenv("AIBAAS_SMTP_PORT", str(server.port))
    get_settings.cache_clear()
    st.cache_resource.clear()
    yield server
    server.stop()


@pytest.fixture
def ctx(sink) -> AuthContext:
    return auth_context(get_settings())


def signed_in(ctx: AuthContext, email: str) -> dict[str, object]:
    pair = login(ctx, email, PASSWORD)
    return {ACCESS_TOKEN_KEY: pair.access_token, REFRESH_TOKEN_KEY: pair.refresh_token}


def test_visitor_registers_verifies_by_mail_and_logs_in(app_settings, sink: MailSink) -> None:
    at = open_page("login.py")
    assert at.title[0].value == "Log in"
    at.text_input(key="login.new_email").input("grace@example.com")
    at.text_input(key="login.name").input("Grace Hopper")
    at.text_input(key="login.chosen").input(PASSWORD)
    at.button(key="FormSubmitter:login.register-Register").click().run()
    assert "Check your inbox" in at.success[0].value

    token = token_from(sink.wait_for("grace@example.com"), "verify")
    at.query_params.update({"action": "verify", "token": token})
    at.run()
    assert "grace@example.com is confirmed" in at.success[0].value

    at.text_input(key="login.email").input("grace@example.com")
    at.text_input(key="login.password").input(PASSWORD)
    at.button(key="FormSubmitter:login.login-Log in").click().run()
    assert not at.exception
    assert isinstance(at.session_state[ACCESS_TOKEN_KEY], str)
    assert at.title[0].value == "Log in" and "You are logged in" in at.info[0].value


def test_wrong_password_shows_the_neutral_message(app_settings, ctx: AuthContext) -> None:
    create_user(ctx, "ada@example.com", "Ada Lovelace", PASSWORD)
    at = open_page("login.py")
    at.text_input(key="login.email").input("ada@example.com")
    at.text_input(key="login.password").input("not-the-password")
    at.button(key="FormSubmitter:login.login-Log in").click().run()
    assert at.error[0].value == "the email or password is wrong (or the account is not active)"
    assert ACCESS_TOKEN_KEY not in at.session_state


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        ("admin", {"organization.py", "api_keys.py", "audit.py"}),
        ("developer", {"organization.py", "api_keys.py"}),
        ("viewer", {"organization.py"}),
        (None, set()),  # signed in, but in no organisation
    ],
)
def test_each_role_sees_only_the_pages_it_may(
    app_settings, ctx: AuthContext, sink: MailSink, role, allowed
) -> None:
    from aibaas.auth import accept_invitation, resolve_scope
    from aibaas.store import session_scope

    admin = create_user(ctx, "admin@example.com", "Ann Admin", PASSWORD)
    org = create_organization(ctx, admin.id, "Acme Labs")
    email = "admin@example.com"
    if role in ("developer", "viewer"):
        email = f"{role}@example.com"
        member = create_user(ctx, email, "Max Member", PASSWORD)
        with session_scope(ctx.sessions) as db:
            scope = resolve_scope(db, admin.id, org.id)
        invite(ctx, scope, email, role)
        accept_invitation(ctx, member.id, token_from(sink.wait_for(email), "invite"))
    elif role is None:
        email = "loner@example.com"
        create_user(ctx, email, "Lone Wolf", PASSWORD)
    state = signed_in(ctx, email)
    for page, title in TITLES.items():
        if page in allowed:
            at = open_page(page, state=state)
            assert not at.exception
            assert at.title[0].value == title
        else:  # the navigation does not even register the page for this role
            with pytest.raises(ValueError, match="Could not find a navigation page"):
                open_page(page, state=state)


def test_admin_invites_from_the_page_and_the_invitee_joins_by_the_link(
    app_settings, ctx: AuthContext, sink: MailSink
) -> None:
    admin = create_user(ctx, "admin@example.com", "Ann Admin", PASSWORD)
    create_organization(ctx, admin.id, "Acme Labs")
    at = open_page("organization.py", state=signed_in(ctx, "admin@example.com"))
    at.text_input(key="organization.invite_email").input("bob@example.com")
    at.selectbox(key="organization.invite_role").set_value("developer")
    at.button(key="FormSubmitter:organization.invite-Send invitation").click().run()
    assert "Invitation mailed to bob@example.com." in at.success[0].value

    create_user(ctx, "bob@example.com", "Bob Builder", PASSWORD)
    token = token_from(sink.wait_for("bob@example.com"), "invite")
    bob = open_page("login.py", state=signed_in(ctx, "bob@example.com"))
    bob.query_params.update({"action": "invite", "token": token})
    bob.run()
    assert "You joined Acme Labs as developer" in bob.success[0].value
    bob.switch_page("app_pages/api_keys.py")
    bob.run()
    assert bob.title[0].value == "API keys"


def test_api_key_is_shown_once_on_the_page(app_settings, ctx: AuthContext) -> None:
    admin = create_user(ctx, "admin@example.com", "Ann Admin", PASSWORD)
    create_organization(ctx, admin.id, "Acme Labs")
    at = open_page("api_keys.py", state=signed_in(ctx, "admin@example.com"))
    at.text_input(key="api_keys.name").input("CI runner")
    at.button(key="FormSubmitter:api_keys.create-Create key").click().run()
    shown = [c.value for c in at.code if c.value.startswith("aib_") and not c.value.endswith("…")]
    assert len(shown) == 1 and len(shown[0]) > 40
    at.run()
    assert not [c.value for c in at.code if c.value == shown[0]]


def test_log_out_everywhere_from_the_account_page(app_settings, ctx: AuthContext) -> None:
    from aibaas.auth import TokenInvalidError, authenticate

    create_user(ctx, "ada@example.com", "Ada Lovelace", PASSWORD)
    other_device = login(ctx, "ada@example.com", PASSWORD)
    at = open_page("account.py", state=signed_in(ctx, "ada@example.com"))
    assert at.title[0].value == "Account"
    at.button(key="account.everywhere").click().run()
    assert ACCESS_TOKEN_KEY not in at.session_state
    with pytest.raises(TokenInvalidError):
        authenticate(ctx, other_device.access_token)


def sign_up_and_log_in(mail: MailSink, email: str, name: str) -> AppTest:
    """A fresh browser tab that registers, follows the mailed link and logs in."""
    at = open_page("login.py")
    at.text_input(key="login.new_email").input(email)
    at.text_input(key="login.name").input(name)
    at.text_input(key="login.chosen").input(PASSWORD)
    at.button(key="FormSubmitter:login.register-Register").click().run()
    at.query_params.update({"action": "verify", "token": token_from(mail.wait_for(email), "verify")})
    at.run()
    at.text_input(key="login.email").input(email)
    at.text_input(key="login.password").input(PASSWORD)
    at.button(key="FormSubmitter:login.login-Log in").click().run()
    assert "You are logged in" in at.info[0].value, [e.value for e in at.error]
    return at


def visit(at: AppTest, page: str) -> AppTest:
    at.switch_page(f"app_pages/{page}")
    at.run()
    assert not at.exception
    return at


def test_two_people_organisation_invitation_and_roles(app_settings, sink: MailSink) -> None:
    ada = sign_up_and_log_in(sink, "ada@example.com", "Ada Lovelace")
    visit(ada, "account.py")
    ada.text_input(key="account.org_name").input("Acme Labs")
    ada.button(key="FormSubmitter:account.create_org-Create organisation").click().run()
    assert "Created Acme Labs; you are its admin." in ada.success[0].value

    visit(ada, "organization.py")
    assert ada.title[0].value == "Acme Labs"
    ada.text_input(key="organization.invite_email").input("bob@example.com")
    ada.button(key="FormSubmitter:organization.invite-Send invitation").click().run()
    invitation = token_from(sink.wait_for("bob@example.com"), "invite")

    bob = sign_up_and_log_in(sink, "bob@example.com", "Bob Builder")
    bob.query_params.update({"action": "invite", "token": invitation})
    bob.run()
    assert "You joined Acme Labs as viewer" in bob.success[0].value
    assert visit(bob, "organization.py").title[0].value == "Acme Labs"
    for page in ("api_keys.py", "audit.py"):  # not for viewers
        with pytest.raises(ValueError, match="Could not find a navigation page"):
            bob.switch_page(f"app_pages/{page}")

    visit(ada, "audit.py")
    logged = set(ada.dataframe[0].value["action"])
    assert {"org.created", "invitation.created", "invitation.accepted", "org.switched"} <= logged
    assert visit(ada, "api_keys.py").title[0].value == "API keys"
