"""Repository functions: take a Session, return or accept plain `kiosk.content` types."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kiosk.content.types import (
    Brand,
    Bureau,
    BureauKind,
    Credits,
    Exhibition,
    Figure,
    LocalizedText,
    Photo,
    Rendition,
    RenditionKind,
    Section,
    Story,
    TextOrigin,
    TimelineEvent,
)
from kiosk.store.models import (
    BureauRow,
    ExhibitionRow,
    FigureRow,
    GlossaryTermRow,
    MediaBlobRow,
    PhotoRow,
    RenditionRow,
    SectionRow,
    StoryRow,
    TextRow,
    TimelineEventRow,
)


@dataclass(frozen=True, slots=True)
class MediaBlob:
    """Encoded bytes of one rendition, to be stored under their SHA-256."""

    sha256: str
    mime: str
    data: bytes


def has_exhibition(session: Session) -> bool:
    return session.scalar(select(ExhibitionRow.id).limit(1)) is not None


# --- reading -------------------------------------------------------------------------


def load_exhibition(session: Session) -> Exhibition | None:
    """The whole exhibition in display order, or None in an empty database."""
    ex = session.scalars(select(ExhibitionRow).order_by(ExhibitionRow.id).limit(1)).first()
    if ex is None:
        return None
    texts = {
        row.id: LocalizedText(zh=row.zh, en=row.en, origin=TextOrigin(row.origin))
        for row in session.scalars(select(TextRow))
    }

    def t(text_id: int | None) -> LocalizedText | None:
        return texts[text_id] if text_id is not None else None

    renditions: dict[int, list[Rendition]] = defaultdict(list)
    for r in session.scalars(select(RenditionRow).order_by(RenditionRow.kind)):
        renditions[r.photo_id].append(
            Rendition(kind=RenditionKind(r.kind), sha256=r.sha256, width=r.width, height=r.height)
        )
    photos_of_bureau: dict[tuple[int, str], list[Photo]] = defaultdict(list)
    photos_of_story: dict[int, list[Photo]] = defaultdict(list)
    for p in session.scalars(select(PhotoRow).order_by(PhotoRow.position, PhotoRow.id)):
        photo = Photo(
            key=p.key,
            caption=texts[p.caption_id],
            credit=t(p.credit_id),
            renditions=tuple(renditions[p.id]),
            is_placeholder=p.is_placeholder,
        )
        if p.story_id is not None:
            photos_of_story[p.story_id].append(photo)
        else:
            photos_of_bureau[(p.bureau_id, p.role)].append(photo)

    bureau_rows = list(session.scalars(select(BureauRow).order_by(BureauRow.position, BureauRow.id)))
    slug_of = {b.id: b.slug for b in bureau_rows}
    stories_of: dict[int, list[Story]] = defaultdict(list)
    for s in session.scalars(select(StoryRow).order_by(StoryRow.position, StoryRow.id)):
        stories_of[s.bureau_id].append(
            Story(
                key=s.key,
                bureau_slug=slug_of[s.bureau_id],
                title=texts[s.title_id],
                summary=texts[s.summary_id],
                body=texts[s.body_id],
                source=texts[s.source_id],
                credit=t(s.credit_id),
                photos=tuple(photos_of_story[s.id]),
                hidden=s.hidden,
            )
        )
    bureaus = tuple(
        Bureau(
            slug=b.slug,
            kind=BureauKind(b.kind),
            name=texts[b.name_id],
            city=texts[b.city_id],
            brand=Brand(name=t(b.brand_name_id), slogan=t(b.brand_slogan_id), concept=t(b.brand_concept_id)),
            focus=texts[b.focus_id],
            summary=texts[b.summary_id],
            colour=b.colour,
            cover=next(iter(photos_of_bureau[(b.id, "cover")]), None),
            photos=tuple(photos_of_bureau[(b.id, "gallery")]),
            stories=tuple(stories_of[b.id]),
            hidden=b.hidden,
        )
        for b in bureau_rows
    )
    return Exhibition(
        title=texts[ex.title_id],
        programme=texts[ex.programme_id],
        theme=texts[ex.theme_id],
        introduction=texts[ex.introduction_id],
        credits=Credits(
            reporter=texts[ex.reporter_id],
            source=texts[ex.source_id],
            editor=texts[ex.editor_id],
            reprint_statement=texts[ex.reprint_statement_id],
        ),
        sections=tuple(
            Section(
                key=s.key,
                title=texts[s.title_id],
                lead=texts[s.lead_id],
                body=texts[s.body_id],
                bureau_slugs=tuple(s.bureau_slugs),
                figure_keys=tuple(s.figure_keys),
            )
            for s in session.scalars(select(SectionRow).order_by(SectionRow.position))
        ),
        bureaus=bureaus,
        figures=tuple(
            Figure(
                key=f.key,
                label=texts[f.label_id],
                value=Decimal(f.value),
                unit=texts[f.unit_id],
                qualifier=t(f.qualifier_id),
                year=f.year,
                bureau_slug=slug_of.get(f.bureau_id) if f.bureau_id is not None else None,
            )
            for f in session.scalars(select(FigureRow).order_by(FigureRow.position))
        ),
        timeline=tuple(
            TimelineEvent(
                key=e.key,
                title=texts[e.title_id],
                text=texts[e.text_id],
                year=e.year,
                bureau_slug=slug_of.get(e.bureau_id) if e.bureau_id is not None else None,
            )
            for e in session.scalars(select(TimelineEventRow).order_by(TimelineEventRow.position))
        ),
        glossary=tuple(
            (g.zh, g.en) for g in session.scalars(select(GlossaryTermRow).order_by(GlossaryTermRow.position))
        ),
    )


def media_bytes(session: Session, sha256: str) -> bytes | None:
    return session.scalar(select(MediaBlobRow.data).where(MediaBlobRow.sha256 == sha256))


# --- writing -------------------------------------------------------------------------


def store_media(session: Session, blobs: Iterable[MediaBlob]) -> None:
    """Add blobs not stored yet (content-addressed: the same bytes are stored once)."""
    for blob in blobs:
        if session.get(MediaBlobRow, blob.sha256) is None:
            session.add(MediaBlobRow(sha256=blob.sha256, mime=blob.mime, size=len(blob.data), data=blob.data))
    session.flush()


def replace_exhibition(
    session: Session, exhibition: Exhibition, *, base_version_id: int | None = None
) -> set[str]:
    """Replace the draft (whatever exhibition rows are stored) by `exhibition`, inside the
    caller's transaction; `base_version_id` is the published version it comes from.

    Every rendition the photos name must already be in `media_blobs` (`store_media`).
    Returns the blobs the replaced rows named: candidates for `versions.collect_garbage`
    (blobs are shared with published versions and the trash, so they are not deleted here).
    """
    replaced = set(session.scalars(select(RenditionRow.sha256)))
    for table in (
        RenditionRow, PhotoRow, StoryRow, FigureRow, TimelineEventRow, SectionRow, BureauRow,
        GlossaryTermRow, ExhibitionRow, TextRow,
    ):
        session.execute(delete(table))
    writer = _Writer(session)
    writer.write(exhibition, base_version_id=base_version_id)
    return replaced


def draft_base_version(session: Session) -> int | None:
    """The published version the draft was made from (None: none, or no draft)."""
    return session.scalar(select(ExhibitionRow.base_version_id).order_by(ExhibitionRow.id).limit(1))


def set_draft_base_version(session: Session, version_id: int) -> None:
    session.execute(update(ExhibitionRow).values(base_version_id=version_id))


class _Writer:
    def __init__(self, session: Session) -> None:
        self.session = session

    def text(self, value: LocalizedText | None) -> int | None:
        if value is None:
            return None
        row = TextRow(zh=value.zh, en=value.en, origin=value.origin.value)
        self.session.add(row)
        self.session.flush()
        return row.id

    def write(self, ex: Exhibition, *, base_version_id: int | None = None) -> None:
        t = self.text
        ex_row = ExhibitionRow(
            base_version_id=base_version_id, title_id=t(ex.title), programme_id=t(ex.programme),
            theme_id=t(ex.theme), introduction_id=t(ex.introduction), reporter_id=t(ex.credits.reporter),
            source_id=t(ex.credits.source), editor_id=t(ex.credits.editor),
            reprint_statement_id=t(ex.credits.reprint_statement),
        )
        self.session.add(ex_row)
        self.session.flush()
        for i, s in enumerate(ex.sections):
            self.session.add(SectionRow(
                exhibition_id=ex_row.id, key=s.key, position=i, title_id=t(s.title), lead_id=t(s.lead),
                body_id=t(s.body), bureau_slugs=list(s.bureau_slugs), figure_keys=list(s.figure_keys),
            ))
        bureau_ids: dict[str, int] = {}
        for i, b in enumerate(ex.bureaus):
            row = BureauRow(
                exhibition_id=ex_row.id, slug=b.slug, kind=b.kind.value, position=i, colour=b.colour,
                name_id=t(b.name), city_id=t(b.city), brand_name_id=t(b.brand.name),
                brand_slogan_id=t(b.brand.slogan), brand_concept_id=t(b.brand.concept),
                focus_id=t(b.focus), summary_id=t(b.summary), hidden=b.hidden,
            )
            self.session.add(row)
            self.session.flush()
            bureau_ids[b.slug] = row.id
            if b.cover is not None:
                self.photo(b.cover, row.id, None, "cover", 0)
            for j, photo in enumerate(b.photos):
                self.photo(photo, row.id, None, "gallery", j)
            for j, story in enumerate(b.stories):
                story_row = StoryRow(
                    bureau_id=row.id, key=story.key, position=j, title_id=t(story.title),
                    summary_id=t(story.summary), body_id=t(story.body), source_id=t(story.source),
                    credit_id=t(story.credit), hidden=story.hidden,
                )
                self.session.add(story_row)
                self.session.flush()
                for k, photo in enumerate(story.photos):
                    self.photo(photo, row.id, story_row.id, "story", k)
        for i, f in enumerate(ex.figures):
            self.session.add(FigureRow(
                exhibition_id=ex_row.id, key=f.key, position=i, label_id=t(f.label), value=str(f.value),
                unit_id=t(f.unit), qualifier_id=t(f.qualifier), year=f.year,
                bureau_id=bureau_ids.get(f.bureau_slug) if f.bureau_slug else None,
            ))
        for i, e in enumerate(ex.timeline):
            self.session.add(TimelineEventRow(
                exhibition_id=ex_row.id, key=e.key, position=i, year=e.year, title_id=t(e.title),
                text_id=t(e.text), bureau_id=bureau_ids.get(e.bureau_slug) if e.bureau_slug else None,
            ))
        for i, (zh, en) in enumerate(ex.glossary):
            self.session.add(GlossaryTermRow(position=i, zh=zh, en=en))
        self.session.flush()

    def photo(self, photo: Photo, bureau_id: int, story_id: int | None, role: str, position: int) -> None:
        row = PhotoRow(
            key=photo.key, bureau_id=bureau_id, story_id=story_id, role=role, position=position,
            caption_id=self.text(photo.caption), credit_id=self.text(photo.credit),
            is_placeholder=photo.is_placeholder,
        )
        self.session.add(row)
        self.session.flush()
        for r in photo.renditions:
            self.session.add(RenditionRow(
                photo_id=row.id, kind=r.kind.value, sha256=r.sha256, width=r.width, height=r.height,
            ))


# --- editing -------------------------------------------------------------------------

BUREAU_TEXT_FIELDS: Mapping[str, str] = {
    "name": "name_id", "city": "city_id", "focus": "focus_id", "summary": "summary_id",
    "brand.name": "brand_name_id", "brand.slogan": "brand_slogan_id", "brand.concept": "brand_concept_id",
}


def update_bureau_text(session: Session, slug: str, field: str, value: LocalizedText) -> None:
    """Set one text of a bureau (e.g. "brand.slogan"); raises KeyError for an unknown bureau or field."""
    column = BUREAU_TEXT_FIELDS[field]
    bureau = session.scalars(select(BureauRow).where(BureauRow.slug == slug)).one_or_none()
    if bureau is None:
        raise KeyError(f"no bureau {slug!r}")
    text_id = getattr(bureau, column)
    if text_id is None:
        row = TextRow(zh=value.zh, en=value.en, origin=value.origin.value)
        session.add(row)
        session.flush()
        setattr(bureau, column, row.id)
    else:
        row = session.get(TextRow, text_id)
        row.zh, row.en, row.origin = value.zh, value.en, value.origin.value
    session.flush()
