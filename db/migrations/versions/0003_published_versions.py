"""published versions, the draft's base and hidden flags, the trash

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-04 12:30:12

Published versions are whole documents (`published_versions.document`); the blobs each names
are pinned in `version_media`, those of trashed photos in `trash_media`. The exhibition's row
tables stay as they are and become the editor's draft. A database with content but no version
yet gets its first version from the draft at the next start (`kiosk.services.seeding`).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "published_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("restored_from", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_versions")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "version_media",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["media_blobs.sha256"],
            name=op.f("fk_version_media_sha256_media_blobs"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["version_id"], ["published_versions.id"],
            name=op.f("fk_version_media_version_id_published_versions"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "sha256", name=op.f("pk_version_media")),
    )
    op.create_index(op.f("ix_version_media_sha256"), "version_media", ["sha256"], unique=False)
    op.create_table(
        "trash",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("place", sa.JSON(), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trash")),
    )
    op.create_table(
        "trash_media",
        sa.Column("trash_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["sha256"], ["media_blobs.sha256"],
            name=op.f("fk_trash_media_sha256_media_blobs"), ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["trash_id"], ["trash.id"], name=op.f("fk_trash_media_trash_id_trash"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("trash_id", "sha256", name=op.f("pk_trash_media")),
    )
    op.create_index(op.f("ix_trash_media_sha256"), "trash_media", ["sha256"], unique=False)
    # Plain ADD COLUMN, never a batch (copy-and-move) alter: on SQLite with foreign keys on,
    # dropping the old copy of `bureaus` cascades to every story and photo of the exhibition.
    op.add_column("bureaus", sa.Column("hidden", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("stories", sa.Column("hidden", sa.Boolean(), server_default=sa.false(), nullable=False))
    op.add_column("exhibitions", sa.Column("base_version_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("exhibitions") as batch_op:
        batch_op.drop_column("base_version_id")
    with op.batch_alter_table("stories") as batch_op:
        batch_op.drop_column("hidden")
    with op.batch_alter_table("bureaus") as batch_op:
        batch_op.drop_column("hidden")
    op.drop_index(op.f("ix_trash_media_sha256"), table_name="trash_media")
    op.drop_table("trash_media")
    op.drop_table("trash")
    op.drop_index(op.f("ix_version_media_sha256"), table_name="version_media")
    op.drop_table("version_media")
    op.drop_table("published_versions")
