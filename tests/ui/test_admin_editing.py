"""An editor changes the exhibition on the touchscreen: types Chinese on the on-screen keyboard,
sees the draft in the preview while visitors still see the live exhibition, publishes, and the
visitor panel shows the change — through the real services and database, no fakes."""

from __future__ import annotations

import pytest
from helpers import PIN, enter_pin, screen, text
from PySide6.QtCore import QPoint

from kiosk.devtools import driving


def _into_admin(kiosk) -> None:
    kiosk.admin.requestEntry()
    enter_pin(kiosk.window, PIN)
    assert driving.wait_until(lambda: driving.find(kiosk.window, "adminDesk") is not None)


def _key(win, label: str):
    """The on-screen keyboard's key (or Pinyin candidate) showing `label`."""
    board = driving.find(win, "keyboard")
    assert board is not None, "the on-screen keyboard is not up"
    for item in driving.walk(board):
        if item.property("text") == label and driving.is_shown(item):
            return item
    raise LookupError(f"no key {label!r} on the keyboard")


def _settled_key(win, label: str):
    """`_key(label)` once it has stopped moving: the keyboard style slides its Pinyin candidates
    in (200 ms), and a finger tapping one mid-slide lands on the keys under it."""
    seen: list = []

    def still() -> bool:
        try:
            seen.append(driving.centre(win, _key(win, label)))
        except LookupError:
            return False
        return len(seen) >= 6 and len(set(seen[-6:])) == 1  # unmoved over a few frames

    assert driving.wait_until(still), f"the candidate {label!r} never settled"
    return _key(win, label)


def _slogan(reader, slug: str) -> str:
    return reader.exhibition().bureau(slug).brand.slogan.zh


def test_type_pinyin_preview_then_publish_to_visitors(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    live = pin_store.exhibition
    before = _slogan(live, "huaihua")
    _into_admin(kiosk)
    driving.bring_into_list(win, "deskBureaus", "edit_huaihua")
    driving.tap_named(win, "edit_huaihua")
    box = driving.tap_named(win, "fieldText_bureaus.huaihua.brand.slogan_zh")
    assert driving.wait_until(lambda: driving.find(win, "keyboard") is not None)
    box.setProperty("cursorPosition", len(before))
    for letter in "huaihua":
        driving.tap(win, _key(win, letter))
    driving.tap(win, _settled_key(win, "怀化"))
    assert driving.wait_until(lambda: box.property("text") == before + "怀化")
    # Saved to the draft as typed (a moment after the last key), not yet live.
    assert driving.wait_until(lambda: kiosk.desk.property("hasChanges"), 5.0)
    assert _slogan(live, "huaihua") == before

    driving.tap_named(win, "previewButton")
    assert driving.wait_until(lambda: driving.find(win, "previewBand") is not None)
    driving.tap_named(win, "bureauTile_huaihua")  # the preview's own Home, over the draft
    assert driving.wait_until(lambda: driving.find(win, "previewBureau") is not None)
    # On the preview's panel itself (the field being edited, under the preview, says it too).
    panel = driving.find(win, "previewBureau")
    typed = before + "怀化"
    slogans = [i for i in driving.walk(panel) if driving.is_shown(i) and i.property("text") == typed]
    assert slogans, "the preview shows the draft's slogan"
    driving.tap_named(win, "backToEditing")
    assert driving.wait_until(lambda: driving.find(win, "previewBand") is None)

    driving.tap_named(win, "publishButton")
    assert driving.wait_until(lambda: not kiosk.desk.property("hasChanges"))
    assert _slogan(live, "huaihua") == before + "怀化"  # the real service reads the new version
    driving.tap_named(win, "adminLeave")
    assert driving.wait_until(lambda: screen(win) == "homeScreen")
    driving.tap_named(win, "bureauTile_huaihua")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    shown = [i.property("text") for i in driving.items(win) if driving.is_shown(i)]
    assert before + "怀化" in shown


def test_an_edit_is_kept_in_the_draft_when_admin_times_out(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store, admin_idle_timeout_s=2.0)
    win = kiosk.window
    _into_admin(kiosk)
    driving.tap_named(win, "nav_exhibition")
    box = driving.tap_named(win, "fieldText_exhibition.theme_en")
    box.setProperty("text", "A theme typed on a laptop")  # a physical keyboard's typing
    assert driving.wait_until(lambda: driving.find(win, "adminDesk") is None, 10.0)  # timed out
    assert kiosk.admin.timeouts == 1
    assert kiosk.admin_services.editor.draft().theme.en == "A theme typed on a laptop"
    assert text(win, "exhibitionTitle") == pin_store.exhibition.exhibition().title.zh  # visitors: live


def _tile_order(win, count: int) -> list[str]:
    """The Home tiles in reading order (rows, then left to right), once all `count` are laid out."""
    assert driving.wait_until(lambda: len(driving.find_all(win, "bureauTile_")) == count)
    tiles = driving.find_all(win, "bureauTile_")

    def place(tile):
        corner = tile.mapToScene(tile.boundingRect().topLeft())
        return round(corner.y()), corner.x()

    return [t.objectName()[len("bureauTile_"):] for t in sorted(tiles, key=place)]


def test_dragging_a_bureau_reorders_home_after_publish(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    order = _tile_order(win, len(_visitor_order(kiosk)))
    moved = order[0]
    _into_admin(kiosk)
    handle = driving.find(win, f"dragHandle_{moved}")
    row = driving.find(win, f"deskBureau_{moved}")
    start = driving.centre(win, handle)
    rows_down = 2
    spacing = 12 * win.height() / 1080  # the list's smallGap
    end = QPoint(start.x(), start.y() + round(rows_down * (row.height() + spacing)))
    driving.swipe(win, start, end, steps=12, settle_ms=40)
    draft = kiosk.admin_services.editor.draft()
    cities = [b.slug for b in draft.bureaus if b.slug in order]
    assert cities.index(moved) == rows_down, cities
    assert order == _visitor_order(kiosk)  # visitors: unchanged until the publish
    driving.tap_named(win, "publishButton")
    assert driving.wait_until(lambda: not kiosk.desk.property("hasChanges"))
    driving.tap_named(win, "adminLeave")
    assert driving.wait_until(lambda: _tile_order(win, len(order))[rows_down] == moved)
    assert _tile_order(win, len(order))[: rows_down + 1] == [*order[1 : rows_down + 1], moved]


def _visitor_order(kiosk) -> list[str]:
    return [b.slug for b in kiosk.reader.exhibition().bureaus if b.kind.value != "province"]


def test_restoring_an_older_version_shows_it_to_visitors(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    original = pin_store.exhibition.exhibition().title.zh
    _into_admin(kiosk)
    driving.tap_named(win, "nav_exhibition")
    box = driving.tap_named(win, "fieldText_exhibition.title_zh")
    box.setProperty("text", "临时标题")
    driving.tap_named(win, "publishButton")  # the field is saved as it loses focus
    assert driving.wait_until(lambda: pin_store.exhibition.exhibition().title.zh == "临时标题")
    driving.tap_named(win, "nav_versions")
    first = min(v.id for v in kiosk.admin_services.editor.versions())
    driving.tap_named(win, f"restore_{first}")
    assert driving.wait_until(lambda: pin_store.exhibition.exhibition().title.zh == original)
    assert len(kiosk.admin_services.editor.versions()) == 3  # restoring made a version: nothing lost
    driving.tap_named(win, "adminLeave")
    assert driving.wait_until(lambda: text(win, "exhibitionTitle") == original)


def test_a_removed_story_comes_back_from_the_trash(open_kiosk, pin_store) -> None:
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    editor = kiosk.admin_services.editor
    bureau = next(b for b in editor.draft().bureaus if b.stories and b.kind.value != "province")
    story = bureau.stories[0]
    _into_admin(kiosk)
    driving.bring_into_list(win, "deskBureaus", f"edit_{bureau.slug}")
    driving.tap_named(win, f"edit_{bureau.slug}")
    driving.tap_named(win, f"storyRemove_{story.key}")
    assert driving.wait_until(lambda: driving.find(win, f"storyRemove_{story.key}") is None)
    assert story.key not in {s.key for s in editor.draft().bureau(bureau.slug).stories}
    driving.tap_named(win, "nav_trash")
    (entry,) = [t for t in editor.trash() if t.kind == "story"]
    driving.tap_named(win, f"restore_{entry.id}")
    assert driving.wait_until(lambda: not editor.trash())
    restored = editor.draft().bureau(bureau.slug).stories
    assert [s.title for s in restored if s.title == story.title] == [story.title]
    # Moved to another bureau, it is that bureau's story after the publish.
    other = next(b.slug for b in editor.draft().bureaus if b.slug != bureau.slug)
    key = next(s.key for s in restored if s.title == story.title)
    driving.tap_named(win, "nav_bureaus")
    driving.bring_into_list(win, "deskBureaus", f"edit_{bureau.slug}")
    driving.tap_named(win, f"edit_{bureau.slug}")
    driving.tap_named(win, f"storyMoveTo_{key}")
    driving.tap_named(win, f"moveStoryTo_{other}")
    assert driving.wait_until(lambda: key in {s.key for s in editor.draft().bureau(other).stories}), (
        kiosk.desk.property("message"),
    )


def test_the_box_being_typed_in_stays_in_view_above_the_keyboard(open_kiosk, pin_store) -> None:
    from PySide6.QtCore import QPointF

    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    _into_admin(kiosk)
    driving.bring_into_list(win, "deskBureaus", "edit_huaihua")
    driving.tap_named(win, "edit_huaihua")
    name = "fieldText_bureaus.huaihua.brand.concept_en"
    driving.bring_into_list(win, "fieldList", name)
    box = driving.tap_named(win, name)
    assert driving.wait_until(lambda: driving.find(win, "keyboard") is not None)
    board = driving.find(win, "keyboard")

    def box_above_keyboard() -> bool:
        box_bottom = box.mapToScene(QPointF(0, box.height())).y()
        box_top = box.mapToScene(QPointF(0, 0)).y()
        keyboard_top = board.mapToScene(QPointF(0, 0)).y()
        return board.height() > 0 and box_top >= 0 and box_bottom <= keyboard_top

    assert driving.wait_until(box_above_keyboard), "the keyboard came up over the box being typed in"
    # On a landscape screen the keyboard leaves the editor at least two fifths of the height.
    assert board.height() <= 0.6 * win.height()


@pytest.mark.parametrize("size", [(1920, 1080), (1080, 1920)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_bureau_list_names_every_bureau_in_full_in_english(open_kiosk, pin_store, size) -> None:
    kiosk = open_kiosk(pin_store)
    win = kiosk.window
    win.resize(*size)
    kiosk.session.setLanguage("en")
    _into_admin(kiosk)
    rows = driving.find(win, "deskBureaus")
    assert driving.wait_until(lambda: bool(driving.find_all(win, "deskBureau_")))
    names = [i for i in driving.walk(rows) if i.inherits("QQuickText") and driving.is_shown(i)
             and "Tax Service" in (i.property("text") or "")]
    assert len(names) >= 3, "the rows on screen show the bureaus' English names"
    assert not [n.property("text") for n in names if n.property("truncated")], "a bureau's name is cut short"
    for row in driving.find_all(win, "deskBureau_"):  # every button still a finger's size
        for button in (b for b in driving.walk(row) if b.objectName().startswith(("edit_", "remove_"))):
            assert button.height() >= 64 * min(size) / 1080 - 0.5
