"""Community voting: anonymous A/B of two answers, up/down votes with comments, top contributors."""

import random

import polars as pl
import streamlit as st

from aibaas.auth import AuthError
from aibaas.services import votes
from aibaas.views.voting import Pair, draw_pair
from app import data
from app.viewer import require_viewer, sessions

KEY = "voting."
CHOICES = {"a_better": "A is better", "b_better": "B is better", "tie": "Tie", "both_bad": "Both are bad"}

viewer = require_viewer()
marts = data.settings().marts
examples = data.public_examples(marts, data.mart_version(marts, "model_examples"))

st.title("Community voting")
if examples.is_empty():
    st.info(
        "No answers to public tasks are published yet, so there is nothing to vote on. Run `make demo` "
        "(or `aibaas materialize`), then reload this page.",
        icon=":material/info:",
    )
    st.stop()

st.subheader("Which answer is better?")
st.caption("The models stay anonymous until you vote.")
if KEY + "pair" not in st.session_state:
    st.session_state[KEY + "pair"] = draw_pair(examples, random.Random())  # noqa: S311 - not security
pair: Pair | None = st.session_state[KEY + "pair"]
if pair is None:
    st.info("No public task has answers from two models yet; come back after the next benchmark run.")
else:
    st.markdown(pair.prompt)
    left, right = st.columns(2)
    left.markdown("**Answer A**")
    left.code(pair.answer_a, language=pair.language)
    right.markdown("**Answer B**")
    right.code(pair.answer_b, language=pair.language)
    with st.form(KEY + "pairwise"):
        choice = st.radio("Your verdict", tuple(CHOICES), format_func=CHOICES.__getitem__, horizontal=True)
        if st.form_submit_button("Submit vote", type="primary"):
            try:
                votes.cast_pairwise_vote(
                    sessions(), viewer.user_id, pair.task_id, pair.model_a, pair.model_b, str(choice)
                )
                st.session_state[KEY + "revealed"] = pair
            except AuthError as exc:
                st.error(str(exc))
    revealed = st.session_state.get(KEY + "revealed")
    if revealed == pair:
        st.success(f"Thanks! A was {pair.model_a}, B was {pair.model_b}.", icon=":material/how_to_vote:")
    if st.button("Next pair", key=KEY + "next"):
        st.session_state[KEY + "pair"] = draw_pair(examples, random.Random())  # noqa: S311 - not security
        st.rerun()

st.divider()
st.subheader("Rate a single answer")
options = examples.select("model", "task_id").sort("task_id", "model").rows()
picked = st.selectbox("Answer", options, format_func=lambda o: f"{o[1]} · {o[0]}", key=KEY + "answer")
model, task_id = picked or options[0]
answer = examples.filter(pl.col("model") == model, pl.col("task_id") == task_id).row(0, named=True)
st.code(answer["output"], language=answer["language"])
with st.form(KEY + "updown", clear_on_submit=True):
    kind = st.radio(
        "Vote", ("up", "down"), format_func={"up": "👍 Up", "down": "👎 Down"}.__getitem__, horizontal=True
    )
    comment = st.text_area("Comment (optional)", max_chars=2000)
    if st.form_submit_button("Send"):
        try:
            votes.cast_updown_vote(sessions(), viewer.user_id, model, task_id, str(kind), comment)
            st.success("Vote recorded.")
        except AuthError as exc:
            st.error(str(exc))
for note in votes.comments(sessions(), model, task_id, include_hidden=viewer.is_staff):
    with st.container(border=True):
        hidden = " (hidden)" if note.moderation == votes.Moderation.HIDDEN else ""
        st.markdown(f"**{note.author}** · {note.kind}{hidden} · {note.created_at:%Y-%m-%d}")
        st.text(note.text)
        if viewer.is_staff:
            target = votes.Moderation.VISIBLE if hidden else votes.Moderation.HIDDEN
            if st.button(f"{'Restore' if hidden else 'Hide'} comment", key=f"{KEY}mod{note.vote_id}"):
                votes.moderate(sessions(), viewer.user_id, note.vote_id, target.value)
                st.rerun()

st.divider()
st.subheader("Top contributors")
top = votes.contributors(sessions())
if top:
    st.dataframe(
        pl.DataFrame(
            [(c.display_name, c.votes, c.comments) for c in top],
            schema=["contributor", "votes", "comments"],
            orient="row",
        ),
        hide_index=True,
    )
else:
    st.caption("No votes yet: be the first.")
