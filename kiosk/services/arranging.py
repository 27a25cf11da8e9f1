"""Editing the draft's structure: bureaus, stories, photos, figures and milestones — add, move,
hide, remove to the trash. Each operation is one short transaction and one audit entry.

An operation loads the draft, changes it with a pure function of `kiosk.content.arrangement`,
validates what it added, and writes the draft back whole (a few tens of milliseconds). Texts
are edited field by field in `kiosk.services.editing`; removing to the trash and restoring
from it are `kiosk.services.trash`'s, offered here too.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from kiosk.content import arrangement
from kiosk.content.types import (
    Brand,
    Bureau,
    BureauKind,
    Exhibition,
    Figure,
    LocalizedText,
    Story,
    TimelineEvent,
)
from kiosk.services.draft_changes import change_draft
from kiosk.services.trash import (  # removing goes through the trash; offered here with the rest
    list_trash,
    remove_bureau,
    remove_event,
    remove_figure,
    remove_photo,
    remove_story,
    restore_from_trash,
)
from kiosk.services.validation import ValidationError, check_length, check_text_drawable

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

SLUG = re.compile(r"[a-z][a-z0-9-]{1,39}")
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
DEFAULT_COLOUR = "#8a1c1c"
UNSET: Any = object()  # "leave as it is", where None is a value

__all__ = [
    "add_bureau", "add_event", "add_figure", "add_story", "change_draft", "list_trash", "move_bureau",
    "move_event", "move_figure", "move_photo", "move_story", "remove_bureau", "remove_event",
    "remove_figure", "remove_photo", "remove_story", "restore_from_trash", "set_bureau_colour",
    "set_bureau_hidden", "set_cover", "set_event", "set_figure", "set_story_hidden",
]


def _text(path: str, zh: str, en: str = "", *, required: bool = True) -> LocalizedText | None:
    if not zh.strip():
        if required or en.strip():
            raise ValidationError(f"{path}.zh", "cannot be empty: the Chinese text is required")
        return None
    value = LocalizedText(zh, en)
    check_length(path, value)
    check_text_drawable(path, value)
    return value


def _unique_key(prefix: str, taken: Iterable[str]) -> str:
    used = set(taken)
    return next(f"{prefix}-{n}" for n in itertools.count(1) if f"{prefix}-{n}" not in used)


# --- bureaus ----------------------------------------------------------------------------


def add_bureau(
    sessions: sessionmaker[Session], *, slug: str, name_zh: str, name_en: str = "", city_zh: str = "",
    city_en: str = "", kind: str = "city", colour: str = DEFAULT_COLOUR, index: int | None = None,
    origin: str,
) -> Bureau:
    """A new bureau, its focus line and text starting as its name (edit them next)."""
    if not SLUG.fullmatch(slug):
        raise ValidationError(
            "bureaus.slug", "2–40 lower-case letters, digits or hyphens, starting with a letter"
        )
    path = f"bureaus.{slug}"
    name = _text(f"{path}.name", name_zh, name_en)
    city = _text(f"{path}.city", city_zh or name_zh[:4], city_en or name_en)
    if not COLOUR.fullmatch(colour):
        raise ValidationError(f"{path}.colour", "expected a colour like #8a1c1c")
    bureau = Bureau(
        slug=slug, kind=BureauKind(kind), name=name, city=city, brand=Brand(), focus=name, summary=name,
        colour=colour,
    )

    def add(ex: Exhibition) -> Exhibition:
        existing = ex.bureau(slug)
        if existing is not None:
            raise ValidationError(f"{path}.slug", f"already used by {existing.name.zh}")
        return arrangement.add_bureau(ex, bureau, index)

    change_draft(sessions, add, origin=origin, action="bureau.add", target=path, new=name.zh)
    return bureau


def set_bureau_hidden(sessions: sessionmaker[Session], slug: str, hidden: bool, *, origin: str) -> None:
    change_draft(
        sessions, lambda ex: arrangement.update_bureau(ex, slug, hidden=hidden), origin=origin,
        action="bureau.hide" if hidden else "bureau.show", target=f"bureaus.{slug}", field="hidden",
        old=str(not hidden), new=str(hidden),
    )


def set_bureau_colour(sessions: sessionmaker[Session], slug: str, colour: str, *, origin: str) -> None:
    if not COLOUR.fullmatch(colour):
        raise ValidationError(f"bureaus.{slug}.colour", "expected a colour like #8a1c1c")
    change_draft(
        sessions, lambda ex: arrangement.update_bureau(ex, slug, colour=colour), origin=origin,
        action="edit", target=f"bureaus.{slug}", field="colour", new=colour,
    )


def move_bureau(sessions: sessionmaker[Session], slug: str, index: int, *, origin: str) -> None:
    """Move a bureau to `index` in Home's order (0: first)."""
    change_draft(
        sessions, lambda ex: arrangement.move_bureau(ex, slug, index), origin=origin,
        action="bureau.move", target=f"bureaus.{slug}", field="position", new=str(index),
    )


# --- stories ----------------------------------------------------------------------------


def add_story(
    sessions: sessionmaker[Session], bureau: str, *, title_zh: str, title_en: str = "",
    summary_zh: str = "", summary_en: str = "", body_zh: str = "", body_en: str = "",
    source_zh: str = "本展览", source_en: str = "This exhibition", index: int | None = None, origin: str,
) -> Story:
    """A new story in `bureau`; its summary and body start as its title where not given."""
    path = "stories.new"
    title = _text(f"{path}.title", title_zh, title_en)
    summary = _text(f"{path}.summary", summary_zh or title_zh, summary_en or title_en)
    body = _text(f"{path}.body", body_zh or summary.zh, body_en or summary.en)
    source = _text(f"{path}.source", source_zh, source_en)
    made: list[Story] = []

    def add(ex: Exhibition) -> Exhibition:
        key = _unique_key(f"{bureau}-story", (s.key for b in ex.bureaus for s in b.stories))
        made.append(
            Story(key=key, bureau_slug=bureau, title=title, summary=summary, body=body, source=source)
        )
        return arrangement.add_story(ex, made[0], index)

    change_draft(sessions, add, origin=origin, action="story.add", target=f"bureaus.{bureau}", new=title.zh)
    return made[0]


def move_story(
    sessions: sessionmaker[Session], key: str, index: int | None, *, to_bureau: str | None = None, origin: str
) -> None:
    """Move a story within its bureau, or into another bureau (at `index`; None: at the end)."""
    change_draft(
        sessions, lambda ex: arrangement.move_story(ex, key, index, to_bureau=to_bureau), origin=origin,
        action="story.move", target=f"stories.{key}", field="bureau" if to_bureau else "position",
        new=to_bureau or str(index),
    )


def set_story_hidden(sessions: sessionmaker[Session], key: str, hidden: bool, *, origin: str) -> None:
    change_draft(
        sessions, lambda ex: arrangement.update_story(ex, key, hidden=hidden), origin=origin,
        action="story.hide" if hidden else "story.show", target=f"stories.{key}", field="hidden",
        old=str(not hidden), new=str(hidden),
    )


# --- photos -----------------------------------------------------------------------------


def set_cover(sessions: sessionmaker[Session], key: str, *, origin: str) -> None:
    """Make a photo its bureau's cover (the old cover goes first in the gallery)."""
    change_draft(
        sessions, lambda ex: arrangement.set_cover(ex, key), origin=origin, action="photo.cover",
        target=f"photos.{key}",
    )


def move_photo(sessions: sessionmaker[Session], key: str, index: int, *, origin: str) -> None:
    change_draft(
        sessions, lambda ex: arrangement.move_photo(ex, key, index), origin=origin, action="photo.move",
        target=f"photos.{key}", field="position", new=str(index),
    )


# --- figures and milestones --------------------------------------------------------------


def _value(key: str, value: str | Decimal) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        number = Decimal("NaN")
    if not number.is_finite():
        raise ValidationError(f"figures.{key}.value", f"not a number: {value!r}")
    return number


def _bureau_ref(ex: Exhibition, path: str, slug: str | None) -> str | None:
    if slug is not None and ex.bureau(slug) is None:
        raise ValidationError(path, f"there is no bureau {slug!r}")
    return slug


def add_figure(
    sessions: sessionmaker[Session], *, label_zh: str, value: str | Decimal, unit_zh: str, label_en: str = "",
    unit_en: str = "", year: int | None = None, bureau: str | None = None, index: int | None = None,
    origin: str,
) -> Figure:
    label = _text("figures.new.label", label_zh, label_en)
    unit = _text("figures.new.unit", unit_zh, unit_en)
    number = _value("new", value)
    made: list[Figure] = []

    def add(ex: Exhibition) -> Exhibition:
        key = _unique_key("figure", (f.key for f in ex.figures))
        made.append(Figure(key=key, label=label, value=number, unit=unit, year=year,
                           bureau_slug=_bureau_ref(ex, "figures.new.bureau", bureau)))
        return arrangement.add_figure(ex, made[0], index)

    change_draft(sessions, add, origin=origin, action="figure.add", target="figures", new=label.zh)
    return made[0]


def set_figure(
    sessions: sessionmaker[Session], key: str, *, value: Any = UNSET, year: Any = UNSET, bureau: Any = UNSET,
    origin: str,
) -> None:
    """Change a figure's value (kept exactly as typed: "91.3"), year or bureau (None: none)."""
    changes: dict[str, Any] = {}
    if value is not UNSET:
        changes["value"] = _value(key, value)
    if year is not UNSET:
        changes["year"] = year

    def change(ex: Exhibition) -> Exhibition:
        if bureau is not UNSET:
            changes["bureau_slug"] = _bureau_ref(ex, f"figures.{key}.bureau", bureau)
        return arrangement.update_figure(ex, key, **changes)

    change_draft(sessions, change, origin=origin, action="edit", target=f"figures.{key}",
                 field=",".join(sorted(changes)) or "bureau", new=str(value if value is not UNSET else ""))


def move_figure(sessions: sessionmaker[Session], key: str, index: int, *, origin: str) -> None:
    change_draft(sessions, lambda ex: arrangement.move_figure(ex, key, index), origin=origin,
                 action="figure.move", target=f"figures.{key}", field="position", new=str(index))


def add_event(
    sessions: sessionmaker[Session], *, title_zh: str, text_zh: str, title_en: str = "", text_en: str = "",
    year: int | None = None, bureau: str | None = None, index: int | None = None, origin: str,
) -> TimelineEvent:
    title = _text("timeline.new.title", title_zh, title_en)
    text = _text("timeline.new.text", text_zh, text_en)
    made: list[TimelineEvent] = []

    def add(ex: Exhibition) -> Exhibition:
        key = _unique_key("milestone", (e.key for e in ex.timeline))
        made.append(TimelineEvent(key=key, title=title, text=text, year=year,
                                  bureau_slug=_bureau_ref(ex, "timeline.new.bureau", bureau)))
        return arrangement.add_event(ex, made[0], index)

    change_draft(sessions, add, origin=origin, action="milestone.add", target="timeline", new=title.zh)
    return made[0]


def set_event(
    sessions: sessionmaker[Session], key: str, *, year: Any = UNSET, bureau: Any = UNSET, origin: str
) -> None:
    def change(ex: Exhibition) -> Exhibition:
        changes: dict[str, Any] = {}
        if year is not UNSET:
            changes["year"] = year
        if bureau is not UNSET:
            changes["bureau_slug"] = _bureau_ref(ex, f"timeline.{key}.bureau", bureau)
        return arrangement.update_event(ex, key, **changes)

    field = "year" if year is not UNSET else "bureau"
    change_draft(sessions, change, origin=origin, action="edit", target=f"timeline.{key}", field=field,
                 new=str(year if year is not UNSET else bureau))


def move_event(sessions: sessionmaker[Session], key: str, index: int, *, origin: str) -> None:
    change_draft(sessions, lambda ex: arrangement.move_event(ex, key, index), origin=origin,
                 action="milestone.move", target=f"timeline.{key}", field="position", new=str(index))
