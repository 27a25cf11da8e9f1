"""The default exhibition: parsed from db/exhibition, placeholder artwork drawn, stored once."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from kiosk.assets.fonts import FONTS_DIR
from kiosk.content.serialization import exhibition_from_dict
from kiosk.content.types import Bureau, Exhibition, Photo, Rendition
from kiosk.media.placeholder import draw_placeholder
from kiosk.media.renditions import render_photo
from kiosk.services.versions import publish_in_session
from kiosk.store import repository, versions

PLACEHOLDER_LABEL = "示意图 · 占位  PLACEHOLDER"
PLACEHOLDER_SIZE = (2560, 1600)  # the display rendition's width: full screen at 4K stays sharp


def default_exhibition_data() -> dict[str, Any]:
    """The raw JSON of the shipped exhibition (installed as `kiosk.db.exhibition`)."""
    source = resources.files("kiosk.db.exhibition") / "exhibition.json"
    return json.loads(source.read_text(encoding="utf-8"))


def placeholder_font() -> Path:
    return FONTS_DIR / "NotoSansSC-Bold.otf"


def placeholder_latin_font() -> Path:
    """The face of an English subtitle on placeholder art (its quotes are not full-width)."""
    return FONTS_DIR / "NotoSans-Bold.ttf"


@dataclass(frozen=True, slots=True)
class PlaceholderRequest:
    """What the seed asks the artwork of a photo to be: a motif, and optionally its own caption.

    `caption` is the Chinese line the drawing shows instead of the photo's caption, where the
    photo's caption points at a person the drawing cannot show ("（前排左）")."""

    motif: str
    caption: str | None = None


def placeholder_requests(data: dict[str, Any]) -> dict[str, PlaceholderRequest]:
    """photo key → request, for every photo of the seed that asks for placeholder artwork."""
    requests: dict[str, PlaceholderRequest] = {}

    def visit(photo: dict[str, Any] | None) -> None:
        if photo and photo.get("placeholder"):
            wanted = photo["placeholder"]
            caption = wanted.get("caption")
            requests[photo["key"]] = PlaceholderRequest(wanted["motif"], caption["zh"] if caption else None)

    for bureau in data.get("bureaus", []):
        visit(bureau.get("cover"))
        for photo in bureau.get("photos", []):
            visit(photo)
        for story in bureau.get("stories", []):
            for photo in story.get("photos", []):
                visit(photo)
    return requests


def placeholder_wording(photo: Photo, bureau: Bureau, request: PlaceholderRequest) -> tuple[str, str]:
    """(title, subtitle) the artwork draws: a cover shows the brand (or city) in both languages;
    any other photo shows its city and its caption, or the request's own caption if it has one."""
    if bureau.cover is not None and photo.key == bureau.cover.key:
        heading = bureau.brand.name or bureau.city
        return heading.zh, heading.en
    return bureau.city.zh, request.caption or photo.caption.zh


class _ArtworkPainter:
    """Draws a bureau's placeholder photos and collects the blobs to store."""

    def __init__(self, requests: dict[str, PlaceholderRequest], font: Path, latin_font: Path) -> None:
        self.requests = requests
        self.font = font
        self.latin_font = latin_font
        self.blobs: list[repository.MediaBlob] = []

    def paint_job(self, job: tuple[Photo, Bureau]) -> Photo:
        return self.paint(*job)

    def paint(self, photo: Photo, bureau: Bureau) -> Photo:
        request = self.requests.get(photo.key)
        if request is None:
            return photo
        title, subtitle = placeholder_wording(photo, bureau, request)
        image = draw_placeholder(
            motif=request.motif,
            colour=bureau.colour,
            title=title,
            subtitle=subtitle,
            label=PLACEHOLDER_LABEL,
            font_path=self.font,
            latin_font_path=self.latin_font,
            size=PLACEHOLDER_SIZE,
        )
        rendered = render_photo(image)
        renditions = []
        for r in rendered.renditions:
            self.blobs.append(repository.MediaBlob(sha256=r.sha256, mime=r.mime, data=r.data))
            renditions.append(
                Rendition(kind=r.kind, sha256=r.sha256, width=r.width, height=r.height, mime=r.mime)
            )
        return replace(photo, renditions=tuple(renditions), is_placeholder=True)


def build_default_exhibition() -> tuple[Exhibition, list[repository.MediaBlob]]:
    """The shipped exhibition with its placeholder artwork rendered, ready to store."""
    data = default_exhibition_data()
    exhibition = exhibition_from_dict(data)
    painter = _ArtworkPainter(placeholder_requests(data), placeholder_font(), placeholder_latin_font())
    jobs = [(photo, b) for b in exhibition.bureaus for photo in b.every_photo()]
    # Pillow releases the GIL while it resizes and encodes: both cores draw.
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = pool.map(painter.paint_job, jobs)
        painted = {photo.key: result for (photo, _), result in zip(jobs, results, strict=True)}
    bureaus = tuple(
        replace(
            b,
            cover=painted[b.cover.key] if b.cover else None,
            photos=tuple(painted[p.key] for p in b.photos),
            stories=tuple(replace(s, photos=tuple(painted[p.key] for p in s.photos)) for s in b.stories),
        )
        for b in exhibition.bureaus
    )
    return replace(exhibition, bureaus=bureaus), painter.blobs


def seed_if_empty(sessions: sessionmaker[Session], announce: Callable[[], None] | None = None) -> bool:
    """Seed the default exhibition into an empty database; never touch one that has content.

    Seeding writes the draft rows and publishes them as version 1 (origin "seed"), in one
    transaction: a kill mid-seed leaves the database empty, and the next start seeds again.
    `announce` is called first when seeding will happen (drawing the artwork takes seconds).
    Returns True when it seeded. A database with content but no published version (made before
    versions existed) gets its first version from its content.
    """
    with sessions() as session:
        has_content = repository.has_exhibition(session)
        has_version = versions.live_version(session) is not None
    if has_content:
        if not has_version:
            publish_first_version(sessions, origin="upgrade")
        return False
    if announce is not None:
        announce()
    exhibition, blobs = build_default_exhibition()
    with sessions.begin() as session:
        if repository.has_exhibition(session):  # another process seeded meanwhile
            return False
        repository.store_media(session, blobs)
        repository.replace_exhibition(session, exhibition)
        publish_in_session(session, exhibition, origin="seed", summary="the default exhibition")
    return True


def publish_first_version(sessions: sessionmaker[Session], *, origin: str) -> None:
    """Publish the draft as it is, when nothing is published yet."""
    with sessions.begin() as session:
        versions.claim_write_lock(session)
        if versions.live_version(session) is not None:
            return
        draft = repository.load_exhibition(session)
        if draft is not None:
            publish_in_session(
                session, draft, origin=origin, summary="the exhibition as it was", check_glyphs=False
            )
