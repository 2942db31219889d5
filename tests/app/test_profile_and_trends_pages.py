"""Model profile and trends pages, on empty and demo data."""

from __future__ import annotations

import pytest

from tests.app.conftest import open_page


@pytest.mark.parametrize("page", ["model_profile.py", "trends.py"])
def test_empty_data_says_what_to_run(app_settings, page) -> None:
    at = open_page(page)
    assert not at.exception
    assert "make demo" in at.info[0].value


def test_profile_shows_breakdown_history_and_only_public_examples(demo_settings, demo_frames) -> None:
    at = open_page("model_profile.py")
    assert not at.exception
    top = at.selectbox(key="profile.model").value
    assert at.query_params["model"] == top
    assert at.metric[0].label == "Score"
    expanders = [e.label for e in at.expander]
    public = demo_frames["model_examples"].filter(model=top, is_public=True)["task_id"].to_list()
    private = demo_frames["model_examples"].filter(model=top, is_public=False)["task_id"].to_list()
    assert public and private
    assert all(any(t in label for label in expanders) for t in public)
    assert not any(t in label for t in private for label in expanders)
    assert len(at.get("plotly_chart")) == 3


def test_profile_follows_the_model_in_the_link(demo_settings, demo_frames) -> None:
    last = demo_frames["leaderboard"].filter(slice="overall").sort("rank")["model"][-1]
    at = open_page("model_profile.py", query={"model": last})
    assert at.selectbox(key="profile.model").value == last
    at = open_page("model_profile.py", query={"model": "nobody/none"})
    assert "not on the leaderboard" in at.warning[0].value


def test_trends_compare_models_with_significance(demo_settings) -> None:
    at = open_page("trends.py")
    assert not at.exception
    pairs = at.dataframe[1].value
    assert len(pairs) == 3
    assert {"difference", "p_holm", "significant"} <= set(pairs.columns)
    at.multiselect(key="trends.models").set_value(at.multiselect(key="trends.models").value[:1]).run()
    assert len(at.dataframe) == 1
    at.multiselect(key="trends.models").set_value([]).run()
    assert "Choose at least one model" in at.info[0].value
