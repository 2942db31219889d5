"""The judges and leaderboard stages materialize in-process from contract frames and a real database,
publish every mart, and a failing blocking check stops publication."""

from datetime import UTC, datetime
from pathlib import Path

import dagster as dg
import polars as pl
from sqlalchemy.orm import Session

from aibaas.config import load_settings
from aibaas.judging import synthetic as syn
from aibaas.store import make_engine, migrate
from aibaas.store.models import Review, User, Vote
from aibaas.warehouse import read_mart
from assets import judging, leaderboard
from dagster_project.resources import build_resources

WORLD = syn.make_world(6, 84, seed=3)
AUTOMATED = syn.automated_scores(WORLD, runs=2, seed=3)


def _upstream(panel: pl.DataFrame) -> list[dg.AssetsDefinition]:
    @dg.asset(key=["scores", "automated_scores"], group_name="scores")
    def automated_scores() -> pl.DataFrame:
        return AUTOMATED

    @dg.asset(key=["generations", "self_review_responses"], group_name="generations")
    def self_review_responses() -> pl.DataFrame:
        return syn.self_review_responses(AUTOMATED, per_model=20)

    @dg.asset(key=["generations", "panel_responses"], group_name="generations")
    def panel_responses() -> pl.DataFrame:
        return panel

    return [automated_scores, self_review_responses, panel_responses]


def _seed_database(dsn: str) -> None:
    """Staff reviews and a few community votes written as the workbench and voting page would."""
    reviews = syn.staff_reviews(AUTOMATED, items_per_model=6)
    created = datetime(2024, 6, 1, tzinfo=UTC)
    with Session(make_engine(dsn)) as session:
        for user_id in [*range(1, 7), 100, 200, 201]:
            session.add(
                User(
                    id=user_id,
                    email=f"u{user_id}@example.org",
                    display_name=f"u{user_id}",
                    password_hash="x",
                    created_at=created,
                )
            )
        session.flush()
        for (review_id,), rows in reviews.group_by("review_id", maintain_order=True):
            first = rows.row(0, named=True)
            session.add(
                Review(
                    id=review_id,
                    reviewer_id=first["reviewer_id"],
                    item_key=first["item_key"],
                    rubric_scores=dict(zip(rows["criterion"], rows["score"], strict=True)),
                    seconds_spent=120,
                    is_gold=first["is_gold"],
                    created_at=first["created_at"],
                )
            )
        models = WORLD.models
        for number in range(40):
            session.add(
                Vote(
                    voter_id=200 + number % 2,
                    item_key=f"task-{number:05d}",
                    model_a=models[0],
                    model_b=models[1 + number % 5],
                    kind="a_better" if number % 3 else "tie",
                    created_at=datetime(2025, 1, 7 + number % 10, tzinfo=UTC),
                )
            )
        session.commit()


def _materialize(tmp_path: Path, panel: pl.DataFrame) -> dg.ExecuteInProcessResult:
    settings = load_settings(data_dir=tmp_path / "data", bootstrap_rounds=200)
    migrate.upgrade(settings.database_dsn)
    _seed_database(settings.database_dsn)
    return dg.materialize(
        [
            *_upstream(panel),
            *judging.defs.assets,
            *judging.defs.asset_checks,
            *leaderboard.defs.assets,
            *leaderboard.defs.asset_checks,
        ],
        resources=build_resources(settings),
        raise_on_error=False,
    )


def test_pipeline_publishes_every_mart_with_every_model(tmp_path: Path) -> None:
    result = _materialize(tmp_path, syn.panel_responses(AUTOMATED, per_model=20))
    assert result.success
    assert all(check.passed for check in result.get_asset_check_evaluations())
    marts_dir = tmp_path / "data" / "marts"
    board = read_mart(marts_dir, "leaderboard").filter(pl.col("slice") == "overall")
    assert sorted(board["model"].to_list()) == sorted(WORLD.models)
    assert (board["ci_low"] <= board["score"]).all() and (board["score"] <= board["ci_high"]).all()
    # votes compare models 0-5 only in a few pairs; every model still has all other sources
    assert set(board.columns) >= {"rank_low", "rank_high", "score_staff", "weight_panel", "note"}
    for name in (
        "model_profiles",
        "trends",
        "provider_cost",
        "task_quality",
        "judge_reliability",
        "community_ratings",
    ):
        assert read_mart(marts_dir, name).height > 0, name
    assert read_mart(marts_dir, "trends")["regression"].any()


def test_a_disagreeing_panel_blocks_publication(tmp_path: Path) -> None:
    panel = syn.panel_responses(AUTOMATED, per_model=20)
    noise = pl.Series(
        [
            f'{{"correctness": {1 + i % 5}, "readability": {1 + (i * 7) % 5}, "efficiency": 3, '
            f'"security": {1 + (i * 3) % 5}, "test_quality": 2, "confidence": 0.5}}'
            for i in range(panel.height)
        ]
    )
    result = _materialize(tmp_path, panel.with_columns(noise.alias("response")))
    failed = [c for c in result.get_asset_check_evaluations() if not c.passed]
    assert [c.check_name for c in failed] == [judging.CHECK_PANEL_AGREEMENT]
    assert "below 0.667" in failed[0].metadata["problems"].value
    assert not (tmp_path / "data" / "marts" / "leaderboard.parquet").exists()
