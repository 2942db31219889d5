"""Trends and comparison: time series for chosen models, significance of differences, export."""

from datetime import timedelta

import plotly.express as px
import streamlit as st

from app import data

PERIODS = {"day": "1d", "week": "1w", "month": "1mo"}
marts = data.settings().marts
version = data.mart_version(marts, "leaderboard", "leaderboard_history")

st.title("Trends and comparison")
models = data.model_names(marts, version)
bounds = data.history_range(marts, version)
if not models or bounds is None:
    st.info(
        "No score history has been published yet. Run `make demo` (or `aibaas materialize`) to publish "
        "the leaderboard marts, then reload this page.",
        icon=":material/info:",
    )
    st.stop()

first, last = bounds
chosen = st.multiselect("Models", models, default=models[:3], key="trends.models", max_selections=8)
left, right = st.columns([3, 1])
picked = left.date_input(
    "Date range",
    value=(max(first, last - timedelta(days=89)), last),
    min_value=first,
    max_value=last,
    key="trends.range",
)
period = right.selectbox("Resolution", tuple(PERIODS), index=1, key="trends.period")

if len(chosen) < 1:
    st.info("Choose at least one model to see its trend, and two or more to compare them.")
    st.stop()
if not isinstance(picked, tuple) or len(picked) != 2:
    st.info("Pick the end of the date range too.")
    st.stop()
start, end = picked
series, summary, pairs = data.trends(marts, tuple(chosen), start, end, PERIODS[period], version)

figure = px.line(series, x="day", y="score", color="model", markers=period != "day")
figure.update_layout(height=420, margin={"l": 0, "r": 0, "t": 10, "b": 0}, yaxis={"title": "score (0-100)"})
st.plotly_chart(figure, width="stretch")
st.download_button(
    "Download series (CSV)", series.write_csv(), file_name="aibaas-trends.csv", mime="text/csv"
)

st.subheader(f"Side by side, {start} to {end}")
st.dataframe(summary, hide_index=True, width="stretch")
if len(chosen) >= 2:
    st.caption(
        "Difference = score of A minus B on the cells both have (same day, language, scenario, difficulty); "
        "paired t-test, Holm-corrected across the pairs shown; significant when p_holm < 0.05."
    )
    st.dataframe(pairs, hide_index=True, width="stretch")
    st.download_button(
        "Download comparison (CSV)", pairs.write_csv(), file_name="aibaas-comparison.csv", mime="text/csv"
    )
