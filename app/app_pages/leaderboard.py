"""Public leaderboard: filters restored from the URL, ranked table with intervals, heat map, export."""

from dataclasses import asdict
from urllib.parse import urlencode

import plotly.express as px
import polars as pl
import streamlit as st

from aibaas.views import leaderboard as lb
from app import data

KEY = "leaderboard."
marts = data.settings().marts
version = data.mart_version(marts, "leaderboard", "leaderboard_history")

st.title("Leaderboard")
st.caption("Scores 0-100 with 95 % intervals; a rank range is every rank the intervals allow.")

view_0 = data.leaderboard(marts, lb.LeaderboardFilters(), version)
if view_0 is None:
    st.info(
        "No leaderboard has been published yet. Run `make demo` (or `aibaas materialize`) to score the "
        "models and publish the leaderboard marts, then reload this page.",
        icon=":material/info:",
    )
    st.stop()

from_link, problems = lb.filters_from_query_params(st.query_params.to_dict())
for problem in problems:
    st.warning(problem, icon=":material/link_off:")
for name, value in asdict(from_link).items():
    st.session_state.setdefault(KEY + name, value)


def _label(value: str) -> str:
    return "All" if value == lb.ALL else value.capitalize()


columns = st.columns([1, 1, 1, 1, 2])
for column, (name, choices) in zip(columns, lb.DIMENSIONS.items(), strict=False):
    column.selectbox(name.capitalize(), (lb.ALL, *choices), key=KEY + name, format_func=_label)
columns[3].selectbox(
    "Time window",
    tuple(lb.WINDOWS),
    key=KEY + "window",
    format_func=lambda w: "All time" if w == "all" else w,
)
columns[4].text_input("Search model or provider", key=KEY + "search", placeholder="e.g. anthropic")

filters = lb.LeaderboardFilters(**{name: st.session_state[KEY + name] for name in asdict(from_link)})
st.query_params.from_dict(filters.to_query_params())

view = data.leaderboard(marts, filters, version)
assert view is not None
table = view.table
st.caption(f"{table.height} models · {view.method} · {view.period}")
if table.is_empty():
    st.info("No model matches these filters; clear the search or widen the time window.")
else:
    shown = table.with_columns(
        rank_range=pl.format("{}–{}", "rank_low", "rank_high"),
        interval=pl.format("{} – {}", pl.col("ci_low").round(1), pl.col("ci_high").round(1)),
        pass_at_1=pl.col("pass_at_1") * 100,
    ).select(
        "rank",
        "rank_range",
        "model",
        "provider",
        "score",
        "interval",
        "pass_at_1",
        "cost_per_solved_usd",
        "latency_per_solved_s",
        "n_tasks",
    )
    st.dataframe(
        shown,
        hide_index=True,
        width="stretch",
        column_config={
            "rank": st.column_config.NumberColumn("Rank", width="small"),
            "rank_range": st.column_config.TextColumn("Rank range", width="small"),
            "model": st.column_config.TextColumn("Model"),
            "provider": st.column_config.TextColumn("Provider"),
            "score": st.column_config.ProgressColumn("Score", format="%.1f", min_value=0, max_value=100),
            "interval": st.column_config.TextColumn("95 % interval"),
            "pass_at_1": st.column_config.NumberColumn("pass@1 %", format="%.1f"),
            "cost_per_solved_usd": st.column_config.NumberColumn("$ per solved task", format="$%.4f"),
            "latency_per_solved_s": st.column_config.NumberColumn("s per solved task", format="%.1f"),
            "n_tasks": st.column_config.NumberColumn("Tasks"),
        },
    )

stem = "aibaas-leaderboard" + "".join(f"-{v}" for v in filters.to_query_params().values() if v)
left, right, share = st.columns([1, 1, 3])
left.download_button(
    "Download CSV", lb.export_csv(table), file_name=f"{stem}.csv", mime="text/csv", icon=":material/download:"
)
right.download_button(
    "Download JSON",
    lb.export_json(table),
    file_name=f"{stem}.json",
    mime="application/json",
    icon=":material/download:",
)
query = urlencode(filters.to_query_params())
share.caption("Share this view: the page's address keeps the filters" + (f" (`?{query}`)." if query else "."))

st.subheader("Models × languages")
if not table.is_empty():
    top = (
        table.height
        if table.height <= 5
        else st.slider("Models in the heat map", 5, min(100, table.height), min(25, table.height))
    )
    models = tuple(table["model"].head(top).to_list())
    matrix = data.heatmap(marts, filters, models, version)
    languages = [c for c in matrix.columns if c != "model"]
    figure = px.imshow(
        matrix.select(languages).to_numpy(),
        x=languages,
        y=matrix["model"].to_list(),
        zmin=0,
        zmax=100,
        color_continuous_scale="RdYlGn",
        aspect="auto",
        labels={"color": "score"},
    )
    figure.update_layout(height=max(320, 22 * len(models)), margin={"l": 0, "r": 0, "t": 10, "b": 0})
    st.plotly_chart(figure, width="stretch")
