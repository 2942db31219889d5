"""The organisation dashboard: who sees what, the validated instructions editor, quotas, branding,
and a private benchmark started from the page, run by a real `aibaas bench run`, then compared A/B."""

from __future__ import annotations

import polars as pl
import pytest
from sqlalchemy import select
from streamlit.testing.v1 import AppTest

from aibaas.auth import AuthContext, login, update_organization
from aibaas.auth.mailsink import MailSink
from aibaas.auth.permissions import Role
from aibaas.bench.warehouse import read_samples
from aibaas.config import Settings
from aibaas.services import benchmarks as bench
from aibaas.store.models import AuditLog
from app.auth_session import REFRESH_TOKEN_KEY
from app.viewer import ACCESS_TOKEN_KEY
from tests.app.conftest import open_page, write_task
from tests.app.test_account_pages import ctx as ctx  # the fixture
from tests.app.test_account_pages import sink as sink  # the fixture
from tests.auth.conftest import PASSWORD, Tenant, make_tenant

PAGE = "org_dashboard.py"
KEY = "org_dashboard."


@pytest.fixture
def tenant(ctx: AuthContext, sink: MailSink) -> Tenant:
    return make_tenant(ctx, sink, "Acme")


def as_member(ctx: AuthContext, role: Role) -> dict[str, object]:
    pair = login(ctx, f"{role.value}@acme.example.com", PASSWORD)
    return {ACCESS_TOKEN_KEY: pair.access_token, REFRESH_TOKEN_KEY: pair.refresh_token}


def test_an_empty_dashboard_says_how_to_start_and_viewers_cannot_start(
    ctx: AuthContext, tenant: Tenant
) -> None:
    at = open_page(PAGE, state=as_member(ctx, Role.VIEWER))
    assert not at.exception
    assert "Acme Labs" in at.get("html")[0].proto.body
    assert "No private benchmark has run yet" in at.info[0].value
    assert "may view runs but not start them" in at.info[1].value
    assert [m.value for m in at.metric] == ["0", "$0.0000", "0 / 2"]


def test_a_visitor_has_no_dashboard() -> None:
    with pytest.raises(ValueError, match="Could not find a navigation page"):
        open_page(PAGE)


def test_the_instructions_editor_explains_what_is_wrong(ctx: AuthContext, tenant: Tenant) -> None:
    at = open_page(PAGE, state=as_member(ctx, Role.DEVELOPER))
    at.text_area(key=KEY + "instructions").input("Answer tersely.\x07 Solve {prompt}").run()
    errors = [e.value for e in at.error]
    assert any("control characters (U+0007)" in e for e in errors)
    assert any("drop {prompt}" in e for e in errors)
    assert at.button(key=KEY + "start").disabled


def test_the_monthly_budget_refuses_a_run(app_settings: Settings, ctx: AuthContext, tenant: Tenant) -> None:
    update_organization(ctx, tenant.admin, settings={"quotas": {"monthly_budget_usd": 0}})
    at = open_page(PAGE, state=as_member(ctx, Role.DEVELOPER))
    at.button(key=KEY + "start").click().run()
    assert "has reached the budget $0.00" in at.error[0].value


def test_admins_set_the_branding_the_dashboard_shows(ctx: AuthContext, tenant: Tenant) -> None:
    at = open_page(PAGE, state=as_member(ctx, Role.ADMIN))
    at.text_input(key=KEY + "display").input("Acme Research")
    at.color_picker(key=KEY + "color").pick("#0a7f3f")
    at.button(key=f"FormSubmitter:{KEY}branding-Save branding").click().run()
    header = at.get("html")[0].proto.body
    assert "Acme Research" in header and "#0A7F3F" in header


def _start(at: AppTest, instructions: str = "") -> bench.StartedRun:
    """Press start on the page and wait for the real benchmark process to finish."""
    at.text_area(key=KEY + "instructions").input(instructions).run()
    at.button(key=KEY + "start").click().run()
    started: bench.StartedRun = at.session_state[KEY + "started"]
    assert started.process.wait(timeout=400) == 0, started.log_tail()
    return started


@pytest.mark.slow  # two real benchmark processes (Dagster job, sandbox) of ~10-40 s each
def test_a_developer_starts_private_runs_and_compares_them(
    app_settings: Settings,
    ctx: AuthContext,
    tenant: Tenant,
) -> None:
    write_task(app_settings.taskbank_dir)
    at = open_page(PAGE, state=as_member(ctx, Role.DEVELOPER))
    baseline = _start(at)
    assert baseline.benchmark == f"org{tenant.org_id}-nightly"
    at.run()  # the progress fragment sees the process end and reruns the page
    _start(at, "Prefer the standard library; keep functions short.")
    at.run()
    runs = at.dataframe[0].value
    assert runs["status"].to_list() == ["succeeded", "succeeded"]
    assert runs["benchmark"].to_list() == ["nightly", "nightly"]
    assert at.dataframe[1].value["model"].to_list() == ["mock/strong"]
    at.button(key=KEY + "compare").click().run()
    metrics = at.dataframe[2].value
    assert "score" in metrics["metric"].to_list() and (metrics["pairs"] == 1).all()
    samples = read_samples(app_settings.warehouse)
    assert set(samples["benchmark"]) == {f"org{tenant.org_id}-nightly"}
    with ctx.sessions() as db:
        started = db.scalars(select(AuditLog).where(AuditLog.action == bench.BENCHMARK_STARTED)).all()
    assert [(a.organization_id, a.target) for a in started] == [(tenant.org_id, "benchmark:nightly")] * 2
    assert pl.DataFrame(bench.org_runs(ctx.sessions, tenant.viewer)).height == 2  # viewers see them too
