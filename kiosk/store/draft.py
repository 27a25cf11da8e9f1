"""Texts of the draft by field path, and the trash's rows.

A field path names one visitor-facing text the way the editor's screens do:
`exhibition.title`, `credits.editor`, `sections.<key>.lead`, `bureaus.<slug>.brand.slogan`,
`stories.<key>.body`, `photos.<key>.caption`, `figures.<key>.unit`, `timeline.<key>.text`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from kiosk.content.types import LocalizedText, TextOrigin
from kiosk.store.audit import as_utc
from kiosk.store.models import (
    Base,
    BureauRow,
    ExhibitionRow,
    FigureRow,
    PhotoRow,
    SectionRow,
    StoryRow,
    TextRow,
    TimelineEventRow,
    TrashItemRow,
    TrashMediaRow,
)

# collection → (row type, key column, {field: (text column, required)})
_REQUIRED, _OPTIONAL = True, False
TEXT_FIELDS: dict[str, tuple[type[Base], str, dict[str, tuple[str, bool]]]] = {
    "exhibition": (ExhibitionRow, "", {
        "title": ("title_id", _REQUIRED), "programme": ("programme_id", _REQUIRED),
        "theme": ("theme_id", _REQUIRED), "introduction": ("introduction_id", _REQUIRED),
    }),
    "credits": (ExhibitionRow, "", {
        "reporter": ("reporter_id", _REQUIRED), "source": ("source_id", _REQUIRED),
        "editor": ("editor_id", _REQUIRED), "reprint_statement": ("reprint_statement_id", _REQUIRED),
    }),
    "sections": (SectionRow, "key", {
        "title": ("title_id", _REQUIRED), "lead": ("lead_id", _REQUIRED), "body": ("body_id", _REQUIRED),
    }),
    "bureaus": (BureauRow, "slug", {
        "name": ("name_id", _REQUIRED), "city": ("city_id", _REQUIRED), "focus": ("focus_id", _REQUIRED),
        "summary": ("summary_id", _REQUIRED), "brand.name": ("brand_name_id", _OPTIONAL),
        "brand.slogan": ("brand_slogan_id", _OPTIONAL), "brand.concept": ("brand_concept_id", _OPTIONAL),
    }),
    "stories": (StoryRow, "key", {
        "title": ("title_id", _REQUIRED), "summary": ("summary_id", _REQUIRED),
        "body": ("body_id", _REQUIRED), "source": ("source_id", _REQUIRED),
        "credit": ("credit_id", _OPTIONAL),
    }),
    "photos": (PhotoRow, "key", {"caption": ("caption_id", _REQUIRED), "credit": ("credit_id", _OPTIONAL)}),
    "figures": (FigureRow, "key", {
        "label": ("label_id", _REQUIRED), "unit": ("unit_id", _REQUIRED),
        "qualifier": ("qualifier_id", _OPTIONAL),
    }),
    "timeline": (TimelineEventRow, "key", {"title": ("title_id", _REQUIRED), "text": ("text_id", _REQUIRED)}),
}


class UnknownFieldError(KeyError):
    """A field path that names no text of the draft."""

    def __str__(self) -> str:
        return str(self.args[0])


@dataclass(frozen=True, slots=True)
class TextField:
    """Where one text of the draft is: its owner row and the column pointing at the text."""

    path: str
    row: Base
    column: str
    required: bool


def text_field(session: Session, path: str) -> TextField:
    """Resolve a field path; raises `UnknownFieldError` naming what is not there."""
    collection, _, rest = path.partition(".")
    if collection not in TEXT_FIELDS:
        raise UnknownFieldError(f"no texts called {collection!r}")
    model, key_column, fields = TEXT_FIELDS[collection]
    if key_column:
        key, _, name = rest.partition(".")
        row = session.scalars(select(model).where(getattr(model, key_column) == key)).one_or_none()
        if row is None:
            noun = "milestone" if collection == "timeline" else collection[:-1].replace("storie", "story")
            raise UnknownFieldError(f"there is no {noun} {key!r} in the draft")
    else:
        name = rest
        row = session.scalars(select(model).order_by(model.id).limit(1)).one_or_none()
        if row is None:
            raise UnknownFieldError("there is no exhibition in the draft")
    if name not in fields:
        raise UnknownFieldError(f"{path}: no such text (there are {', '.join(fields)})")
    column, required = fields[name]
    return TextField(path=path, row=row, column=column, required=required)


def read_text(session: Session, field: TextField) -> LocalizedText | None:
    text_id = getattr(field.row, field.column)
    if text_id is None:
        return None
    row = session.get(TextRow, text_id)
    return LocalizedText(zh=row.zh, en=row.en, origin=TextOrigin(row.origin))


def write_text(session: Session, field: TextField, value: LocalizedText | None) -> None:
    """Set the text (None clears an optional one)."""
    text_id = getattr(field.row, field.column)
    if value is None:
        if text_id is not None:
            setattr(field.row, field.column, None)
            session.flush()
            session.execute(delete(TextRow).where(TextRow.id == text_id))
        return
    if text_id is None:
        row = TextRow(zh=value.zh, en=value.en, origin=value.origin.value)
        session.add(row)
        session.flush()
        setattr(field.row, field.column, row.id)
    else:
        row = session.get(TextRow, text_id)
        row.zh, row.en, row.origin = value.zh, value.en, value.origin.value
    session.flush()


# --- the trash -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TrashRecord:
    id: int
    kind: str  # bureau | story | photo | figure | timeline
    key: str
    label: str
    place: dict
    document: str
    removed_at: datetime  # UTC
    origin: str


def add_to_trash(
    session: Session, *, kind: str, key: str, label: str, place: dict, document: str, media: set[str],
    origin: str,
) -> int:
    row = TrashItemRow(kind=kind, key=key, label=label, place=place, document=document, origin=origin)
    session.add(row)
    session.flush()
    if media:
        session.execute(insert(TrashMediaRow), [{"trash_id": row.id, "sha256": sha} for sha in sorted(media)])
    return row.id


def _record(row: TrashItemRow) -> TrashRecord:
    return TrashRecord(
        row.id, row.kind, row.key, row.label, dict(row.place), row.document, as_utc(row.removed_at),
        row.origin,
    )


def trash_items(session: Session) -> list[TrashRecord]:
    """Everything in the trash, the most recently removed first."""
    return [_record(r) for r in session.scalars(select(TrashItemRow).order_by(TrashItemRow.id.desc()))]


def trash_item(session: Session, item_id: int) -> TrashRecord | None:
    row = session.get(TrashItemRow, item_id)
    return _record(row) if row is not None else None


def take_from_trash(session: Session, item_id: int) -> set[str]:
    """Delete a trash item; returns the blobs it pinned (candidates for garbage collection)."""
    media = set(session.scalars(select(TrashMediaRow.sha256).where(TrashMediaRow.trash_id == item_id)))
    session.execute(delete(TrashMediaRow).where(TrashMediaRow.trash_id == item_id))
    session.execute(delete(TrashItemRow).where(TrashItemRow.id == item_id))
    return media
