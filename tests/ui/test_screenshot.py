"""`render_screenshots` writes one PNG per screen, offscreen, at the size asked for."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from kiosk.devtools.screenshot import render_screenshots


def test_every_screen_is_rendered(qapp, visitor_store, settings, tmp_path):
    paths = render_screenshots(visitor_store, settings, tmp_path / "shots", size=(1280, 720), language="en")
    names = {p.stem for p in paths}
    assert {"home", "bureau", "story", "photo", "overview", "idle"} <= names
    for path in paths:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 720), path.name
    # Each is a picture of its own (a tap that missed would shoot the previous screen again).
    assert len({path.read_bytes() for path in paths}) == len(paths)
    home = QImage(str(tmp_path / "shots" / "home.png"))
    assert home.pixelColor(5, 5) == QColor("#fffdf9")  # the header's warm paper
    photo = QImage(str(tmp_path / "shots" / "photo.png"))
    assert photo.pixelColor(5, photo.height() - 5) == QColor("#141110")  # the viewer is dark


def test_story_shot_is_the_longest_story_with_photos(reader):
    from kiosk.devtools.screenshot import _pick

    stories = [s for b in reader.exhibition().bureaus for s in b.stories if s.photos]
    for language in ("zh", "en"):
        picks = _pick(reader, language)
        longest = max(stories, key=lambda s: len(s.body.text(language)))
        assert picks.story == longest.key and picks.story_bureau == longest.bureau_slug


def test_bureau_and_photo_shots_show_the_richest_panel_and_a_gallery(reader):
    """bureau.png shows a panel with a photo strip and stories; photo.png a gallery of several
    photos, so its "1 / N" and a swipe mean something."""
    from kiosk.content.presentation import bureau_gallery
    from kiosk.devtools.screenshot import _pick

    ex = reader.exhibition()
    picks = _pick(reader, "zh")
    richest = ex.bureau(picks.bureau)
    assert len(bureau_gallery(richest)) >= 2 and richest.stories  # a strip and a story list
    for b in ex.bureaus:
        assert len(bureau_gallery(b)) + len(b.stories) <= len(
            bureau_gallery(richest)
        ) + len(richest.stories)
    assert len(bureau_gallery(ex.bureau(picks.gallery))) >= 2
