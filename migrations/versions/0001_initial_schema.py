"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23 15:13:13.383259
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "audit_event",
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=100), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("details", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_action"), ["action"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_audit_event_group_id"), ["group_id"], unique=False)

    op.create_table(
        "expert",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("field", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_expert")),
    )
    op.create_table(
        "group",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column(
            "mode",
            sa.Enum("lahi", "eta", name="group_mode", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("meeting_link", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("session_minutes", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "suunnitteilla",
                "kaynnissa",
                "paattynyt",
                name="group_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("budget_limit_cents", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("feedback_form", sa.JSON(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group")),
    )
    op.create_table(
        "imported_group",
        sa.Column("source_group_id", sa.Uuid(), nullable=False),
        sa.Column("schema_version", sa.Integer(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("source_file", sa.String(length=500), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_group")),
        sa.UniqueConstraint("source_group_id", name=op.f("uq_imported_group_source_group_id")),
    )
    op.create_table(
        "program_template",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_program_template")),
        sa.UniqueConstraint("name", name=op.f("uq_program_template_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_setting")),
        sa.UniqueConstraint("key", name=op.f("uq_setting_key")),
    )
    op.create_table(
        "budget_category",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_budget_category_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_category")),
    )
    with op.batch_alter_table("budget_category", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_category_group_id"), ["group_id"], unique=False)

    op.create_table(
        "leader",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["group.id"], name=op.f("fk_leader_group_id_group"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_leader")),
    )
    with op.batch_alter_table("leader", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_leader_group_id"), ["group_id"], unique=False)

    op.create_table(
        "participant",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=100), nullable=False),
        sa.Column("own_worker", sa.String(length=200), nullable=False),
        sa.Column("own_worker_contact", sa.String(length=200), nullable=False),
        sa.Column("intake_date", sa.Date(), nullable=True),
        sa.Column("intake_notes", sa.Text(), nullable=False),
        sa.Column("interests", sa.Text(), nullable=False),
        sa.Column("wishes", sa.Text(), nullable=False),
        sa.Column("considerations", sa.Text(), nullable=False),
        sa.Column("consent_coordinator", sa.Boolean(), nullable=False),
        sa.Column("consent_date", sa.Date(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "aktiivinen",
                "jonossa",
                "lopettanut",
                name="participant_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("left_date", sa.Date(), nullable=True),
        sa.Column("left_reason", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_participant_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
        sa.UniqueConstraint("code", name=op.f("uq_participant_code")),
    )
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participant_group_id"), ["group_id"], unique=False)

    op.create_table(
        "session",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=False),
        sa.Column("topic", sa.String(length=200), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("materials", sa.JSON(), nullable=False),
        sa.Column("discussion_questions", sa.JSON(), nullable=False),
        sa.Column("suggested_expert", sa.String(length=200), nullable=False),
        sa.Column("workbook_chapter", sa.String(length=100), nullable=False),
        sa.Column("forms", sa.JSON(), nullable=False),
        sa.Column("template_key", sa.String(length=100), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"], ["group.id"], name=op.f("fk_session_group_id_group"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session")),
    )
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_session_group_id"), ["group_id"], unique=False)

    op.create_table(
        "attendance_mark",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "lasna",
                "poissa",
                "ilmoitettu",
                name="attendance_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_attendance_mark_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_attendance_mark_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_mark")),
        sa.UniqueConstraint(
            "participant_id", "session_id", name=op.f("uq_attendance_mark_participant_id")
        ),
    )
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_mark_participant_id"), ["participant_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_attendance_mark_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "budget_line",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("category_id", sa.Uuid(), nullable=True),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("planned_cents", sa.Integer(), nullable=False),
        sa.Column("actual_cents", sa.Integer(), nullable=True),
        sa.Column("receipt_ref", sa.String(length=200), nullable=False),
        sa.Column("paid_by", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["category_id"],
            ["budget_category.id"],
            name=op.f("fk_budget_line_category_id_budget_category"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_budget_line_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_budget_line_session_id_session"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_line")),
    )
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_budget_line_category_id"), ["category_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_budget_line_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_budget_line_session_id"), ["session_id"], unique=False)

    op.create_table(
        "eurohis_response",
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column(
            "phase",
            sa.Enum(
                "alku", "loppu", name="eurohis_phase", native_enum=False, create_constraint=True
            ),
            nullable=False,
        ),
        sa.Column("filled_on", sa.Date(), nullable=True),
        sa.Column(
            "wording",
            sa.Enum(
                "thl_ath",
                "finmonik",
                name="eurohis_wording",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("q1", sa.Integer(), nullable=True),
        sa.Column("q2", sa.Integer(), nullable=True),
        sa.Column("q3", sa.Integer(), nullable=True),
        sa.Column("q4", sa.Integer(), nullable=True),
        sa.Column("q5", sa.Integer(), nullable=True),
        sa.Column("q6", sa.Integer(), nullable=True),
        sa.Column("q7", sa.Integer(), nullable=True),
        sa.Column("q8", sa.Integer(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "q1 IS NULL OR (q1 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q1_range")
        ),
        sa.CheckConstraint(
            "q2 IS NULL OR (q2 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q2_range")
        ),
        sa.CheckConstraint(
            "q3 IS NULL OR (q3 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q3_range")
        ),
        sa.CheckConstraint(
            "q4 IS NULL OR (q4 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q4_range")
        ),
        sa.CheckConstraint(
            "q5 IS NULL OR (q5 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q5_range")
        ),
        sa.CheckConstraint(
            "q6 IS NULL OR (q6 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q6_range")
        ),
        sa.CheckConstraint(
            "q7 IS NULL OR (q7 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q7_range")
        ),
        sa.CheckConstraint(
            "q8 IS NULL OR (q8 BETWEEN 1 AND 5)", name=op.f("ck_eurohis_response_q8_range")
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_eurohis_response_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_eurohis_response")),
        sa.UniqueConstraint(
            "participant_id", "phase", name=op.f("uq_eurohis_response_participant_id")
        ),
    )
    with op.batch_alter_table("eurohis_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_eurohis_response_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "feedback_response",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column("filled_on", sa.Date(), nullable=True),
        sa.Column("ratings", sa.JSON(), nullable=False),
        sa.Column("open_answers", sa.JSON(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["group.id"],
            name=op.f("fk_feedback_response_group_id_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_feedback_response_participant_id_participant"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feedback_response")),
    )
    with op.batch_alter_table("feedback_response", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_feedback_response_group_id"), ["group_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_feedback_response_participant_id"), ["participant_id"], unique=False
        )

    op.create_table(
        "material_link",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("url", "file", name="material_kind", native_enum=False, create_constraint=True),
            nullable=False,
        ),
        sa.Column("target", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_material_link_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_material_link")),
    )
    with op.batch_alter_table("material_link", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_material_link_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "session_expert",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("expert_id", sa.Uuid(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["expert_id"],
            ["expert.id"],
            name=op.f("fk_session_expert_expert_id_expert"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_session_expert_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_expert")),
        sa.UniqueConstraint("session_id", "expert_id", name=op.f("uq_session_expert_session_id")),
    )
    with op.batch_alter_table("session_expert", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_expert_expert_id"), ["expert_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_session_expert_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "session_part",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "tietoa",
                "keskustelu",
                "tekeminen",
                "kahvi",
                "muu",
                name="part_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["session.id"],
            name=op.f("fk_session_part_session_id_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_part")),
    )
    with op.batch_alter_table("session_part", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_part_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("session_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_part_session_id"))

    op.drop_table("session_part")
    with op.batch_alter_table("session_expert", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_expert_session_id"))
        batch_op.drop_index(batch_op.f("ix_session_expert_expert_id"))

    op.drop_table("session_expert")
    with op.batch_alter_table("material_link", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_material_link_session_id"))

    op.drop_table("material_link")
    with op.batch_alter_table("feedback_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_feedback_response_participant_id"))
        batch_op.drop_index(batch_op.f("ix_feedback_response_group_id"))

    op.drop_table("feedback_response")
    with op.batch_alter_table("eurohis_response", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_eurohis_response_participant_id"))

    op.drop_table("eurohis_response")
    with op.batch_alter_table("budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_line_session_id"))
        batch_op.drop_index(batch_op.f("ix_budget_line_group_id"))
        batch_op.drop_index(batch_op.f("ix_budget_line_category_id"))

    op.drop_table("budget_line")
    with op.batch_alter_table("attendance_mark", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_mark_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_mark_participant_id"))

    op.drop_table("attendance_mark")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_session_group_id"))

    op.drop_table("session")
    with op.batch_alter_table("participant", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participant_group_id"))

    op.drop_table("participant")
    with op.batch_alter_table("leader", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_leader_group_id"))

    op.drop_table("leader")
    with op.batch_alter_table("budget_category", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_category_group_id"))

    op.drop_table("budget_category")
    op.drop_table("setting")
    op.drop_table("program_template")
    op.drop_table("imported_group")
    op.drop_table("group")
    op.drop_table("expert")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_group_id"))
        batch_op.drop_index(batch_op.f("ix_audit_event_at"))
        batch_op.drop_index(batch_op.f("ix_audit_event_action"))

    op.drop_table("audit_event")
