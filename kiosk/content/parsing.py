"""Reading an exhibition document (`content.json` form) into plain types, trusting nothing.

A missing or mistyped field raises `ContentError` naming where it is, e.g.
`bureaus[huaihua].photos[2].media.thumb.sha256: expected 64 lower-case hex digits`.
The writing side, and the format's description, are in `kiosk.content.serialization`.
"""

from __future__ import annotations

import re
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
    Rendition,
    RenditionKind,
    Section,
    Story,
    TextOrigin,
    TimelineEvent,
)

RENDITION_MIMES = ("image/jpeg",)  # what the media pipeline writes
_SHA256 = re.compile(r"[0-9a-f]{64}")


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


_KEY = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _slug(data: Any, where: str) -> str:
    if not isinstance(data, str) or not _KEY.fullmatch(data):
        raise ContentError(f"{where}: expected a lower-case ASCII key, got {data!r}")
    return data


def _list(data: Any, key: str, where: str) -> list[Any]:
    value = data.get(key, []) if isinstance(data, dict) else None
    if not isinstance(value, list):
        raise ContentError(f"{where}: {key!r} must be a list")
    return value


def _flag(data: dict[str, Any], key: str, where: str) -> bool:
    value = data.get(key, False)
    if not isinstance(value, bool):
        raise ContentError(f"{where}.{key}: expected true or false")
    return value


def _optional_int(data: dict[str, Any], key: str, where: str) -> int | None:
    value = data.get(key)
    if value is not None and (not isinstance(value, int) or isinstance(value, bool)):
        raise ContentError(f"{where}.{key}: expected a whole number or null")
    return value


def _optional_slug(data: dict[str, Any], key: str, where: str) -> str | None:
    value = data.get(key)
    return None if value is None else _slug(value, f"{where}.{key}")


def renditions_from(data: Any, where: str) -> tuple[Rendition, ...]:
    """A photo's `media`: its renditions by kind, in a fixed order (display, thumb)."""
    if data is None:
        return ()
    if not isinstance(data, dict):
        raise ContentError(f"{where}: expected an object of renditions by kind")
    renditions = []
    for kind_name, item in sorted(data.items()):
        try:
            kind = RenditionKind(kind_name)
        except ValueError as exc:
            raise ContentError(f"{where}: unknown rendition {kind_name!r}") from exc
        at = f"{where}.{kind_name}"
        sha256 = _require(item, "sha256", at)
        if not isinstance(sha256, str) or not _SHA256.fullmatch(sha256):
            raise ContentError(f"{at}.sha256: expected 64 lower-case hex digits")
        size = []
        for side in ("width", "height"):
            value = _require(item, side, at)
            if not isinstance(value, int) or isinstance(value, bool) or not 0 < value <= 100_000:
                raise ContentError(f"{at}.{side}: expected a positive whole number of pixels")
            size.append(value)
        mime = item.get("mime", "image/jpeg")
        if mime not in RENDITION_MIMES:
            raise ContentError(f"{at}.mime: expected one of {', '.join(RENDITION_MIMES)}")
        renditions.append(Rendition(kind=kind, sha256=sha256, width=size[0], height=size[1], mime=mime))
    return tuple(renditions)


def photo_from(data: Any, where: str) -> Photo:
    key = _slug(_require(data, "key", where), f"{where}.key")
    return Photo(
        key=key,
        caption=text_from(_require(data, "caption", where), f"{where}.caption"),
        credit=optional_text_from(data.get("credit"), f"{where}.credit"),
        renditions=renditions_from(data.get("media"), f"{where}.media"),
        is_placeholder=bool(data.get("placeholder")),  # the seed names a motif here: truthy
    )


def _photos(data: Any, where: str) -> tuple[Photo, ...]:
    return tuple(photo_from(p, f"{where}.photos[{i}]") for i, p in enumerate(_list(data, "photos", where)))


def story_from(data: Any, bureau_slug: str, where: str) -> Story:
    return Story(
        key=_slug(_require(data, "key", where), f"{where}.key"),
        bureau_slug=bureau_slug,
        title=text_from(_require(data, "title", where), f"{where}.title"),
        summary=text_from(_require(data, "summary", where), f"{where}.summary"),
        body=text_from(_require(data, "body", where), f"{where}.body"),
        source=text_from(_require(data, "source", where), f"{where}.source"),
        credit=optional_text_from(data.get("credit"), f"{where}.credit"),
        photos=_photos(data, where),
        hidden=_flag(data, "hidden", where),
    )


def bureau_from(data: Any, where: str) -> Bureau:
    slug = _slug(_require(data, "slug", where), f"{where}.slug")
    where = f"bureaus[{slug}]"
    brand = data.get("brand") or {}
    if not isinstance(brand, dict):
        raise ContentError(f"{where}.brand: expected an object")
    colour = _require(data, "colour", where)
    if not (isinstance(colour, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", colour)):
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
        photos=_photos(data, where),
        stories=tuple(
            story_from(s, slug, f"{where}.stories[{i}]")
            for i, s in enumerate(_list(data, "stories", where))
        ),
        hidden=_flag(data, "hidden", where),
    )


def figure_from(data: Any, where: str) -> Figure:
    key = _slug(_require(data, "key", where), f"{where}.key")
    raw = _require(data, "value", where)
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float)):
        raise ContentError(f"{where}.value: not a number: {raw!r}")
    try:
        value = Decimal(str(raw))
    except InvalidOperation as exc:
        raise ContentError(f"{where}.value: not a number: {raw!r}") from exc
    if not value.is_finite():
        raise ContentError(f"{where}.value: not a number: {raw!r}")
    return Figure(
        key=key,
        label=text_from(_require(data, "label", where), f"{where}.label"),
        value=value,
        unit=text_from(_require(data, "unit", where), f"{where}.unit"),
        qualifier=optional_text_from(data.get("qualifier"), f"{where}.qualifier"),
        year=_optional_int(data, "year", where),
        bureau_slug=_optional_slug(data, "bureau", where),
    )


def timeline_event_from(data: Any, where: str) -> TimelineEvent:
    return TimelineEvent(
        key=_slug(_require(data, "key", where), f"{where}.key"),
        title=text_from(_require(data, "title", where), f"{where}.title"),
        text=text_from(_require(data, "text", where), f"{where}.text"),
        year=_optional_int(data, "year", where),
        bureau_slug=_optional_slug(data, "bureau", where),
    )


def _keys(data: Any, key: str, where: str) -> tuple[str, ...]:
    return tuple(_slug(v, f"{where}.{key}[{i}]") for i, v in enumerate(_list(data, key, where)))


def section_from(data: Any, where: str) -> Section:
    return Section(
        key=_slug(_require(data, "key", where), f"{where}.key"),
        title=text_from(_require(data, "title", where), f"{where}.title"),
        lead=text_from(_require(data, "lead", where), f"{where}.lead"),
        body=text_from(_require(data, "body", where), f"{where}.body"),
        bureau_slugs=_keys(data, "bureaus", where),
        figure_keys=_keys(data, "figures", where),
    )


def _glossary_from(data: Any) -> tuple[tuple[str, str], ...]:
    terms = []
    for i, g in enumerate(_list(data, "glossary", "content")):
        if not (isinstance(g, dict) and isinstance(g.get("zh"), str) and isinstance(g.get("en"), str)):
            raise ContentError(f"glossary[{i}]: expected {{'zh': …, 'en': …}}")
        terms.append((g["zh"], g["en"]))
    return tuple(terms)


def _no_duplicates(keys: list[str], what: str) -> None:
    seen: set[str] = set()
    for key in keys:
        if key in seen:
            raise ContentError(f"{what}: duplicate key {key!r}")
        seen.add(key)


def exhibition_from_dict(data: Any) -> Exhibition:
    """Parse a whole exhibition; raises `ContentError` on the first problem found."""
    if not isinstance(data, dict):
        raise ContentError("content: expected an object")
    ex = _require(data, "exhibition", "content")
    cr = _require(ex, "credits", "exhibition")
    bureaus = tuple(bureau_from(b, f"bureaus[{i}]") for i, b in enumerate(_list(data, "bureaus", "content")))
    slugs = [b.slug for b in bureaus]
    _no_duplicates(slugs, "bureaus")
    _no_duplicates([s.key for b in bureaus for s in b.stories], "stories")
    _no_duplicates([p.key for b in bureaus for p in b.every_photo()], "photos")
    figures = tuple(figure_from(f, f"figures[{i}]") for i, f in enumerate(_list(data, "figures", "content")))
    _no_duplicates([f.key for f in figures], "figures")
    timeline = tuple(
        timeline_event_from(t, f"timeline[{i}]") for i, t in enumerate(_list(data, "timeline", "content"))
    )
    _no_duplicates([t.key for t in timeline], "timeline")
    sections = tuple(
        section_from(s, f"sections[{i}]") for i, s in enumerate(_list(ex, "sections", "exhibition"))
    )
    _no_duplicates([s.key for s in sections], "sections")
    for kind, items in (("figures", figures), ("timeline", timeline)):
        for i, item in enumerate(items):
            if item.bureau_slug is not None and item.bureau_slug not in slugs:
                raise ContentError(f"{kind}[{i}].bureau: unknown bureau {item.bureau_slug!r}")
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
        glossary=_glossary_from(data),
    )
