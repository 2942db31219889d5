"""The organisation's dashboard: private benchmark runs and results, starting a benchmark with live
progress, baseline-vs-custom A/B comparison, usage against quotas, and branding (admins)."""

from html import escape

import polars as pl
import streamlit as st

from aibaas.auth import OrganizationInfo, Permission, get_organization, update_organization
from aibaas.bench.definition import DIFFICULTIES, LANGUAGES, MOCK_MODELS, SCENARIOS
from aibaas.errors import AibaasError
from aibaas.services import benchmarks as bench
from app.auth_session import require_permission
from app.data import settings
from app.viewer import auth

KEY = "org_dashboard."
STARTED = KEY + "started"
RUN_COLUMNS = [
    "run_uid",
    "benchmark",
    "status",
    "phase",
    "cells_done",
    "cells_total",
    "spend_usd",
    "started_at",
]

viewer, scope = require_permission(Permission.BENCHMARKS_VIEW)
org: OrganizationInfo = get_organization(auth(), scope)
brand = org.settings.branding
if brand.logo_url:
    st.logo(brand.logo_url)
# The colour is validated as #RRGGBB by the settings model; the name is escaped.
st.html(
    f'<div style="border-left: 6px solid {brand.primary_color}; padding: 0.2rem 0.8rem;">'
    f'<h1 style="color: {brand.primary_color}; margin: 0;">{escape(brand.display_name or org.name)}</h1>'
    "<p style='margin: 0;'>Private benchmarks</p></div>"
)
runs = bench.org_runs(auth().sessions, scope)
runs_tab, start_tab, compare_tab, usage_tab = st.tabs(["Runs", "Start a benchmark", "Compare A/B", "Usage"])


@st.fragment(run_every=1.0)
def live_progress() -> None:
    """The started run's progress, refreshed every second until its process ends."""
    started: bench.StartedRun | None = st.session_state.get(STARTED)
    if started is None:
        return
    progress = started.progress(auth().sessions)
    exit_code = started.process.poll()
    st.caption(f"Benchmark {started.benchmark.split('-', 1)[1]} · fingerprint {started.fingerprint[:12]}")
    if progress is None:
        st.progress(0.0, text="starting the benchmark process...")
    else:
        total = int(progress.get("total") or 0)
        finished = int(progress.get("done") or 0) + int(progress.get("failed") or 0)
        eta = progress.get("eta_s")
        st.progress(
            min(1.0, finished / total) if total else 0.0,
            text=f"{progress.get('phase', '?')}: {finished}/{total or '?'} cells, "
            f"{progress.get('failed', 0)} failed, {progress.get('cached', 0)} cached"
            + (f", about {eta:.0f} s left" if isinstance(eta, int | float) else ""),
        )
    if exit_code is None:
        return
    if exit_code == 0:
        st.success(
            f"Run {str((progress or {}).get('run_uid', ''))[:12]} finished; its results are under Runs."
        )
    else:
        st.error(f"The benchmark process stopped (exit code {exit_code}). Its last lines:")
        st.code(started.log_tail(), language="text")
    del st.session_state[STARTED]
    st.rerun()


with runs_tab:
    if not runs:
        st.info("No private benchmark has run yet: start one in the 'Start a benchmark' tab.")
    else:
        st.dataframe(pl.DataFrame(runs).select(RUN_COLUMNS), hide_index=True, width="stretch")
        finished = [r["run_uid"] for r in runs if r["status"] == "succeeded"]
        chosen = st.selectbox("Results of run", finished, format_func=lambda u: u[:12], key=KEY + "results")
        if chosen:
            try:
                st.dataframe(bench.run_results(settings(), auth().sessions, scope, chosen), hide_index=True)
            except AibaasError as exc:
                st.warning(str(exc))

with start_tab:
    if not scope.allows(Permission.BENCHMARKS_RUN):
        st.info(f"Your role ({scope.role.value}) may view runs but not start them; ask an admin.")
    else:
        name = st.text_input("Benchmark name", "nightly", key=KEY + "name")
        models = st.multiselect(
            "Models", MOCK_MODELS, default=["mock/strong"], accept_new_options=True, key=KEY + "models"
        )
        cols = st.columns(3)
        languages = cols[0].multiselect("Languages (none: all)", LANGUAGES, key=KEY + "languages")
        scenarios = cols[1].multiselect("Scenarios (none: all)", SCENARIOS, key=KEY + "scenarios")
        difficulties = cols[2].multiselect("Difficulties (none: all)", DIFFICULTIES, key=KEY + "difficulties")
        left, right = st.columns(2)
        limit = left.number_input("At most this many tasks (0: all)", 0, 10_000, 0, key=KEY + "limit")
        samples = right.number_input("Samples per task", 1, 200, 1, key=KEY + "samples")
        instructions = st.text_area(
            "Custom system instructions (empty: the baseline)", key=KEY + "instructions", height=160
        )
        problems = bench.instruction_problems(instructions)
        st.caption(f"{len(instructions)} / {bench.INSTRUCTIONS_MAX} characters")
        for problem in problems:
            st.error(problem)
        busy = st.session_state.get(STARTED) is not None
        if st.button("Start benchmark", disabled=bool(problems) or busy, type="primary", key=KEY + "start"):
            request = bench.BenchmarkRequest(
                name=name,
                models=tuple(models),
                languages=tuple(languages),
                scenarios=tuple(scenarios),
                difficulties=tuple(difficulties),
                limit=int(limit) or None,
                samples=int(samples),
                instructions=instructions,
            )
            try:
                started = bench.start_benchmark(settings(), auth().sessions, scope, org.settings, request)
            except AibaasError as exc:
                st.error(str(exc))
            else:
                st.session_state[STARTED] = started
        live_progress()

with compare_tab:
    finished_runs = [r for r in runs if r["status"] == "succeeded"]
    if len(finished_runs) < 2:
        st.info(
            "Compare needs two finished runs on the same tasks: run a benchmark without custom "
            "instructions (the baseline), then the same one with them."
        )
    else:
        labels = {r["run_uid"]: f"{r['benchmark']} · {r['run_uid'][:12]}" for r in finished_runs}
        left, right = st.columns(2)
        baseline = left.selectbox("Baseline run", list(labels), 1, lambda u: labels[u], key=KEY + "baseline")
        variant = right.selectbox("Custom run", list(labels), 0, lambda u: labels[u], key=KEY + "variant")
        if st.button("Compare", key=KEY + "compare") and baseline and variant:
            try:
                report = bench.compare_runs(settings(), auth().sessions, scope, baseline, variant)
            except AibaasError as exc:
                st.error(str(exc))
            else:
                st.dataframe(pl.DataFrame(report.metrics), hide_index=True, width="stretch")
                st.caption(
                    f"Differences are custom - baseline, paired by model and task; McNemar p = "
                    f"{report.pass_test_p_value:.3g} for pass/fail."
                )
                if report.caveat:
                    st.warning(report.caveat)
                st.dataframe(pl.DataFrame(report.flipped or None), hide_index=True)

with usage_tab:
    use = bench.usage(auth().sessions, scope, org.settings)
    cols = st.columns(3)
    cols[0].metric("Runs this month", use["runs_this_month"])
    cols[1].metric("Spend this month", f"${use['spend_this_month_usd']:.4f}")
    cols[2].metric("Running", f"{use['running']} / {use['max_concurrent_runs']}")
    budget = use["monthly_budget_usd"]
    st.progress(
        min(1.0, use["spend_this_month_usd"] / budget) if budget else 1.0,
        text=f"of the ${budget:.2f} monthly budget",
    )
    st.caption("Members, roles, invitations and quotas are on the Organisation page.")
    if scope.allows(Permission.ORG_MANAGE):
        with st.form(KEY + "branding"):
            st.subheader("Branding")
            display = st.text_input("Display name", brand.display_name or "", key=KEY + "display")
            color = st.color_picker("Primary colour", brand.primary_color, key=KEY + "color")
            logo = st.text_input("Logo URL (https)", brand.logo_url or "", key=KEY + "logo")
            if st.form_submit_button("Save branding"):
                branding = {
                    "display_name": display.strip() or None,
                    "primary_color": color,
                    "logo_url": logo.strip() or None,
                }
                try:
                    update_organization(
                        auth(), scope, settings={**org.settings.model_dump(), "branding": branding}
                    )
                except AibaasError as exc:
                    st.error(str(exc))
                else:
                    st.rerun()
