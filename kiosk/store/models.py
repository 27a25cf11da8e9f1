"""SQLAlchemy 2.x models of the exhibition.

Every visitor-facing text is a row of `texts` (Chinese, English, origin), referenced by
id: one place to edit, translate, search or audit a text, whatever it belongs to.
Photo bytes live in `media_blobs`, addressed by SHA-256, so one transaction covers text
and pictures and one online backup covers everything.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so batch migrations on SQLite can find them again.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def _now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def text_ref(*, nullable: bool = False) -> Mapped[int]:
    """A column pointing at a row of `texts`."""
    return mapped_column(ForeignKey("texts.id", ondelete="RESTRICT"), nullable=nullable)


class TextRow(Base):
    __tablename__ = "texts"

    id: Mapped[int] = mapped_column(primary_key=True)
    zh: Mapped[str] = mapped_column(Text)
    en: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[str] = mapped_column(String(16), default="exhibition")  # article | exhibition


class ExhibitionRow(Base):
    __tablename__ = "exhibitions"

    id: Mapped[int] = mapped_column(primary_key=True)
    title_id: Mapped[int] = text_ref()
    programme_id: Mapped[int] = text_ref()
    theme_id: Mapped[int] = text_ref()
    introduction_id: Mapped[int] = text_ref()
    reporter_id: Mapped[int] = text_ref()
    source_id: Mapped[int] = text_ref()
    editor_id: Mapped[int] = text_ref()
    reprint_statement_id: Mapped[int] = text_ref()
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, onupdate=_now)
    # The draft: these rows are what the editor edits. The published version it was started
    # from (None before the first publish): a publish from a draft whose base is no longer
    # live would overwrite a newer publish, and is refused unless the editor says so.
    base_version_id: Mapped[int | None] = mapped_column(Integer)


class SectionRow(Base):
    __tablename__ = "sections"

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    title_id: Mapped[int] = text_ref()
    lead_id: Mapped[int] = text_ref()
    body_id: Mapped[int] = text_ref()
    bureau_slugs: Mapped[list[str]] = mapped_column(JSON, default=list)
    figure_keys: Mapped[list[str]] = mapped_column(JSON, default=list)


class BureauRow(Base):
    __tablename__ = "bureaus"

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id", ondelete="CASCADE"))
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # province | city | prefecture
    position: Mapped[int] = mapped_column(Integer)
    colour: Mapped[str] = mapped_column(String(7))
    name_id: Mapped[int] = text_ref()
    city_id: Mapped[int] = text_ref()
    brand_name_id: Mapped[int | None] = text_ref(nullable=True)
    brand_slogan_id: Mapped[int | None] = text_ref(nullable=True)
    brand_concept_id: Mapped[int | None] = text_ref(nullable=True)
    focus_id: Mapped[int] = text_ref()
    summary_id: Mapped[int] = text_ref()
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class StoryRow(Base):
    __tablename__ = "stories"

    id: Mapped[int] = mapped_column(primary_key=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    title_id: Mapped[int] = text_ref()
    summary_id: Mapped[int] = text_ref()
    body_id: Mapped[int] = text_ref()
    source_id: Mapped[int] = text_ref()
    credit_id: Mapped[int | None] = text_ref(nullable=True)
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class MediaBlobRow(Base):
    """Encoded image bytes, addressed by their SHA-256."""

    __tablename__ = "media_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    mime: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class PhotoRow(Base):
    """A photo of a bureau (its cover or gallery) or of a story."""

    __tablename__ = "photos"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    bureau_id: Mapped[int] = mapped_column(ForeignKey("bureaus.id", ondelete="CASCADE"))
    story_id: Mapped[int | None] = mapped_column(ForeignKey("stories.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(16))  # cover | gallery | story
    position: Mapped[int] = mapped_column(Integer)
    caption_id: Mapped[int] = text_ref()
    credit_id: Mapped[int | None] = text_ref(nullable=True)
    is_placeholder: Mapped[bool] = mapped_column(Boolean, default=False)


class RenditionRow(Base):
    __tablename__ = "renditions"
    __table_args__ = (UniqueConstraint("photo_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    photo_id: Mapped[int] = mapped_column(ForeignKey("photos.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # display | thumb
    sha256: Mapped[str] = mapped_column(ForeignKey("media_blobs.sha256", ondelete="RESTRICT"))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)


class FigureRow(Base):
    __tablename__ = "figures"

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    label_id: Mapped[int] = text_ref()
    value: Mapped[str] = mapped_column(String(32))  # as printed: "91.3"
    unit_id: Mapped[int] = text_ref()
    qualifier_id: Mapped[int | None] = text_ref(nullable=True)
    year: Mapped[int | None] = mapped_column(Integer)
    bureau_id: Mapped[int | None] = mapped_column(ForeignKey("bureaus.id", ondelete="SET NULL"))


class TimelineEventRow(Base):
    __tablename__ = "timeline_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    exhibition_id: Mapped[int] = mapped_column(ForeignKey("exhibitions.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)  # None: the article gives no date
    title_id: Mapped[int] = text_ref()
    text_id: Mapped[int] = text_ref()
    bureau_id: Mapped[int | None] = mapped_column(ForeignKey("bureaus.id", ondelete="SET NULL"))


class GlossaryTermRow(Base):
    __tablename__ = "glossary_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    zh: Mapped[str] = mapped_column(Text)
    en: Mapped[str] = mapped_column(Text)


class AdminSecretRow(Base):
    """The admin PIN (its scrypt hash only, never the PIN) and the lock-out state: one row."""

    __tablename__ = "admin_secrets"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    pin_hash: Mapped[str] = mapped_column(Text)  # "scrypt$n$r$p$salt_b64$key_b64"
    set_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)  # since the last entry or lock
    locked_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    lockouts: Mapped[int] = mapped_column(Integer, default=0)  # in a row; sets the next delay


class AuditLogRow(Base):
    """One admin event: an entry, a failure, a lock-out, an edit, a publish … Never a secret."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now, index=True)  # UTC
    origin: Mapped[str] = mapped_column(String(16))  # kiosk | laptop | cli | …
    action: Mapped[str] = mapped_column(String(32))  # admin.enter | admin.fail | edit | publish | …
    target: Mapped[str] = mapped_column(Text, default="")  # e.g. bureau:huaihua
    field: Mapped[str] = mapped_column(Text, default="")
    old: Mapped[str] = mapped_column(Text, default="")
    new: Mapped[str] = mapped_column(Text, default="")


class PublishedVersionRow(Base):
    """One published exhibition, whole and immutable: the newest (highest id) is live.

    `document` is the canonical JSON text of the content package's `content.json` form
    (`kiosk.content.serialization`); its photos' bytes are in `media_blobs`, shared by every
    version that names them (`version_media` keeps them there).
    """

    __tablename__ = "published_versions"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused: a pruned id stays gone

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)  # UTC
    origin: Mapped[str] = mapped_column(String(16))  # seed | kiosk | laptop | cli | import | restore …
    summary: Mapped[str] = mapped_column(Text, default="")  # one line: what changed
    document: Mapped[str] = mapped_column(Text)
    restored_from: Mapped[int | None] = mapped_column(Integer)  # a version id, maybe pruned since


class VersionPartRow(Base):
    """A published version in the parts a visitor's kiosk reads (`kiosk.content.home_index`):
    `home` (Home's index) and `bureau/<slug>` (one bureau whole), each a JSON document derived
    from the version's `document` when it was stored."""

    __tablename__ = "version_parts"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("published_versions.id", ondelete="CASCADE"), primary_key=True
    )
    part: Mapped[str] = mapped_column(String(96), primary_key=True)
    document: Mapped[str] = mapped_column(Text)


class VersionMediaRow(Base):
    """A blob a published version names: it cannot be deleted while the version exists."""

    __tablename__ = "version_media"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("published_versions.id", ondelete="CASCADE"), primary_key=True
    )
    sha256: Mapped[str] = mapped_column(
        ForeignKey("media_blobs.sha256", ondelete="RESTRICT"), primary_key=True, index=True
    )


class TrashItemRow(Base):
    """A bureau, story, photo, figure or timeline event removed from the draft, restorable."""

    __tablename__ = "trash"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # bureau | story | photo | figure | timeline
    key: Mapped[str] = mapped_column(String(64))  # its slug or key when it was removed
    label: Mapped[str] = mapped_column(Text)  # what the editor recognises it by (Chinese)
    place: Mapped[dict] = mapped_column(JSON)  # where it was: bureau, story, role, position …
    document: Mapped[str] = mapped_column(Text)  # the item in content.json form
    removed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=_now)  # UTC
    origin: Mapped[str] = mapped_column(String(16))


class TrashMediaRow(Base):
    """A blob a trashed photo names: it stays while the item can be restored."""

    __tablename__ = "trash_media"

    trash_id: Mapped[int] = mapped_column(ForeignKey("trash.id", ondelete="CASCADE"), primary_key=True)
    sha256: Mapped[str] = mapped_column(
        ForeignKey("media_blobs.sha256", ondelete="RESTRICT"), primary_key=True, index=True
    )
