"""A visitor taps through the screens: tile → panel → story → photo → swipe → back → Home."""

from __future__ import annotations

from helpers import horizontal_swipe, screen, text

from kiosk.devtools import driving


def _story_bureau(reader) -> tuple[str, str]:
    """A city bureau with a story (the article gives stories to few of them)."""
    for b in reader.exhibition().bureaus:
        if b.slug != "hunan" and b.stories:
            return b.slug, b.stories[0].key
    raise AssertionError("no city bureau with a story")


def test_tile_to_story_and_back_home(kiosk, reader):
    """Home holds only its index (tiles, no stories); the tapped panel is read whole."""
    win = kiosk.window
    slug, story_key = _story_bureau(reader)
    bureau = reader.exhibition().bureau(slug)
    assert kiosk.navigator.exhibition().is_index
    assert not any(b.stories for b in kiosk.navigator.exhibition().bureaus)
    driving.tap_named(win, f"bureauTile_{slug}")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    assert text(win, "bureauName") == bureau.name.zh

    driving.tap_named(win, f"storyItem_{story_key}")
    assert driving.wait_until(lambda: screen(win) == "storyScreen")
    assert text(win, "storyTitle") == bureau.stories[0].title.zh

    driving.tap_named(win, "backButton")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    driving.tap_named(win, "homeButton")
    assert driving.wait_until(lambda: screen(win) == "homeScreen")
    assert driving.find(win, "backButton") is None


def test_photo_strip_swipe_and_back(kiosk, reader):
    win = kiosk.window
    hunan = reader.exhibition().bureau("hunan")
    driving.tap_named(win, "overviewEntry")
    assert driving.wait_until(lambda: screen(win) == "overviewScreen")
    driving.tap_named(win, "provinceBureauButton")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    assert text(win, "bureauName") == hunan.name.zh

    # The cover is the panel's hero (viewer index 0); the strip holds the pictures after it.
    thumbs = driving.find_all(win, "photoThumb_")
    assert len(thumbs) >= 2
    assert hunan.cover is not None and hunan.cover.key not in {
        t.objectName()[len("photoThumb_") :] for t in thumbs
    }
    driving.tap(win, thumbs[0])
    assert driving.wait_until(lambda: screen(win) == "photoScreen")
    photos = driving.find(win, "photoList")
    assert photos.property("currentIndex") == 1

    horizontal_swipe(win, photos, -1)
    assert driving.wait_until(lambda: photos.property("currentIndex") == 2)
    assert driving.wait_until(lambda: not photos.property("moving"))
    horizontal_swipe(win, photos, +1)
    assert driving.wait_until(lambda: photos.property("currentIndex") == 1)
    assert driving.wait_until(lambda: not photos.property("moving"))
    horizontal_swipe(win, photos, +1)
    assert driving.wait_until(lambda: photos.property("currentIndex") == 0)  # back to the cover

    driving.tap_named(win, "backButton")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    driving.tap_named(win, "homeButton")
    assert driving.wait_until(lambda: screen(win) == "homeScreen")


def test_story_photo_opens_viewer_with_caption_and_mark(kiosk, reader):
    win = kiosk.window
    story = next(s for b in reader.exhibition().bureaus if b.slug != "hunan" for s in b.stories if s.photos)
    driving.tap_named(win, f"bureauTile_{story.bureau_slug}")
    driving.tap_named(win, f"storyItem_{story.key}")
    assert driving.wait_until(lambda: screen(win) == "storyScreen")
    driving.tap_named(win, f"storyPhoto_{story.photos[0].key}")
    assert driving.wait_until(lambda: screen(win) == "photoScreen")
    assert text(win, "viewerCaption") == story.photos[0].caption.zh
    if story.photos[0].is_placeholder:  # said once: by the credit, or by a plain note beside it
        said = [text(win, name) for name in ("viewerCredit", "placeholderMark") if driving.find(win, name)]
        assert sum("示意图" in t for t in said) == 1, said


def test_a_section_of_the_overview_leads_to_the_bureaus_it_tells_of(kiosk, reader):
    win = kiosk.window
    section = next(s for s in reader.exhibition().sections if "chenzhou" in s.bureau_slugs)
    driving.tap_named(win, "overviewEntry")
    assert driving.wait_until(lambda: screen(win) == "overviewScreen")
    driving.tap_named(win, f"sectionBureau_{section.key}_chenzhou")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    assert text(win, "bureauName") == reader.exhibition().bureau("chenzhou").name.zh
    driving.tap_named(win, "backButton")
    assert driving.wait_until(lambda: screen(win) == "overviewScreen")
