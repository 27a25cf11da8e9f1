"""Changes to an exhibition's structure, as pure functions: each takes an `Exhibition` and returns
a new one (types are frozen). Adding, moving, hiding and removing bureaus, stories, photos,
figures and milestones; a removed item comes back with where it was, for the trash.

A missing item or an impossible move raises `ArrangementError` with a one-line message.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from kiosk.content.types import Bureau, Exhibition, Figure, Photo, Story, TimelineEvent


class ArrangementError(ValueError):
    """An item that is not there, or a change that cannot be made; the message says which."""


def _index[T](items: Sequence[T], match: Callable[[T], bool], what: str) -> int:
    for i, item in enumerate(items):
        if match(item):
            return i
    raise ArrangementError(f"there is no {what}")


def _clamp(index: int | None, length: int) -> int:
    return length if index is None else max(0, min(index, length))


def moved[T](items: Sequence[T], old: int, new: int) -> tuple[T, ...]:
    """`items` with the one at `old` moved to `new` (clamped to the ends)."""
    rest = list(items)
    item = rest.pop(old)
    rest.insert(_clamp(new, len(rest)), item)
    return tuple(rest)


def inserted[T](items: Sequence[T], item: T, index: int | None = None) -> tuple[T, ...]:
    """`items` with `item` at `index` (None: at the end)."""
    rest = list(items)
    rest.insert(_clamp(index, len(rest)), item)
    return tuple(rest)


# --- bureaus ----------------------------------------------------------------------------


def bureau_index(ex: Exhibition, slug: str) -> int:
    return _index(ex.bureaus, lambda b: b.slug == slug, f"bureau {slug!r}")


def _with_bureau(ex: Exhibition, slug: str, change: Callable[[Bureau], Bureau]) -> Exhibition:
    i = bureau_index(ex, slug)
    return replace(ex, bureaus=(*ex.bureaus[:i], change(ex.bureaus[i]), *ex.bureaus[i + 1:]))


def update_bureau(ex: Exhibition, slug: str, **changes: Any) -> Exhibition:
    return _with_bureau(ex, slug, lambda b: replace(b, **changes))


def add_bureau(ex: Exhibition, bureau: Bureau, index: int | None = None) -> Exhibition:
    if ex.bureau(bureau.slug) is not None:
        raise ArrangementError(f"there is already a bureau {bureau.slug!r}")
    return replace(ex, bureaus=inserted(ex.bureaus, bureau, index))


def move_bureau(ex: Exhibition, slug: str, index: int) -> Exhibition:
    return replace(ex, bureaus=moved(ex.bureaus, bureau_index(ex, slug), index))


def remove_bureau(ex: Exhibition, slug: str) -> tuple[Exhibition, Bureau, dict[str, Any]]:
    """Without the bureau, and without references to it (sections, figures, milestones)."""
    i = bureau_index(ex, slug)
    place = {
        "position": i,
        "sections": {s.key: s.bureau_slugs.index(slug) for s in ex.sections if slug in s.bureau_slugs},
        "figures": [f.key for f in ex.figures if f.bureau_slug == slug],
        "timeline": [e.key for e in ex.timeline if e.bureau_slug == slug],
    }
    changed = replace(
        ex,
        bureaus=ex.bureaus[:i] + ex.bureaus[i + 1:],
        sections=tuple(
            replace(s, bureau_slugs=tuple(x for x in s.bureau_slugs if x != slug)) for s in ex.sections
        ),
        figures=tuple(replace(f, bureau_slug=None) if f.bureau_slug == slug else f for f in ex.figures),
        timeline=tuple(replace(e, bureau_slug=None) if e.bureau_slug == slug else e for e in ex.timeline),
    )
    return changed, ex.bureaus[i], place


def restore_bureau(ex: Exhibition, bureau: Bureau, place: dict[str, Any]) -> Exhibition:
    """Put a removed bureau back where it was, with the references it had (where still there)."""
    changed = add_bureau(ex, bureau, place.get("position"))
    slug = bureau.slug
    return replace(
        changed,
        sections=tuple(
            replace(s, bureau_slugs=inserted(s.bureau_slugs, slug, place["sections"][s.key]))
            if s.key in place.get("sections", {}) and slug not in s.bureau_slugs else s
            for s in changed.sections
        ),
        figures=tuple(
            replace(f, bureau_slug=slug) if f.key in place.get("figures", ()) and f.bureau_slug is None else f
            for f in changed.figures
        ),
        timeline=tuple(
            replace(e, bureau_slug=slug)
            if e.key in place.get("timeline", ()) and e.bureau_slug is None else e
            for e in changed.timeline
        ),
    )


# --- stories ----------------------------------------------------------------------------


def find_story(ex: Exhibition, key: str) -> tuple[Bureau, int]:
    for bureau in ex.bureaus:
        for i, story in enumerate(bureau.stories):
            if story.key == key:
                return bureau, i
    raise ArrangementError(f"there is no story {key!r}")


def update_story(ex: Exhibition, key: str, **changes: Any) -> Exhibition:
    bureau, i = find_story(ex, key)
    stories = list(bureau.stories)
    stories[i] = replace(stories[i], **changes)
    return update_bureau(ex, bureau.slug, stories=tuple(stories))


def add_story(ex: Exhibition, story: Story, index: int | None = None) -> Exhibition:
    if any(s.key == story.key for b in ex.bureaus for s in b.stories):
        raise ArrangementError(f"there is already a story {story.key!r}")
    bureau = ex.bureaus[bureau_index(ex, story.bureau_slug)]
    return update_bureau(ex, bureau.slug, stories=inserted(bureau.stories, story, index))


def move_story(ex: Exhibition, key: str, index: int | None, *, to_bureau: str | None = None) -> Exhibition:
    """Move a story within its bureau, or to `index` in another bureau (None: at the end)."""
    bureau, i = find_story(ex, key)
    if to_bureau is None or to_bureau == bureau.slug:
        target = _clamp(index, len(bureau.stories))
        return update_bureau(ex, bureau.slug, stories=moved(bureau.stories, i, target))
    bureau_index(ex, to_bureau)  # refuse an unknown bureau before changing anything
    story = bureau.stories[i]
    without = update_bureau(ex, bureau.slug, stories=bureau.stories[:i] + bureau.stories[i + 1:])
    return add_story(without, replace(story, bureau_slug=to_bureau), index)


def remove_story(ex: Exhibition, key: str) -> tuple[Exhibition, Story, dict[str, Any]]:
    bureau, i = find_story(ex, key)
    changed = update_bureau(ex, bureau.slug, stories=bureau.stories[:i] + bureau.stories[i + 1:])
    return changed, bureau.stories[i], {"bureau": bureau.slug, "position": i}


# --- photos -----------------------------------------------------------------------------


def find_photo(ex: Exhibition, key: str) -> tuple[Bureau, str | None, str, int]:
    """(bureau, story key or None, role "cover" | "gallery" | "story", position) of a photo."""
    for bureau in ex.bureaus:
        if bureau.cover is not None and bureau.cover.key == key:
            return bureau, None, "cover", 0
        for i, photo in enumerate(bureau.photos):
            if photo.key == key:
                return bureau, None, "gallery", i
        for story in bureau.stories:
            for i, photo in enumerate(story.photos):
                if photo.key == key:
                    return bureau, story.key, "story", i
    raise ArrangementError(f"there is no photo {key!r}")


def _photo_keys(ex: Exhibition) -> set[str]:
    return {p.key for b in ex.bureaus for p in b.every_photo()}


def add_photos(
    ex: Exhibition, bureau_slug: str, photos: Sequence[Photo], *, story: str | None = None,
    index: int | None = None,
) -> Exhibition:
    """Add `photos` to a bureau's gallery, or to one of its stories; as its cover if it has none."""
    taken = _photo_keys(ex)
    for photo in photos:
        if photo.key in taken:
            raise ArrangementError(f"there is already a photo {photo.key!r}")
        taken.add(photo.key)
    bureau = ex.bureaus[bureau_index(ex, bureau_slug)]
    if story is not None:
        home, i = find_story(ex, story)
        if home.slug != bureau_slug:
            raise ArrangementError(f"story {story!r} belongs to {home.slug!r}, not {bureau_slug!r}")
        target = home.stories[i]
        at = _clamp(index, len(target.photos))
        return update_story(ex, story, photos=target.photos[:at] + tuple(photos) + target.photos[at:])
    cover, rest = bureau.cover, tuple(photos)
    if cover is None and rest:
        cover, rest = rest[0], rest[1:]
    at = _clamp(index, len(bureau.photos))
    return update_bureau(ex, bureau_slug, cover=cover, photos=bureau.photos[:at] + rest + bureau.photos[at:])


def update_photo(ex: Exhibition, key: str, **changes: Any) -> Exhibition:
    bureau, story, role, i = find_photo(ex, key)
    if role == "cover":
        return update_bureau(ex, bureau.slug, cover=replace(bureau.cover, **changes))
    if role == "gallery":
        photos = list(bureau.photos)
        photos[i] = replace(photos[i], **changes)
        return update_bureau(ex, bureau.slug, photos=tuple(photos))
    _, s = find_story(ex, story)
    photos = list(bureau.stories[s].photos)
    photos[i] = replace(photos[i], **changes)
    return update_story(ex, story, photos=tuple(photos))


def remove_photo(ex: Exhibition, key: str) -> tuple[Exhibition, Photo, dict[str, Any]]:
    bureau, story, role, i = find_photo(ex, key)
    place = {"bureau": bureau.slug, "story": story, "role": role, "position": i}
    if role == "cover":
        return update_bureau(ex, bureau.slug, cover=None), bureau.cover, place
    if role == "gallery":
        photo = bureau.photos[i]
        return update_bureau(ex, bureau.slug, photos=bureau.photos[:i] + bureau.photos[i + 1:]), photo, place
    _, s = find_story(ex, story)
    photos = bureau.stories[s].photos
    return update_story(ex, story, photos=photos[:i] + photos[i + 1:]), photos[i], place


def set_cover(ex: Exhibition, key: str) -> Exhibition:
    """Make a photo its bureau's cover; the old cover goes first in the gallery."""
    bureau, _story, role, _i = find_photo(ex, key)
    if role == "cover":
        return ex
    without, photo, _place = remove_photo(ex, key)
    bureau = without.bureaus[bureau_index(without, bureau.slug)]
    gallery = ((bureau.cover,) if bureau.cover is not None else ()) + bureau.photos
    return update_bureau(without, bureau.slug, cover=photo, photos=gallery)


def move_photo(ex: Exhibition, key: str, index: int) -> Exhibition:
    """Move a photo within its gallery or story (a cover stays the cover: `set_cover`)."""
    bureau, story, role, i = find_photo(ex, key)
    if role == "cover":
        raise ArrangementError("the cover has no place in the gallery; set another photo as cover")
    if role == "gallery":
        return update_bureau(ex, bureau.slug, photos=moved(bureau.photos, i, index))
    _, s = find_story(ex, story)
    return update_story(ex, story, photos=moved(bureau.stories[s].photos, i, index))


def restore_photo(ex: Exhibition, photo: Photo, place: dict[str, Any]) -> Exhibition:
    slug, story, role = place["bureau"], place.get("story"), place.get("role", "gallery")
    bureau = ex.bureaus[bureau_index(ex, slug)]
    if role == "story" and story is not None and any(s.key == story for s in bureau.stories):
        return add_photos(ex, slug, [photo], story=story, index=place.get("position"))
    if role == "cover" and bureau.cover is None:
        return add_photos(ex, slug, [photo])
    return add_photos(ex, slug, [photo], index=0 if role == "cover" else place.get("position"))


# --- figures and milestones --------------------------------------------------------------


def _keyed[T](items: Sequence[T], key: str, what: str) -> int:
    return _index(items, lambda x: x.key == key, f"{what} {key!r}")  # type: ignore[attr-defined]


def add_figure(ex: Exhibition, figure: Figure, index: int | None = None) -> Exhibition:
    if any(f.key == figure.key for f in ex.figures):
        raise ArrangementError(f"there is already a figure {figure.key!r}")
    return replace(ex, figures=inserted(ex.figures, figure, index))


def update_figure(ex: Exhibition, key: str, **changes: Any) -> Exhibition:
    i = _keyed(ex.figures, key, "figure")
    return replace(ex, figures=(*ex.figures[:i], replace(ex.figures[i], **changes), *ex.figures[i + 1:]))


def move_figure(ex: Exhibition, key: str, index: int) -> Exhibition:
    return replace(ex, figures=moved(ex.figures, _keyed(ex.figures, key, "figure"), index))


def remove_figure(ex: Exhibition, key: str) -> tuple[Exhibition, Figure, dict[str, Any]]:
    i = _keyed(ex.figures, key, "figure")
    place = {
        "position": i,
        "sections": {s.key: s.figure_keys.index(key) for s in ex.sections if key in s.figure_keys},
    }
    changed = replace(
        ex,
        figures=ex.figures[:i] + ex.figures[i + 1:],
        sections=tuple(
            replace(s, figure_keys=tuple(k for k in s.figure_keys if k != key)) for s in ex.sections
        ),
    )
    return changed, ex.figures[i], place


def restore_figure(ex: Exhibition, figure: Figure, place: dict[str, Any]) -> Exhibition:
    if figure.bureau_slug is not None and ex.bureau(figure.bureau_slug) is None:
        figure = replace(figure, bureau_slug=None)
    changed = add_figure(ex, figure, place.get("position"))
    return replace(changed, sections=tuple(
        replace(s, figure_keys=inserted(s.figure_keys, figure.key, place["sections"][s.key]))
        if s.key in place.get("sections", {}) and figure.key not in s.figure_keys else s
        for s in changed.sections
    ))


def add_event(ex: Exhibition, event: TimelineEvent, index: int | None = None) -> Exhibition:
    if any(e.key == event.key for e in ex.timeline):
        raise ArrangementError(f"there is already a milestone {event.key!r}")
    if event.bureau_slug is not None and ex.bureau(event.bureau_slug) is None:
        event = replace(event, bureau_slug=None)
    return replace(ex, timeline=inserted(ex.timeline, event, index))


def update_event(ex: Exhibition, key: str, **changes: Any) -> Exhibition:
    i = _keyed(ex.timeline, key, "milestone")
    return replace(ex, timeline=(*ex.timeline[:i], replace(ex.timeline[i], **changes), *ex.timeline[i + 1:]))


def move_event(ex: Exhibition, key: str, index: int) -> Exhibition:
    return replace(ex, timeline=moved(ex.timeline, _keyed(ex.timeline, key, "milestone"), index))


def remove_event(ex: Exhibition, key: str) -> tuple[Exhibition, TimelineEvent, dict[str, Any]]:
    i = _keyed(ex.timeline, key, "milestone")
    return replace(ex, timeline=ex.timeline[:i] + ex.timeline[i + 1:]), ex.timeline[i], {"position": i}
