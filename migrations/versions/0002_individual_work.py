"""individual work: clients, work periods, goals, ratings, meetings, reviews; period EUROHIS-8

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 15:44:41.287022
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imported_periods",
        sa.Column("source_id", sa.Uuid(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("exported_on", sa.Date(), nullable=False),
        sa.Column("periods", sa.Integer(), nullable=False),
        sa.Column("source_file", sa.String(length=500), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_periods")),
        sa.UniqueConstraint("source_id", name=op.f("uq_imported_periods_source_id")),
    )
    op.create_table(
        "client",
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("own_worker", sa.String(length=200), nullable=False),
        sa.Column("own_worker_contact", sa.String(length=200), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("consent_coordinator", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_client_participant_id_participant"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client")),
        sa.UniqueConstraint("code", name=op.f("uq_client_code")),
    )
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_client_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "work_period",
        sa.Column("client_id", sa.Uuid(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=True),
        sa.Column("decision_reference", sa.String(length=100), nullable=False),
        sa.Column("decided_until", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("work_phase_date", sa.Date(), nullable=True),
        sa.Column("closing_phase_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "kaynnissa",
                "paattynyt",
                name="period_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column(
            "goals_met",
            sa.Enum(
                "taysin",
                "osittain",
                "ei",
                name="period_goals_met",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column(
            "next_step",
            sa.Enum(
                "kuntouttava_tyotoiminta",
                "tyokokeilu",
                "opiskelu",
                "tyo",
                "jarjesto_vertaistuki",
                "ryhmatoiminta",
                "muu_palvelu",
                "ei_jatkoa",
                "muutti",
                "keskeytyi",
                name="period_next_step",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("next_step_detail", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["client.id"],
            name=op.f("fk_work_period_client_id_client"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_work_period")),
    )
    with op.batch_alter_table("work_period", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_work_period_client_id"), ["client_id"], unique=False)

    op.create_table(
        "period_goal",
        sa.Column("period_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["work_period.id"],
            name=op.f("fk_period_goal_period_id_work_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_goal")),
        sa.UniqueConstraint("period_id", "position", name=op.f("uq_period_goal_period_id")),
    )
    with op.batch_alter_table("period_goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_goal_period_id"), ["period_id"], unique=False)

    op.create_table(
        "period_meeting",
        sa.Column("period_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column(
            "place",
            sa.Enum(
                "toimisto",
                "kotikaynti",
                "eta",
                "asiointi",
                name="meeting_place",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("chapters", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "minutes BETWEEN 0 AND 1440", name=op.f("ck_period_meeting_minutes_range")
        ),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["work_period.id"],
            name=op.f("fk_period_meeting_period_id_work_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_meeting")),
    )
    with op.batch_alter_table("period_meeting", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_period_meeting_period_id"), ["period_id"], unique=False
        )

    op.create_table(
        "period_review",
        sa.Column("period_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["period_id"],
            ["work_period.id"],
            name=op.f("fk_period_review_period_id_work_period"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_period_review")),
    )
    with op.batch_alter_table("period_review", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_period_review_period_id"), ["period_id"], unique=False)

    op.create_table(
        "goal_rating",
        sa.Column("goal_id", sa.Uuid(), nullable=False),
        sa.Column("review_id", sa.Uuid(), nullable=True),
        sa.Column(
            "occasion",
            sa.Enum(
                "alku",
                "arviointi",
                "loppu",
                name="rating_occasion",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("rated_on", sa.Date(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("value BETWEEN 0 AND 10", name=op.f("ck_goal_rating_value_range")),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["period_goal.id"],
            name=op.f("fk_goal_rating_goal_id_period_goal"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["period_review.id"],
            name=op.f("fk_goal_rating_review_id_period_review"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_goal_rating")),
        sa.UniqueConstraint("goal_id", "occasion", "rated_on", name=op.f("uq_goal_rating_goal_id")),
    )
    with op.batch_alter_table("goal_rating", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_rating_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_rating_review_id"), ["review_id"], unique=False)

    with op.batch_alter_table("eurohis_response", schema=None) as batch_op:
        batch_op.add_column(sa.Column("period_id", sa.Uuid(), nullable=True))
        batch_op.alter_column("participant_id", existing_type=sa.Uuid(), nullable=True)
        batch_op.create_index(
            batch_op.f("ix_eurohis_response_period_id"), ["period_id"], unique=False
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_eurohis_response_period_id"), ["period_id", "phase"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_eurohis_response_period_id_work_period"),
            "work_period",
            ["period_id"],
            ["id"],
            ondelete="CASCADE",
        )
        batch_op.create_check_constraint(
            "one_owner", "(participant_id IS NULL) != (period_id IS NULL)"
        )


def downgrade() -> None:
    op.execute("DELETE FROM eurohis_response WHERE period_id IS NOT NULL")
    with op.batch_alter_table("eurohis_response", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_eurohis_response_one_owner"), type_="check")
        batch_op.drop_constraint(
            batch_op.f("fk_eurohis_response_period_id_work_period"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("uq_eurohis_response_period_id"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_eurohis_response_period_id"))
        batch_op.alter_column("participant_id", existing_type=sa.Uuid(), nullable=False)
        batch_op.drop_column("period_id")

    with op.batch_alter_table("goal_rating", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_rating_review_id"))
        batch_op.drop_index(batch_op.f("ix_goal_rating_goal_id"))

    op.drop_table("goal_rating")
    with op.batch_alter_table("period_review", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_review_period_id"))

    op.drop_table("period_review")
    with op.batch_alter_table("period_meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_meeting_period_id"))

    op.drop_table("period_meeting")
    with op.batch_alter_table("period_goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_period_goal_period_id"))

    op.drop_table("period_goal")
    with op.batch_alter_table("work_period", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_work_period_client_id"))

    op.drop_table("work_period")
    with op.batch_alter_table("client", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_client_participant_id"))

    op.drop_table("client")
    op.drop_table("imported_periods")
