"""bench: the content-addressed cell cache; run phase, cached cells, resources and error on runs

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 20:28:59.030634
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import aibaas.store.models

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "bench_cells",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("run_uid", sa.String(length=64), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("created_at", aibaas.store.models.UTCDateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "kind in ('generation', 'score', 'reference')", name=op.f("ck_bench_cells_kind_known")
        ),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_bench_cells")),
    )
    with op.batch_alter_table("bench_cells", schema=None) as batch_op:
        batch_op.create_index("ix_bench_cells_kind_created", ["kind", "created_at"], unique=False)

    with op.batch_alter_table("benchmark_runs", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("phase", sa.String(length=16), nullable=False, server_default="planned")
        )
        batch_op.add_column(sa.Column("cells_cached", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("resources", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("error", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("benchmark_runs", schema=None) as batch_op:
        batch_op.drop_column("error")
        batch_op.drop_column("resources")
        batch_op.drop_column("cells_cached")
        batch_op.drop_column("phase")

    with op.batch_alter_table("bench_cells", schema=None) as batch_op:
        batch_op.drop_index("ix_bench_cells_kind_created")

    op.drop_table("bench_cells")
