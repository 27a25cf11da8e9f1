"""The exhibition as JSON-ready dicts, and back.

One format serves the default exhibition in `db/exhibition/` and, later, content
packages: every text is `{"zh": …, "en": …}` (the seed adds `"origin"`). Parsing
trusts nothing: a missing or mistyped field raises `ContentError` naming where.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from kiosk.content.types import (
    Brand,
    Bureau,
    BureauKind,
    Credits,
    Exhibition,
    Figure,
    LocalizedText,
    Photo,
    Section,
    Story,
    TextOrigin,
    TimelineEvent,
)


class ContentError(ValueError):
    """Content that does not fit the exhibition format; the message says where."""


def _require(data: Any, key: str, where: str) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise ContentError(f"{where}: missing field {key!r}")
    return data[key]


def text_from(data: Any, where: str) -> LocalizedText:
    if not isinstance(data, dict) or not isinstance(data.get("zh"), str) or not data["zh"].strip():
        raise ContentError(f"{where}: expected {{'zh': …, 'en': …}} with Chinese text")
    en = data.get("en", "")
    if not isinstance(en, str):
        raise ContentError(f"{where}: 'en' must be text")
    try:
        origin = TextOrigin(data.get("origin", TextOrigin.EXHIBITION))
    except ValueError as exc:
        raise ContentError(f"{where}: unknown origin {data.get('origin')!r}") from exc
    return LocalizedText(zh=data["zh"], en=en, origin=origin)


def optional_text_from(data: Any, where: str) -> LocalizedText | None:
    return None if data is None else text_from(data, where)


def _slug(data: Any, where: str) -> str:
    if not isinstance(data, str) or not data or not data.replace("-", "").isalnum() or not data.isascii():
        raise ContentError(f"{where}: expected a lower-case ASCII key, got {data!r}")
    return data


def _list(data: Any, key: str, where: str) -> list[Any]:
    value = data.get(key, []) if isinstance(data, dict) else None
    if not isinstance(value, list):
        raise ContentError(f"{where}: {key!r} must be a list")
    return value


def photo_from(data: Any, where: str) -> Photo:
    key = _slug(_require(data, "key", where), f"{where}.key")
    return Photo(
        key=key,
        caption=text_from(_require(data, "caption", where), f"{where}.caption"),
        credit=optional_text_from(data.get("credit"), f"{where}.credit"),
        is_placeholder=bool(data.get("placeholder")),
    )


def story_from(data: Any, bureau_slug: str, where: str) -> Story:
    return Story(
        key=_slug(_require(data, "key", where), f"{where}.key"),
        bureau_slug=bureau_slug,
        title=text_from(_require(data, "title", where), f"{where}.title"),
        summary=text_from(_require(data, "summary", where), f"{where}.summary"),
        body=text_from(_require(data, "body", where), f"{where}.body"),
        source=text_from(_require(data, "source", where), f"{where}.source"),
        credit=optional_text_from(data.get("credit"), f"{where}.credit"),
        photos=tuple(
            photo_from(p, f"{where}.photos[{i}]") for i, p in enumerate(_list(data, "photos", where))
        ),
    )


def bureau_from(data: Any, where: str) -> Bureau:
    slug = _slug(_require(data, "slug", where), f"{where}.slug")
    where = f"bureaus[{slug}]"
    brand = data.get("brand") or {}
    colour = _require(data, "colour", where)
    if not (isinstance(colour, str) and len(colour) == 7 and colour.startswith("#")):
        raise ContentError(f"{where}.colour: expected '#rrggbb'")
    try:
        kind = BureauKind(_require(data, "kind", where))
    except ValueError as exc:
        raise ContentError(f"{where}.kind: unknown kind {data.get('kind')!r}") from exc
    cover = data.get("cover")
    return Bureau(
        slug=slug,
        kind=kind,
        name=text_from(_require(data, "name", where), f"{where}.name"),
        city=text_from(_require(data, "city", where), f"{where}.city"),
        brand=Brand(
            name=optional_text_from(brand.get("name"), f"{where}.brand.name"),
            slogan=optional_text_from(brand.get("slogan"), f"{where}.brand.slogan"),
            concept=optional_text_from(brand.get("concept"), f"{where}.brand.concept"),
        ),
        focus=text_from(_require(data, "focus", where), f"{where}.focus"),
        summary=text_from(_require(data, "summary", where), f"{where}.summary"),
        colour=colour,
        cover=photo_from(cover, f"{where}.cover") if cover is not None else None,
        photos=tuple(
            photo_from(p, f"{where}.photos[{i}]") for i, p in enumerate(_list(data, "photos", where))
        ),
        stories=tuple(
            story_from(s, slug, f"{where}.stories[{i}]")
            for i, s in enumerate(_list(data, "stories", where))
        ),
    )


def figure_from(data: Any, where: str) -> Figure:
    key = _slug(_require(data, "key", where), f"{where}.key")
    raw = _require(data, "value", where)
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ContentError(f"{where}.value: not a number: {raw!r}") from exc
    year = data.get("year")
    if year is not None and not isinstance(year, int):
        raise ContentError(f"{where}.year: expected a year or null")
    return Figure(
        key=key,
        label=text_from(_require(data, "label", where), f"{where}.label"),
        value=value,
        unit=text_from(_require(data, "unit", where), f"{where}.unit"),
        qualifier=optional_text_from(data.get("qualifier"), f"{where}.qualifier"),
        year=year,
        bureau_slug=data.get("bureau"),
    )


def exhibition_from_dict(data: Any) -> Exhibition:
    """Parse a whole exhibition; raises `ContentError` on the first problem found."""
    ex = _require(data, "exhibition", "content")
    cr = _require(ex, "credits", "exhibition")
    bureaus = tuple(bureau_from(b, f"bureaus[{i}]") for i, b in enumerate(_list(data, "bureaus", "content")))
    slugs = [b.slug for b in bureaus]
    if len(set(slugs)) != len(slugs):
        raise ContentError("bureaus: duplicate slug")
    figures = tuple(figure_from(f, f"figures[{i}]") for i, f in enumerate(_list(data, "figures", "content")))
    timeline = tuple(
        TimelineEvent(
            key=_slug(_require(t, "key", f"timeline[{i}]"), f"timeline[{i}].key"),
            title=text_from(_require(t, "title", f"timeline[{i}]"), f"timeline[{i}].title"),
            text=text_from(_require(t, "text", f"timeline[{i}]"), f"timeline[{i}].text"),
            year=t.get("year"),
            bureau_slug=t.get("bureau"),
        )
        for i, t in enumerate(_list(data, "timeline", "content"))
    )
    sections = tuple(
        Section(
            key=_slug(_require(s, "key", f"sections[{i}]"), f"sections[{i}].key"),
            title=text_from(_require(s, "title", f"sections[{i}]"), f"sections[{i}].title"),
            lead=text_from(_require(s, "lead", f"sections[{i}]"), f"sections[{i}].lead"),
            body=text_from(_require(s, "body", f"sections[{i}]"), f"sections[{i}].body"),
            bureau_slugs=tuple(_list(s, "bureaus", f"sections[{i}]")),
            figure_keys=tuple(_list(s, "figures", f"sections[{i}]")),
        )
        for i, s in enumerate(_list(ex, "sections", "exhibition"))
    )
    for item in (*figures, *timeline):
        if item.bureau_slug is not None and item.bureau_slug not in slugs:
            raise ContentError(f"{item.key}: unknown bureau {item.bureau_slug!r}")
    glossary = tuple((str(g["zh"]), str(g["en"])) for g in data.get("glossary", []))
    return Exhibition(
        title=text_from(_require(ex, "title", "exhibition"), "exhibition.title"),
        programme=text_from(_require(ex, "programme", "exhibition"), "exhibition.programme"),
        theme=text_from(_require(ex, "theme", "exhibition"), "exhibition.theme"),
        introduction=text_from(_require(ex, "introduction", "exhibition"), "exhibition.introduction"),
        credits=Credits(
            reporter=text_from(_require(cr, "reporter", "credits"), "credits.reporter"),
            source=text_from(_require(cr, "source", "credits"), "credits.source"),
            editor=text_from(_require(cr, "editor", "credits"), "credits.editor"),
            reprint_statement=text_from(
                _require(cr, "reprint_statement", "credits"), "credits.reprint_statement"
            ),
        ),
        sections=sections,
        bureaus=bureaus,
        figures=figures,
        timeline=timeline,
        glossary=glossary,
    )
