"""Task bank browser (maintainers): search and filter, task detail, QA status and workflow actions.

The public part of a task is shown to every maintainer; the private part (hidden tests, reference
solution) only on request, and each request is written to the audit log first.
"""

import polars as pl
import streamlit as st

from aibaas.auth import AuthError
from aibaas.services import taskqa
from app import data
from app.viewer import require_viewer, sessions

KEY = "taskbank."

viewer = require_viewer(staff=True)
settings = data.settings()
index, problems = data.task_index(settings.taskbank_dir)
quality = data.task_quality(settings.marts, data.mart_version(settings.marts, "task_quality"))

st.title("Task bank")
if problems:
    with st.expander(f"{len(problems)} task file(s) do not validate", icon=":material/error:"):
        st.text("\n".join(problems[:50]))
if index.is_empty():
    st.info(
        f"No valid task files under {settings.taskbank_dir / 'tasks'}. Build the bank with "
        "`aibaas taskbank build` (or `make demo`), then reload this page.",
        icon=":material/info:",
    )
    st.stop()

cols = st.columns([1, 1, 1, 2])
languages = cols[0].multiselect("Language", sorted(index["language"].unique()), key=KEY + "language")
scenarios = cols[1].multiselect("Scenario", sorted(index["scenario"].unique()), key=KEY + "scenario")
levels = cols[2].multiselect("Difficulty", sorted(index["difficulty"].unique()), key=KEY + "difficulty")
search = cols[3].text_input("Search id, title or family", key=KEY + "search").strip().lower()

shown = index.join(quality.drop("language", "scenario", "difficulty"), on="task_id", how="left")
for column, chosen in (("language", languages), ("scenario", scenarios), ("difficulty", levels)):
    if chosen:
        shown = shown.filter(pl.col(column).is_in(chosen))
if search:
    text = pl.concat_str("task_id", "title", "family", separator=" ").str.to_lowercase()
    shown = shown.filter(text.str.contains(search, literal=True))
st.caption(f"{shown.height} of {index.height} tasks")
st.dataframe(shown.drop("path", "version"), hide_index=True, width="stretch")
if shown.is_empty():
    st.stop()

task_id = st.selectbox("Task", shown["task_id"].to_list(), key=KEY + "task")
row = shown.filter(pl.col("task_id") == task_id).row(0, named=True)
task = data.task_spec(row["path"])
st.subheader(task.title)
status = taskqa.qa_status(sessions(), task)
st.caption(
    f"{task.id} · version {task.version} · {task.language} · {task.scenario} · {task.difficulty} · "
    f"QA: **{status}**"
)
if row.get("flagged"):
    st.warning(f"Quality flag: {row['flag_reason']}", icon=":material/flag:")

actions = st.columns(len(taskqa.TRANSITIONS[status]) or 1)
for slot, target in zip(actions, taskqa.TRANSITIONS[status], strict=False):
    if slot.button(f"Move to {target.replace('_', ' ')}", key=f"{KEY}to_{target}"):
        try:
            taskqa.change_status(sessions(), viewer.user_id, task, target)
            st.rerun()
        except AuthError as exc:
            st.error(str(exc))

st.markdown(task.prompt)
signature = task.public.signature
params = ", ".join(f"{p.name}: {p.type}" for p in signature.params)
st.code(f"{signature.name}({params}) -> {signature.returns}", language="text")
st.code(task.public.stub, language=task.language.value)
st.markdown("**Public examples**")
st.json([case.model_dump(mode="json") for case in task.public.examples], expanded=False)

if st.button("Show private part (logged)", key=KEY + "private", icon=":material/visibility:"):
    taskqa.record_private_view(sessions(), viewer.user_id, task)
    st.session_state[KEY + "private_for"] = task.version
if st.session_state.get(KEY + "private_for") == task.version:
    st.markdown("**Reference solution**")
    st.code(task.private.reference_solution, language=task.language.value)
    st.markdown("**Hidden tests**")
    st.json([case.model_dump(mode="json") for case in task.private.hidden_tests], expanded=False)
