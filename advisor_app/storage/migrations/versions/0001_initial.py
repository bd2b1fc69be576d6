"""Initial schema of the profile database: every entity of the balance document.

Revision ID: 0001
Revises:
Create Date: 2026-11-27 01:04:29.362345

Runs on users' SQLite databases with foreign keys OFF (advisor_app.storage.migrate): use
``op.batch_alter_table`` for any change to an existing table, and never import advisor_app here,
so this script keeps working when the models change.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table(
        "participant",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("first_name", sa.String(), nullable=False),
        sa.Column("last_name", sa.String(), nullable=False),
        sa.Column("pesel", sa.String(), nullable=True),
        sa.Column("id_document_kind", sa.String(), nullable=True),
        sa.Column("id_document_number", sa.String(), nullable=True),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("sex", sa.String(), nullable=True),
        sa.Column("gmina", sa.String(), nullable=False),
        sa.Column("powiat", sa.String(), nullable=False),
        sa.Column("locality", sa.String(), nullable=False),
        sa.Column("phone", sa.String(), nullable=True),
        sa.Column("email", sa.String(), nullable=True),
        sa.Column("education_level", sa.String(), nullable=False),
        sa.Column("labour_market_status", sa.String(), nullable=False),
        sa.Column("citizenship", sa.String(), nullable=False),
        sa.Column("residence_basis", sa.String(), nullable=True),
        sa.Column("disability", sa.Boolean(), nullable=True),
        sa.Column("disability_document", sa.String(), nullable=True),
        sa.Column("communication_language", sa.String(), nullable=False),
        sa.Column("accessibility_needs", sa.Text(), nullable=False),
        sa.Column("intake_channel", sa.String(), nullable=True),
        sa.Column("participation_start", sa.Date(), nullable=True),
        sa.Column("search_text", sa.String(), nullable=False),
        sa.Column("sort_name", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participant")),
    )
    op.create_index(
        op.f("ix_participant_sort_name_search_text"),
        "participant",
        ["sort_name", "search_text"],
        unique=False,
    )

    op.create_table(
        "profile_meta",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_profile_meta")),
    )
    op.create_table(
        "balance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("participant_id", sa.String(length=36), nullable=False),
        sa.Column("revision_id", sa.String(length=36), nullable=False),
        sa.Column("base_revision_id", sa.String(length=36), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("variant", sa.String(), nullable=False),
        sa.Column("project_code", sa.String(), nullable=False),
        sa.Column("support_id", sa.String(), nullable=True),
        sa.Column("advisor_id", sa.String(length=36), nullable=False),
        sa.Column("advisor_name", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawal_reason", sa.String(), nullable=True),
        sa.Column("starting_situation", sa.Text(), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("initial_goal", sa.Text(), nullable=False),
        sa.Column("goal_type", sa.String(), nullable=True),
        sa.Column("target_qualification_ref", sa.String(), nullable=True),
        sa.Column("planned_meetings", sa.Integer(), nullable=True),
        sa.Column("constraints", sa.Text(), nullable=False),
        sa.Column("contract_informed_purpose", sa.Boolean(), nullable=False),
        sa.Column("contract_informed_course", sa.Boolean(), nullable=False),
        sa.Column("contract_informed_effort", sa.Boolean(), nullable=False),
        sa.Column("contract_informed_duration", sa.Boolean(), nullable=False),
        sa.Column("contract_informed_meetings", sa.Boolean(), nullable=False),
        sa.Column("contract_voluntary", sa.Boolean(), nullable=False),
        sa.Column("contract_confidentiality", sa.Boolean(), nullable=False),
        sa.Column("contract_data_processing", sa.Boolean(), nullable=False),
        sa.Column("current_stage", sa.String(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"],
            ["participant.id"],
            name=op.f("fk_balance_participant_id_participant"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_balance")),
        sa.UniqueConstraint("revision_id", name=op.f("uq_balance_revision_id")),
    )
    op.create_index(op.f("ix_balance_participant_id"), "balance", ["participant_id"], unique=False)

    op.create_table(
        "audit_event",
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("entity", sa.String(), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_audit_event_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("balance_id", "position", name=op.f("pk_audit_event")),
    )
    op.create_table(
        "competence",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("statement", sa.String(), nullable=False),
        sa.Column("catalogue_ref", sa.String(), nullable=True),
        sa.Column("category", sa.String(), nullable=True),
        sa.Column("context", sa.String(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("relevant_to_goal", sa.Boolean(), nullable=False),
        sa.Column("strength", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_competence_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_competence")),
    )
    op.create_index(op.f("ix_competence_balance_id"), "competence", ["balance_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(), nullable=False),
        sa.Column("legal_basis", sa.String(), nullable=False),
        sa.Column("text_version", sa.String(), nullable=False),
        sa.Column("given_at", sa.DateTime(), nullable=False),
        sa.Column("witnessed_by", sa.String(length=36), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("withdrawn_at", sa.DateTime(), nullable=True),
        sa.Column("withdrawal_effects_done_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_consent_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent")),
    )
    op.create_index(op.f("ix_consent_balance_id"), "consent", ["balance_id"], unique=False)

    op.create_table(
        "development_area",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("gap", sa.String(), nullable=False),
        sa.Column("requirement_source", sa.String(), nullable=True),
        sa.Column("requirement_ref", sa.String(), nullable=True),
        sa.Column("target_competence", sa.String(), nullable=True),
        sa.Column("priority", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_development_area_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_development_area")),
    )
    op.create_index(
        op.f("ix_development_area_balance_id"), "development_area", ["balance_id"], unique=False
    )

    op.create_table(
        "experience",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("start_date", sa.String(), nullable=True),
        sa.Column("end_date", sa.String(), nullable=True),
        sa.Column("ongoing", sa.Boolean(), nullable=False),
        sa.Column("approximate", sa.Boolean(), nullable=False),
        sa.Column("intensity", sa.String(), nullable=True),
        sa.Column("activities", sa.Text(), nullable=False),
        sa.Column("achievements", sa.Text(), nullable=False),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("documents_mentioned", sa.Text(), nullable=False),
        sa.Column("deepen", sa.Boolean(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("abroad_country", sa.String(), nullable=True),
        sa.Column("abroad_original_name", sa.String(), nullable=True),
        sa.Column("abroad_translation", sa.String(), nullable=True),
        sa.Column("abroad_recognition", sa.String(), nullable=True),
        sa.Column("abroad_recognition_authority", sa.String(), nullable=True),
        sa.Column("abroad_recognition_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_experience_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_experience")),
    )
    op.create_index(op.f("ix_experience_balance_id"), "experience", ["balance_id"], unique=False)

    op.create_table(
        "feedback",
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("form", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("training_scope", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_feedback_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("balance_id", name=op.f("pk_feedback")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=True),
        sa.Column("mode", sa.String(), nullable=False),
        sa.Column("place", sa.String(), nullable=False),
        sa.Column("accessible_location", sa.Boolean(), nullable=False),
        sa.Column("stages", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("homework", sa.Text(), nullable=False),
        sa.Column("next_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_meeting_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(op.f("ix_meeting_balance_id"), "meeting", ["balance_id"], unique=False)

    op.create_table(
        "plan",
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("refined_goal", sa.Text(), nullable=False),
        sa.Column("matching_sectors", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_plan_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("balance_id", name=op.f("pk_plan")),
    )
    op.create_table(
        "competence_experience",
        sa.Column("competence_id", sa.String(length=36), nullable=False),
        sa.Column("experience_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_competence_experience_competence_id_competence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["experience_id"],
            ["experience.id"],
            name=op.f("fk_competence_experience_experience_id_experience"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "competence_id", "experience_id", name=op.f("pk_competence_experience")
        ),
    )
    op.create_index(
        op.f("ix_competence_experience_experience_id"),
        "competence_experience",
        ["experience_id"],
        unique=False,
    )

    op.create_table(
        "episode",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("experience_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("situation", sa.Text(), nullable=False),
        sa.Column("task", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("reflection", sa.Text(), nullable=False),
        sa.Column("possible_evidence", sa.Text(), nullable=False),
        sa.Column("advisor_note", sa.Text(), nullable=False),
        sa.Column("discarded", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_episode_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["experience_id"], ["experience.id"], name=op.f("fk_episode_experience_id_experience")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_episode")),
    )
    op.create_index(op.f("ix_episode_balance_id"), "episode", ["balance_id"], unique=False)
    op.create_index(op.f("ix_episode_experience_id"), "episode", ["experience_id"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("date", sa.Date(), nullable=True),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("issuer", sa.String(), nullable=True),
        sa.Column("sighted_only", sa.Boolean(), nullable=False),
        sa.Column("coauthorship", sa.String(), nullable=True),
        sa.Column("consent_id", sa.String(length=36), nullable=True),
        sa.Column("criteria_relevant", sa.String(), nullable=False),
        sa.Column("criteria_authentic", sa.String(), nullable=False),
        sa.Column("criteria_sufficient", sa.String(), nullable=False),
        sa.Column("criteria_current", sa.String(), nullable=False),
        sa.Column("visibility", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["balance.id"],
            name=op.f("fk_evidence_balance_id_balance"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["consent_id"], ["consent.id"], name=op.f("fk_evidence_consent_id_consent")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence")),
    )
    op.create_index(op.f("ix_evidence_balance_id"), "evidence", ["balance_id"], unique=False)
    op.create_index(op.f("ix_evidence_consent_id"), "evidence", ["consent_id"], unique=False)

    op.create_table(
        "plan_action",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("bur_category", sa.String(), nullable=True),
        sa.Column("qualification_ref", sa.String(), nullable=True),
        sa.Column("due", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("estimated_cost_pln", sa.String(), nullable=True),
        sa.Column("vouchers", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["plan.balance_id"],
            name=op.f("fk_plan_action_balance_id_plan"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_action")),
    )
    op.create_index(op.f("ix_plan_action_balance_id"), "plan_action", ["balance_id"], unique=False)

    op.create_table(
        "plan_strength_competence",
        sa.Column("balance_id", sa.String(length=36), nullable=False),
        sa.Column("competence_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["balance_id"],
            ["plan.balance_id"],
            name=op.f("fk_plan_strength_competence_balance_id_plan"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_plan_strength_competence_competence_id_competence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "balance_id", "competence_id", name=op.f("pk_plan_strength_competence")
        ),
    )
    op.create_index(
        op.f("ix_plan_strength_competence_competence_id"),
        "plan_strength_competence",
        ["competence_id"],
        unique=False,
    )

    op.create_table(
        "competence_episode",
        sa.Column("competence_id", sa.String(length=36), nullable=False),
        sa.Column("episode_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_competence_episode_competence_id_competence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["episode_id"],
            ["episode.id"],
            name=op.f("fk_competence_episode_episode_id_episode"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("competence_id", "episode_id", name=op.f("pk_competence_episode")),
    )
    op.create_index(
        op.f("ix_competence_episode_episode_id"), "competence_episode", ["episode_id"], unique=False
    )

    op.create_table(
        "evidence_competence",
        sa.Column("evidence_id", sa.String(length=36), nullable=False),
        sa.Column("competence_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["competence_id"],
            ["competence.id"],
            name=op.f("fk_evidence_competence_competence_id_competence"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_competence_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "evidence_id", "competence_id", name=op.f("pk_evidence_competence")
        ),
    )
    op.create_index(
        op.f("ix_evidence_competence_competence_id"),
        "evidence_competence",
        ["competence_id"],
        unique=False,
    )

    op.create_table(
        "evidence_file",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("evidence_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("media_type", sa.String(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evidence_id"],
            ["evidence.id"],
            name=op.f("fk_evidence_file_evidence_id_evidence"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evidence_file")),
    )
    op.create_index(
        op.f("ix_evidence_file_evidence_id"), "evidence_file", ["evidence_id"], unique=False
    )

    op.create_table(
        "plan_action_area",
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("area_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["action_id"],
            ["plan_action.id"],
            name=op.f("fk_plan_action_area_action_id_plan_action"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["area_id"],
            ["development_area.id"],
            name=op.f("fk_plan_action_area_area_id_development_area"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("action_id", "area_id", name=op.f("pk_plan_action_area")),
    )
    op.create_index(
        op.f("ix_plan_action_area_area_id"), "plan_action_area", ["area_id"], unique=False
    )


def downgrade() -> None:
    """Downgrade schema (drops every table; indexes go with their tables)."""
    op.drop_table("plan_action_area")
    op.drop_table("evidence_file")
    op.drop_table("evidence_competence")
    op.drop_table("competence_episode")
    op.drop_table("plan_strength_competence")
    op.drop_table("plan_action")
    op.drop_table("evidence")
    op.drop_table("episode")
    op.drop_table("competence_experience")
    op.drop_table("plan")
    op.drop_table("meeting")
    op.drop_table("feedback")
    op.drop_table("experience")
    op.drop_table("development_area")
    op.drop_table("consent")
    op.drop_table("competence")
    op.drop_table("audit_event")
    op.drop_table("balance")
    op.drop_table("profile_meta")
    op.drop_table("participant")
