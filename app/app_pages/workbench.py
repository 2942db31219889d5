"""Reviewer workbench: the queue of assigned items, the rubric form, batch review, history, accuracy."""

import time

import polars as pl
import streamlit as st

from aibaas.auth import AuthError
from aibaas.judging.rubric import CRITERIA, SCALE_MAX, SCALE_MIN
from aibaas.services import reviews
from app import data
from app.viewer import require_viewer, sessions

KEY = "workbench."
SCALE = tuple(range(SCALE_MIN, SCALE_MAX + 1))

viewer = require_viewer(staff=True)
marts = data.settings().marts
items = data.review_items(marts, data.mart_version(marts, "review_items"))

st.title("Reviewer workbench")
stats = reviews.reviewer_stats(sessions(), viewer.user_id)
cols = st.columns(4)
cols[0].metric("Reviews written", stats.reviews)
cols[1].metric("Agreement with peers", "–" if stats.peer_agreement is None else f"{stats.peer_agreement:.0%}")
cols[2].metric("Gold items", stats.gold_items)
cols[3].metric(
    "Gold accuracy", "–" if stats.gold_exact_agreement is None else f"{stats.gold_exact_agreement:.0%}"
)
st.caption(f"Feedback: {stats.feedback}")

if items.is_empty():
    st.info(
        "No model outputs are waiting for review: the review_items mart is not published. Run `make demo` "
        "(or `aibaas materialize`), then reload this page.",
        icon=":material/info:",
    )
    st.stop()

queue = reviews.reviewer_queue(sessions(), viewer.user_id, items["item_key"].to_list())
single, batch, history = st.tabs([f"Queue ({len(queue)})", "Batch review", "History"])

with single:
    if not queue:
        st.success("Your queue is empty. Thank you!", icon=":material/task_alt:")
    else:
        item = items.filter(pl.col("item_key") == queue[0]).row(0, named=True)
        if st.session_state.get(KEY + "shown") != item["item_key"]:
            st.session_state[KEY + "shown"] = item["item_key"]
            st.session_state[KEY + "since"] = time.monotonic()
        st.caption(f"{item['task_id']} · {item['language']} · {item['scenario']} · the tests are hidden")
        task_col, code_col = st.columns(2)
        task_col.markdown("**Task**")
        task_col.markdown(item["prompt"])
        code_col.markdown("**Answer**")
        code_col.code(item["code"], language=item["language"], line_numbers=True)
        with st.form(KEY + "form", clear_on_submit=True):
            scores = {
                criterion: st.radio(
                    criterion.replace("_", " ").capitalize(),
                    SCALE,
                    index=2,
                    horizontal=True,
                    key=KEY + criterion,
                )
                for criterion in CRITERIA
            }
            comment = st.text_area("Comment", max_chars=2000, key=KEY + "comment")
            if st.form_submit_button("Submit review and next", type="primary"):
                spent = int(time.monotonic() - st.session_state[KEY + "since"])
                try:
                    reviews.submit_review(
                        sessions(), viewer.user_id, item["item_key"], dict(scores), comment, spent
                    )
                    st.session_state[KEY + "last"] = item["item_key"]
                    st.rerun()
                except AuthError as exc:
                    st.error(str(exc))
        if st.session_state.get(KEY + "last"):
            st.caption(f"Saved your review of {st.session_state[KEY + 'last']}.")

with batch:
    st.caption(
        "Tab and arrow keys move between cells; type a score from 1 to 5, then save every row at once."
    )
    if queue:
        sheet = items.filter(pl.col("item_key").is_in(queue)).select("item_key", "model", "task_id", "code")
        sheet = sheet.with_columns(
            *(pl.lit(None, dtype=pl.Int64).alias(c) for c in CRITERIA), comment=pl.lit("")
        )
        edited = st.data_editor(
            sheet,
            hide_index=True,
            disabled=["item_key", "model", "task_id", "code"],
            column_config={
                c: st.column_config.NumberColumn(c, min_value=SCALE_MIN, max_value=SCALE_MAX, step=1)
                for c in CRITERIA
            },
            key=KEY + "sheet",
        )
        if st.button("Save complete rows", key=KEY + "save_batch"):
            rows = pl.from_pandas(edited) if not isinstance(edited, pl.DataFrame) else edited
            complete = rows.drop_nulls(list(CRITERIA))
            for row in complete.iter_rows(named=True):
                reviews.submit_review(
                    sessions(),
                    viewer.user_id,
                    row["item_key"],
                    {c: int(row[c]) for c in CRITERIA},
                    row["comment"] or "",
                )
            st.success(
                f"Saved {complete.height} review(s); rows with a missing score were left in the queue."
            )
            st.rerun()

with history:
    done = reviews.review_history(sessions(), viewer.user_id)
    if not done:
        st.caption("You have not reviewed anything yet.")
    else:
        st.dataframe(
            pl.DataFrame(
                [
                    {
                        "item": r.item_key,
                        **r.scores,
                        "comment": r.comment,
                        "seconds": r.seconds_spent,
                        "at": r.created_at,
                    }
                    for r in done
                ]
            ),
            hide_index=True,
            width="stretch",
        )
