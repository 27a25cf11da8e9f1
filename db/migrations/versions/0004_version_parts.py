"""published versions in parts: Home's index and each bureau

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 17:40:00

A visitor's kiosk reads Home's index (`home`) and a bureau's panel (`bureau/<slug>`) from
`version_parts` instead of parsing the whole document (`kiosk.content.home_index`). Every kept
version is split here; `kiosk.store.versions.add_version` splits each new one.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from kiosk.content.home_index import split_document

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    parts = op.create_table(
        "version_parts",
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("part", sa.String(length=96), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["version_id"], ["published_versions.id"],
            name=op.f("fk_version_parts_version_id_published_versions"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("version_id", "part", name=op.f("pk_version_parts")),
    )
    connection = op.get_bind()
    ids = connection.execute(sa.text("SELECT id FROM published_versions ORDER BY id")).scalars().all()
    for version_id in ids:  # one document in memory at a time
        document = connection.execute(
            sa.text("SELECT document FROM published_versions WHERE id = :id"), {"id": version_id}
        ).scalar_one()
        rows = [
            {"version_id": version_id, "part": name, "document": text}
            for name, text in split_document(document).items()
        ]
        connection.execute(parts.insert(), rows)


def downgrade() -> None:
    op.drop_table("version_parts")
