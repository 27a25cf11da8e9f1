"""The exhibition as JSON-ready dicts, and back.

One format serves the default exhibition in `db/exhibition/`, every published version
(`published_versions.document`) and the content package's `content.json`: every text is
`{"zh": …, "en": …, "origin": …}` (origin: "article" where quoted from the source article,
"exhibition" where written for the exhibition); bureaus and stories carry `hidden` (kept for
editors, never shown to visitors); a photo lists its renditions under `media`
(`{"display": {"sha256", "width", "height", "mime"}, "thumb": {…}}`), so a document is
self-contained. `exhibition_to_dict` is the exact inverse of `exhibition_from_dict` (which
lives in `kiosk.content.parsing` and is re-exported here).
"""

from __future__ import annotations

import json
from typing import Any

from kiosk.content.parsing import (
    ContentError,
    bureau_from,
    exhibition_from_dict,
    figure_from,
    optional_text_from,
    photo_from,
    section_from,
    story_from,
    text_from,
    timeline_event_from,
)
from kiosk.content.types import (
    Bureau,
    Exhibition,
    Figure,
    LocalizedText,
    Photo,
    Section,
    Story,
    TimelineEvent,
)

__all__ = [
    "ContentError",
    "bureau_from",
    "bureau_to_dict",
    "canonical_json",
    "exhibition_from_dict",
    "exhibition_to_dict",
    "figure_from",
    "figure_to_dict",
    "media_of",
    "optional_text_from",
    "photo_from",
    "photo_to_dict",
    "section_from",
    "section_to_dict",
    "story_from",
    "story_to_dict",
    "text_from",
    "text_to_dict",
    "timeline_event_from",
    "timeline_event_to_dict",
]


# --- writing --------------------------------------------------------------------------


def text_to_dict(text: LocalizedText | None) -> dict[str, str] | None:
    if text is None:
        return None
    return {"zh": text.zh, "en": text.en, "origin": text.origin.value}


def photo_to_dict(photo: Photo) -> dict[str, Any]:
    return {
        "key": photo.key,
        "caption": text_to_dict(photo.caption),
        "credit": text_to_dict(photo.credit),
        "placeholder": photo.is_placeholder,
        "media": {
            r.kind.value: {"sha256": r.sha256, "width": r.width, "height": r.height, "mime": r.mime}
            for r in photo.renditions
        },
    }


def story_to_dict(story: Story) -> dict[str, Any]:
    """A story; its bureau is where it sits in the document."""
    return {
        "key": story.key,
        "title": text_to_dict(story.title),
        "summary": text_to_dict(story.summary),
        "body": text_to_dict(story.body),
        "source": text_to_dict(story.source),
        "credit": text_to_dict(story.credit),
        "photos": [photo_to_dict(p) for p in story.photos],
        "hidden": story.hidden,
    }


def bureau_to_dict(bureau: Bureau) -> dict[str, Any]:
    return {
        "slug": bureau.slug,
        "kind": bureau.kind.value,
        "name": text_to_dict(bureau.name),
        "city": text_to_dict(bureau.city),
        "colour": bureau.colour,
        "brand": {
            "name": text_to_dict(bureau.brand.name),
            "slogan": text_to_dict(bureau.brand.slogan),
            "concept": text_to_dict(bureau.brand.concept),
        },
        "focus": text_to_dict(bureau.focus),
        "summary": text_to_dict(bureau.summary),
        "cover": photo_to_dict(bureau.cover) if bureau.cover is not None else None,
        "photos": [photo_to_dict(p) for p in bureau.photos],
        "stories": [story_to_dict(s) for s in bureau.stories],
        "hidden": bureau.hidden,
    }


def figure_to_dict(figure: Figure) -> dict[str, Any]:
    return {
        "key": figure.key,
        "label": text_to_dict(figure.label),
        "value": str(figure.value),  # as printed: "91.3", never a float
        "unit": text_to_dict(figure.unit),
        "qualifier": text_to_dict(figure.qualifier),
        "year": figure.year,
        "bureau": figure.bureau_slug,
    }


def timeline_event_to_dict(event: TimelineEvent) -> dict[str, Any]:
    return {
        "key": event.key,
        "year": event.year,
        "title": text_to_dict(event.title),
        "text": text_to_dict(event.text),
        "bureau": event.bureau_slug,
    }


def section_to_dict(section: Section) -> dict[str, Any]:
    return {
        "key": section.key,
        "title": text_to_dict(section.title),
        "lead": text_to_dict(section.lead),
        "body": text_to_dict(section.body),
        "bureaus": list(section.bureau_slugs),
        "figures": list(section.figure_keys),
    }


def exhibition_to_dict(exhibition: Exhibition) -> dict[str, Any]:
    """The whole exhibition in `content.json` form: `exhibition_from_dict` gives it back, equal."""
    if exhibition.is_index:
        raise ValueError("Home's index is not a whole exhibition: read the whole one to write it")
    credits = exhibition.credits
    return {
        "exhibition": {
            "title": text_to_dict(exhibition.title),
            "programme": text_to_dict(exhibition.programme),
            "theme": text_to_dict(exhibition.theme),
            "introduction": text_to_dict(exhibition.introduction),
            "credits": {
                "reporter": text_to_dict(credits.reporter),
                "source": text_to_dict(credits.source),
                "editor": text_to_dict(credits.editor),
                "reprint_statement": text_to_dict(credits.reprint_statement),
            },
            "sections": [section_to_dict(s) for s in exhibition.sections],
        },
        "bureaus": [bureau_to_dict(b) for b in exhibition.bureaus],
        "figures": [figure_to_dict(f) for f in exhibition.figures],
        "timeline": [timeline_event_to_dict(e) for e in exhibition.timeline],
        "glossary": [{"zh": zh, "en": en} for zh, en in exhibition.glossary],
    }


def canonical_json(document: dict[str, Any]) -> str:
    """The one text form of a document: sorted keys, no spaces, characters as they are.

    Two documents are the same exhibition exactly when their canonical texts are equal.
    """
    return json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def media_of(document: dict[str, Any]) -> set[str]:
    """The SHA-256 of every rendition a (valid) document names."""
    shas: set[str] = set()

    def visit(photo: dict[str, Any] | None) -> None:
        for item in ((photo or {}).get("media") or {}).values():
            shas.add(item["sha256"])

    for bureau in document.get("bureaus", []):
        visit(bureau.get("cover"))
        for photo in bureau.get("photos", []):
            visit(photo)
        for story in bureau.get("stories", []):
            for photo in story.get("photos", []):
                visit(photo)
    return shas
