"""Model profile: headline numbers, score by judge source, slices, history, strengths, examples."""

import plotly.express as px
import plotly.graph_objects as go
import streamlit as st

from app import data

marts = data.settings().marts
version = data.mart_version(marts, "leaderboard", "score_breakdown", "leaderboard_history", "model_examples")

st.title("Model profile")
models = data.model_names(marts, version)
if not models:
    st.info(
        "No leaderboard has been published yet, so there is no model to profile. Run `make demo` (or "
        "`aibaas materialize`), then reload this page.",
        icon=":material/info:",
    )
    st.stop()

wanted = st.query_params.get("model")
if wanted is not None and wanted not in models:
    st.warning(f"Model {wanted!r} from the link is not on the leaderboard; showing the top model instead.")
model = st.selectbox(
    "Model", models, index=models.index(wanted) if wanted in models else 0, key="profile.model"
)
st.query_params["model"] = model

profile = data.model_profile(marts, model, version)
assert profile is not None, "the model comes from the published leaderboard"
head = profile.headline
cols = st.columns(4)
cols[0].metric(
    "Score", f"{head['score']:.1f}", help=f"95 % interval {head['ci_low']:.1f} – {head['ci_high']:.1f}"
)
cols[1].metric("Rank", f"{head['rank']}", help=f"rank range {head['rank_low']}–{head['rank_high']}")
cols[2].metric("$ per solved task", f"${head['cost_per_solved_usd']:.4f}")
cols[3].metric("s per solved task", f"{head['latency_per_solved_s']:.1f}")
st.caption(f"{head['provider']} · pass@1 {100 * head['pass_at_1']:.1f} % over {head['n_tasks']} tasks")

st.subheader("Score by judge source")
if profile.breakdown.is_empty():
    st.info("No per-source breakdown is published for this model yet (mart score_breakdown).")
else:
    breakdown = profile.breakdown
    figure = go.Figure(
        go.Bar(
            x=breakdown["score"].to_list(),
            y=breakdown["source"].to_list(),
            orientation="h",
            error_x={
                "type": "data",
                "symmetric": False,
                "array": (breakdown["ci_high"] - breakdown["score"]).to_list(),
                "arrayminus": (breakdown["score"] - breakdown["ci_low"]).to_list(),
            },
        )
    )
    figure.update_layout(height=260, margin={"l": 0, "r": 0, "t": 10, "b": 0}, xaxis={"range": [0, 100]})
    st.plotly_chart(figure, width="stretch")
    st.dataframe(breakdown, hide_index=True, width="stretch")

left, right = st.columns(2)
with left:
    st.subheader("Strengths")
    st.dataframe(profile.strengths.select("slice", "slice_value", "score", "gap"), hide_index=True)
with right:
    st.subheader("Weaknesses")
    st.dataframe(profile.weaknesses.select("slice", "slice_value", "score", "gap"), hide_index=True)
st.caption("Gap: points above (or below) the median model in the same language, scenario or difficulty.")

st.subheader("By language, scenario and difficulty")
st.dataframe(profile.slices, hide_index=True, width="stretch")

st.subheader("History")
history = profile.history
if history.is_empty():
    st.info("No history is published for this model yet.")
else:
    trend = px.line(history, x="day", y="score", labels={"day": "week", "score": "score"})
    trend.add_scatter(
        x=history["day"].to_list(),
        y=history["ci_high"].to_list(),
        mode="lines",
        line={"width": 0},
        showlegend=False,
    )
    trend.add_scatter(
        x=history["day"].to_list(),
        y=history["ci_low"].to_list(),
        mode="lines",
        line={"width": 0},
        fill="tonexty",
        showlegend=False,
    )
    trend.update_layout(height=300, margin={"l": 0, "r": 0, "t": 10, "b": 0})
    st.plotly_chart(trend, width="stretch")
    costs = px.line(history, x="day", y=["cost_per_solved_usd", "latency_per_solved_s"], facet_row="variable")
    costs.update_yaxes(matches=None)
    costs.update_layout(height=360, margin={"l": 0, "r": 0, "t": 20, "b": 0}, showlegend=False)
    st.plotly_chart(costs, width="stretch")

st.subheader("Example outputs (public tasks only)")
if profile.examples.is_empty():
    st.info("No example outputs from public tasks are published for this model.")
for example in profile.examples.iter_rows(named=True):
    verdict = "passed" if example["passed"] else "failed"
    with st.expander(f"{example['task_id']} · {example['language']} · {verdict}"):
        st.markdown(example["prompt"])
        st.code(example["output"], language=example["language"])
