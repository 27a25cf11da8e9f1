"""What changed between two exhibitions, in words an editor reads at a glance.

`describe_changes(old, new)` compares two whole exhibitions (two published versions, the live
one and a draft, the live one and a package about to be imported) and says, bureau by bureau,
what differs: "怀化: slogan changed; 2 photos added". It also counts bureaus, stories and
photos added, changed and removed, for the import preview.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from kiosk.content.types import Bureau, Exhibition, Photo, Story

_BUREAU_FIELDS = (
    ("name", "name"), ("city", "city"), ("focus", "focus line"), ("summary", "text"),
    ("colour", "colour"), ("kind", "kind"),
)
_BRAND_FIELDS = (("name", "brand name"), ("slogan", "slogan"), ("concept", "concept"))
_STORY_FIELDS = ("title", "summary", "body", "source", "credit")


@dataclass
class Counts:
    """Keys (slugs) added, changed and removed."""

    added: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)


@dataclass
class ContentChanges:
    """Every difference found, grouped by where it is (a bureau's city, or "exhibition")."""

    lines: dict[str, list[str]] = field(default_factory=dict)
    bureaus: Counts = field(default_factory=Counts)
    stories: Counts = field(default_factory=Counts)
    photos: Counts = field(default_factory=Counts)

    def note(self, scope: str, what: str) -> None:
        self.lines.setdefault(scope, []).append(what)

    def __bool__(self) -> bool:
        return bool(self.lines)

    def descriptions(self) -> list[str]:
        """One line per place: "怀化: slogan changed; 2 photos added"."""
        return [f"{scope}: {'; '.join(items)}" for scope, items in self.lines.items()]

    def summary(self, limit: int = 160) -> str:
        """The whole change in one line of at most `limit` characters."""
        if not self.lines:
            return "no changes"
        text = " · ".join(self.descriptions())
        if len(text) <= limit:
            return text
        places = len(self.lines)
        head = text[: limit - 24].rsplit(" · ", 1)[0] if " · " in text[: limit - 24] else text[: limit - 24]
        return f"{head} … ({places} places changed)"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def _photo_changes(old: Sequence[Photo], new: Sequence[Photo], changes: ContentChanges, scope: str) -> None:
    before = {p.key: p for p in old}
    after = {p.key: p for p in new}
    added = [k for k in after if k not in before]
    removed = [k for k in before if k not in after]
    edited = [k for k in after if k in before and after[k] != before[k]]
    changes.photos.added += added
    changes.photos.removed += removed
    changes.photos.changed += edited
    if added:
        changes.note(scope, f"{_plural(len(added), 'photo')} added")
    if removed:
        changes.note(scope, f"{_plural(len(removed), 'photo')} removed")
    if edited:
        changes.note(scope, f"{_plural(len(edited), 'photo caption')} changed"
                     if all(after[k].renditions == before[k].renditions for k in edited)
                     else f"{_plural(len(edited), 'photo')} changed")
    kept_old = [k for k in before if k in after]
    kept_new = [k for k in after if k in before]
    if kept_old != kept_new:
        changes.note(scope, "photos reordered")


def _bureau_changes(
    old: Bureau, new: Bureau, changes: ContentChanges, moved_in: dict[str, str], moved_out: set[str]
) -> None:
    scope = new.city.zh
    size = len(changes.lines.get(scope, []))
    for attr, label in _BUREAU_FIELDS:
        if getattr(old, attr) != getattr(new, attr):
            changes.note(scope, f"{label} changed")
    for attr, label in _BRAND_FIELDS:
        was, now = getattr(old.brand, attr), getattr(new.brand, attr)
        if was != now:
            verb = "added" if was is None else "removed" if now is None else "changed"
            changes.note(scope, f"{label} {verb}")
    if old.hidden != new.hidden:
        changes.note(scope, "hidden" if new.hidden else "shown again")
    if (old.cover and old.cover.key) != (new.cover and new.cover.key):
        changes.note(scope, "cover changed")
    travelling = {p.key for b in (old, new) for s in b.stories if s.key in moved_out for p in s.photos}
    _photo_changes(
        [p for p in old.every_photo() if p.key not in travelling],
        [p for p in new.every_photo() if p.key not in travelling],
        changes, scope,
    )
    _story_changes(old.stories, new.stories, changes, scope, moved_in, moved_out)
    if len(changes.lines.get(scope, [])) > size:
        changes.bureaus.changed.append(new.slug)


def _story_changes(
    old: Sequence[Story], new: Sequence[Story], changes: ContentChanges, scope: str,
    moved_in: dict[str, str], moved_out: set[str],
) -> None:
    before = {s.key: s for s in old}
    after = {s.key: s for s in new}
    arrived = [k for k in after if k not in before and k in moved_in]
    left = [k for k in before if k not in after and k in moved_out]
    added = [k for k in after if k not in before and k not in moved_in]
    removed = [k for k in before if k not in after and k not in moved_out]
    changes.stories.added += added
    changes.stories.removed += removed
    for key in arrived:
        changes.note(scope, f"story “{after[key].title.zh}” moved here from {moved_in[key]}")
    if left:
        changes.note(scope, f"{_plural(len(left), 'story')} moved away")
    if added:
        changes.note(scope, f"{_plural(len(added), 'story')} added")
    if removed:
        changes.note(scope, f"{_plural(len(removed), 'story')} removed")
    for key in after:
        if key in before and before[key] != after[key]:
            was, now = before[key], after[key]
            fields = [f for f in _STORY_FIELDS if getattr(was, f) != getattr(now, f)]
            if was.hidden != now.hidden:
                fields.append("hidden" if now.hidden else "shown again")
            if fields:
                changes.stories.changed.append(key)
                changes.note(scope, f"story “{now.title.zh}”: {', '.join(fields)}")
    kept_old = [k for k in before if k in after]
    kept_new = [k for k in after if k in before]
    if kept_old != kept_new:
        changes.note(scope, "stories reordered")


def _keyed_changes(old: Sequence, new: Sequence, noun: str, changes: ContentChanges, scope: str) -> None:
    before = {x.key: x for x in old}
    after = {x.key: x for x in new}
    added = sum(1 for k in after if k not in before)
    removed = sum(1 for k in before if k not in after)
    edited = sum(1 for k in after if k in before and after[k] != before[k])
    for count, verb in ((added, "added"), (edited, "changed"), (removed, "removed")):
        if count:
            changes.note(scope, f"{_plural(count, noun)} {verb}")
    if [k for k in before if k in after] != [k for k in after if k in before]:
        changes.note(scope, f"{noun}s reordered")


def describe_changes(old: Exhibition | None, new: Exhibition) -> ContentChanges:
    """What changed from `old` (None: nothing before) to `new`."""
    changes = ContentChanges()
    if old is None:
        changes.bureaus.added = [b.slug for b in new.bureaus]
        changes.note("exhibition", f"first version, {_plural(len(new.bureaus), 'bureau')}")
        return changes
    top = "exhibition"
    for attr, label in (("title", "title"), ("programme", "programme"), ("theme", "theme"),
                        ("introduction", "introduction"), ("credits", "credits")):
        if getattr(old, attr) != getattr(new, attr):
            changes.note(top, f"{label} changed")
    _keyed_changes(old.sections, new.sections, "section", changes, top)
    _keyed_changes(old.figures, new.figures, "figure", changes, "figures")
    _keyed_changes(old.timeline, new.timeline, "milestone", changes, "timeline")
    if old.glossary != new.glossary:
        changes.note(top, "glossary changed")

    before = {b.slug: b for b in old.bureaus}
    after = {b.slug: b for b in new.bureaus}
    home_before = {s.key: b for b in old.bureaus for s in b.stories}
    moved_in: dict[str, str] = {}  # story key → the city it came from
    for b in new.bureaus:
        for s in b.stories:
            home = home_before.get(s.key)
            if home is not None and home.slug != b.slug and home.slug in after and b.slug in before:
                moved_in[s.key] = home.city.zh
    moved_out = set(moved_in)
    for slug, bureau in after.items():
        if slug not in before:
            changes.bureaus.added.append(slug)
            changes.note(bureau.city.zh, "bureau added")
        else:
            _bureau_changes(before[slug], bureau, changes, moved_in, moved_out)
    for slug, bureau in before.items():
        if slug not in after:
            changes.bureaus.removed.append(slug)
            changes.note(bureau.city.zh, "bureau removed")
    if [s for s in before if s in after] != [s for s in after if s in before]:
        changes.note("Home", "bureaus reordered")
    return changes
