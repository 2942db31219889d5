"""Overview: what the platform holds right now, and what to run next when it holds nothing."""

import streamlit as st

from app.data import load_mart, published_at_text, settings

marts = settings().marts
st.title("AIBaaS")
st.caption("Fair, continuous benchmarks of AI coding models.")

summary = load_mart(marts, "taskbank_summary")
if summary is None or summary.is_empty():
    st.info(
        "Nothing has been published yet. Run `make demo` (or `aibaas materialize`) to build the task "
        "bank index and the marts, then reload this page.",
        icon=":material/info:",
    )
    st.stop()

st.subheader("Task bank")
st.caption(f"Published {published_at_text(marts, 'taskbank_summary')} from the taskbank_summary mart.")
st.metric("Valid task files", int(summary["tasks"].sum()))
st.dataframe(summary, hide_index=True, use_container_width=True)
