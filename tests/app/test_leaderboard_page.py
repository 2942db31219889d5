"""The public leaderboard page, as a visitor uses it."""

from __future__ import annotations

from tests.app.conftest import TEST_SIZE, open_page


def _models(at) -> list[str]:
    return at.dataframe[0].value["model"].tolist()


def test_empty_data_says_what_to_run(app_settings) -> None:
    at = open_page("leaderboard.py")
    assert not at.exception
    assert "make demo" in at.info[0].value
    assert not at.dataframe


def test_ranks_every_model_with_intervals_and_exports(demo_settings) -> None:
    at = open_page("leaderboard.py")
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == TEST_SIZE.models
    assert table["rank"].tolist() == list(range(1, TEST_SIZE.models + 1))
    assert (table["score"].diff().dropna() <= 0).all()
    assert {"Download CSV", "Download JSON"} <= {b.label for b in at.get("download_button")}
    assert len(at.get("plotly_chart")) == 1


def test_filters_change_the_table_and_the_url(demo_settings) -> None:
    at = open_page("leaderboard.py")
    overall = at.dataframe[0].value
    at.selectbox(key="leaderboard.language").set_value("go").run()
    by_go = at.dataframe[0].value
    assert by_go["score"].tolist() != overall["score"].tolist()
    assert "published leaderboard" in at.caption[1].value
    at.selectbox(key="leaderboard.window").set_value("30d").run()
    assert "recomputed from daily history" in at.caption[1].value
    assert at.query_params == {"language": "go", "window": "30d"}
    at.text_input(key="leaderboard.search").input("anthropic").run()
    providers = set(at.dataframe[0].value["provider"])
    assert providers == {"demo-anthropic"}


def test_shared_link_restores_filters_and_reports_bad_values(demo_settings) -> None:
    at = open_page("leaderboard.py", query={"scenario": "review", "window": "90d", "language": "cobol"})
    assert not at.exception
    assert at.selectbox(key="leaderboard.scenario").value == "review"
    assert at.selectbox(key="leaderboard.window").value == "90d"
    assert at.selectbox(key="leaderboard.language").value == "all"
    assert "language='cobol'" in at.warning[0].value


def test_search_without_match_says_so(demo_settings) -> None:
    at = open_page("leaderboard.py", query={"search": "no-such-model"})
    assert not at.exception
    assert "No model matches" in at.info[0].value
