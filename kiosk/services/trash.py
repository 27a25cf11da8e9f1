"""The trash: removed bureaus, stories, photos, figures and milestones are kept, listed, and can
be put back into the draft where they were. Nothing an editor removes is lost.

A trashed item is stored in its `content.json` form with where it was; the blobs of its photos
stay in the database while it is in the trash (`trash_media`), even after every version that
showed it is pruned.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from kiosk.content import arrangement
from kiosk.content.arrangement import ArrangementError
from kiosk.content.parsing import bureau_from, figure_from, photo_from, story_from, timeline_event_from
from kiosk.content.serialization import (
    bureau_to_dict,
    canonical_json,
    figure_to_dict,
    media_of,
    photo_to_dict,
    story_to_dict,
    timeline_event_to_dict,
)
from kiosk.content.types import Exhibition, Photo, Story
from kiosk.errors import KioskError
from kiosk.services.draft_changes import change_draft
from kiosk.services.drafts import load_draft
from kiosk.store import audit, repository
from kiosk.store.draft import TrashRecord, add_to_trash, take_from_trash, trash_item, trash_items

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


@dataclass(frozen=True, slots=True)
class TrashEntry:
    """One removed item, as the trash lists it."""

    id: int
    kind: str  # bureau | story | photo | figure | timeline
    key: str
    label: str  # its name, title or caption (Chinese)
    where: str  # where it was: "怀化 · story 2", "Home · 5"
    removed_at: datetime  # UTC
    origin: str


def _where(record: TrashRecord) -> str:
    place = record.place
    position = int(place.get("position", 0)) + 1
    if record.kind == "bureau":
        return f"Home · {position}"
    if record.kind == "photo":
        role = place.get("role")
        inside = f"story {place['story']}" if role == "story" else role
        return f"{place['bureau']} · {inside} · {position}"
    if record.kind == "story":
        return f"{place['bureau']} · {position}"
    return f"{'figures' if record.kind == 'figure' else 'timeline'} · {position}"


def _entry(record: TrashRecord) -> TrashEntry:
    return TrashEntry(
        record.id, record.kind, record.key, record.label, _where(record), record.removed_at, record.origin
    )


def list_trash(sessions: sessionmaker[Session]) -> list[TrashEntry]:
    """Everything removed and not restored, the most recent first."""
    with sessions() as session:
        return [_entry(r) for r in trash_items(session)]


# --- removing -----------------------------------------------------------------------------

_FORMS: dict[str, tuple[Callable[[Any], dict], Callable[[dict], set[str]], Callable[[Any], str]]] = {
    "bureau": (bureau_to_dict, lambda d: media_of({"bureaus": [d]}), lambda b: b.name.zh),
    "story": (story_to_dict, lambda d: media_of({"bureaus": [{"stories": [d]}]}), lambda s: s.title.zh),
    "photo": (photo_to_dict, lambda d: media_of({"bureaus": [{"photos": [d]}]}), lambda p: p.caption.zh),
    "figure": (figure_to_dict, lambda d: set(), lambda f: f.label.zh),
    "timeline": (timeline_event_to_dict, lambda d: set(), lambda e: e.title.zh),
}
_REMOVERS = {
    "bureau": arrangement.remove_bureau,
    "story": arrangement.remove_story,
    "photo": arrangement.remove_photo,
    "figure": arrangement.remove_figure,
    "timeline": arrangement.remove_event,
}
_TARGETS = {
    "bureau": "bureaus", "story": "stories", "photo": "photos", "figure": "figures", "timeline": "timeline",
}


def _remove(sessions: sessionmaker[Session], kind: str, key: str, *, origin: str) -> int:
    removed: list[tuple[Any, dict]] = []

    def change(ex: Exhibition) -> Exhibition:
        changed, item, place = _REMOVERS[kind](ex, key)
        removed.append((item, place))
        return changed

    ids: list[int] = []

    def keep(session: Session, _draft: Exhibition) -> None:
        item, place = removed[0]
        to_dict, media, label = _FORMS[kind]
        document = to_dict(item)
        ids.append(add_to_trash(
            session, kind=kind, key=key, label=label(item), place=place, document=canonical_json(document),
            media=media(document), origin=origin,
        ))

    change_draft(sessions, change, origin=origin, action=f"{kind}.remove", target=f"{_TARGETS[kind]}.{key}",
                 after=keep)
    return ids[0]


def remove_bureau(sessions: sessionmaker[Session], slug: str, *, origin: str) -> int:
    """Remove a bureau (with its stories and photos) to the trash; returns the trash item's id."""
    return _remove(sessions, "bureau", slug, origin=origin)


def remove_story(sessions: sessionmaker[Session], key: str, *, origin: str) -> int:
    return _remove(sessions, "story", key, origin=origin)


def remove_photo(sessions: sessionmaker[Session], key: str, *, origin: str) -> int:
    return _remove(sessions, "photo", key, origin=origin)


def remove_figure(sessions: sessionmaker[Session], key: str, *, origin: str) -> int:
    return _remove(sessions, "figure", key, origin=origin)


def remove_event(sessions: sessionmaker[Session], key: str, *, origin: str) -> int:
    return _remove(sessions, "timeline", key, origin=origin)


# --- restoring ----------------------------------------------------------------------------


def _free(key: str, taken: set[str]) -> str:
    """`key`, or `key-2`, `key-3` … if something else took it meanwhile."""
    if key not in taken:
        return key
    return next(f"{key}-{n}" for n in itertools.count(2) if f"{key}-{n}" not in taken)


def _fresh_photo(photo: Photo, taken: set[str]) -> Photo:
    fresh = replace(photo, key=_free(photo.key, taken))
    taken.add(fresh.key)
    return fresh


def _restored(ex: Exhibition, record: TrashRecord) -> Exhibition:
    data, place = json.loads(record.document), record.place
    photo_keys = {p.key for b in ex.bureaus for p in b.every_photo()}
    bureau = place.get("bureau")
    if bureau is not None and ex.bureau(bureau) is None:
        raise KioskError(f"its bureau {bureau!r} is no longer in the exhibition: restore the bureau first")
    if record.kind == "bureau":
        item = bureau_from(data, "trash")
        if ex.bureau(item.slug) is not None:
            raise KioskError(f"there is a bureau {item.slug!r} in the exhibition again: remove it first")
        stories = {s.key for b in ex.bureaus for s in b.stories}
        item = replace(
            item,
            cover=_fresh_photo(item.cover, photo_keys) if item.cover else None,
            photos=tuple(_fresh_photo(p, photo_keys) for p in item.photos),
            stories=tuple(_fresh_story(s, stories, photo_keys) for s in item.stories),
        )
        return arrangement.restore_bureau(ex, item, place)
    if record.kind == "story":
        stories = {s.key for b in ex.bureaus for s in b.stories}
        story = _fresh_story(story_from(data, bureau, "trash"), stories, photo_keys)
        return arrangement.add_story(ex, story, place.get("position"))
    if record.kind == "photo":
        return arrangement.restore_photo(ex, _fresh_photo(photo_from(data, "trash"), photo_keys), place)
    if record.kind == "figure":
        figure = figure_from(data, "trash")
        figure = replace(figure, key=_free(figure.key, {f.key for f in ex.figures}))
        return arrangement.restore_figure(ex, figure, place)
    event = timeline_event_from(data, "trash")
    event = replace(event, key=_free(event.key, {e.key for e in ex.timeline}))
    return arrangement.add_event(ex, event, place.get("position"))


def _fresh_story(story: Story, taken: set[str], photo_keys: set[str]) -> Story:
    key = _free(story.key, taken)
    taken.add(key)
    return replace(story, key=key, photos=tuple(_fresh_photo(p, photo_keys) for p in story.photos))


def restore_from_trash(sessions: sessionmaker[Session], item_id: int, *, origin: str) -> TrashEntry:
    """Put a trashed item back into the draft where it was (a clashing key gets a suffix)."""
    with sessions.begin() as session:
        record = trash_item(session, item_id)
        if record is None:
            raise KioskError(f"there is no item {item_id} in the trash")
        draft = load_draft(session)
        try:
            changed = _restored(draft, record)
        except ArrangementError as exc:
            raise KioskError(str(exc)) from None
        base = repository.draft_base_version(session)
        repository.replace_exhibition(session, changed, base_version_id=base)
        take_from_trash(session, item_id)  # its blobs are the draft's again: nothing to collect
        audit.append(session, action=f"{record.kind}.restore", target=f"{_TARGETS[record.kind]}.{record.key}",
                     new=record.label, origin=origin)
    return _entry(record)
