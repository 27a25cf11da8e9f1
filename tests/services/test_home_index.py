"""What a visitor's kiosk reads of the live version: Home's index, and each panel whole on demand,
from the same version (`ExhibitionService.home`, `kiosk.content.home_index`)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from kiosk.services.versions import live_document, publish_document


def test_home_lists_every_bureau_as_a_tile_and_opens_each_panel_whole(visitor) -> None:
    whole, home = visitor.exhibition(), visitor.home()
    assert home.is_index and not whole.is_index
    assert [b.slug for b in home.bureaus] == [b.slug for b in whole.bureaus]
    assert not any(b.stories for b in home.bureaus)
    assert sum(len(b.stories) for b in whole.bureaus) > 0
    for tile, bureau in zip(home.bureaus, whole.bureaus, strict=True):
        assert tile == replace(bureau, photos=(), stories=())  # every seeded bureau has a cover
        assert home.bureau(bureau.slug) == bureau
    assert home.bureau("nowhere") is None
    assert (home.title, home.sections, home.figures, home.timeline) == (
        whole.title, whole.sections, whole.figures, whole.timeline)


def test_a_tile_without_a_cover_keeps_the_first_gallery_photo(seeded_store, visitor) -> None:
    document = live_document(seeded_store.sessions)
    hunan = next(b for b in document["bureaus"] if b["slug"] == "hunan")
    hunan["cover"] = None
    assert len(hunan["photos"]) >= 2, "the seeded province panel has a gallery"
    publish_document(seeded_store.sessions, document, origin="cli")
    tile = next(b for b in visitor.home().bureaus if b.slug == "hunan")
    whole = visitor.home().bureau("hunan")
    assert tile.cover is None and len(whole.photos) >= 2 and tile.photos == whole.photos[:1]


def test_hidden_bureaus_and_stories_never_reach_a_visitor_through_the_index(seeded_store, visitor) -> None:
    document = live_document(seeded_store.sessions)
    changsha = next(b for b in document["bureaus"] if b["slug"] == "changsha")
    changsha["hidden"] = True
    hunan = next(b for b in document["bureaus"] if b["slug"] == "hunan")
    hidden_story = hunan["stories"][0]["key"]
    hunan["stories"][0]["hidden"] = True
    publish_document(seeded_store.sessions, document, origin="import")

    home = visitor.home()
    assert "changsha" not in [b.slug for b in home.bureaus]
    assert home.bureau("changsha") is None
    assert all("changsha" not in s.bureau_slugs for s in home.sections)
    panel = home.bureau("hunan")
    assert hidden_story not in [s.key for s in panel.stories]
    assert len(panel.stories) == len(hunan["stories"]) - 1 > 0


def test_a_panel_opened_from_an_older_home_comes_from_that_version(seeded_store, visitor) -> None:
    """A visitor's Home stays as it was until they return to it; the panel they tap matches it."""
    before = visitor.home()
    document = live_document(seeded_store.sessions)
    huaihua = next(b for b in document["bureaus"] if b["slug"] == "huaihua")
    old_slogan = huaihua["brand"]["slogan"]["zh"]
    huaihua["brand"]["slogan"]["zh"] = "新的口号"
    publish_document(seeded_store.sessions, document, origin="cli")

    assert before.bureau("huaihua").brand.slogan.zh == old_slogan
    after = visitor.home()
    assert after is not before
    assert after.bureau("huaihua").brand.slogan.zh == "新的口号"


def test_pruned_versions_take_their_parts_with_them(seeded_store, database: Path) -> None:
    document = live_document(seeded_store.sessions)
    for n in range(3):
        document["exhibition"]["title"]["en"] = f"Title {n}"
        publish_document(seeded_store.sessions, document, origin="cli", keep=2)
    with sqlite3.connect(database) as db:
        kept = {row[0] for row in db.execute("SELECT id FROM published_versions")}
        with_parts = {row[0] for row in db.execute("SELECT DISTINCT version_id FROM version_parts")}
    assert kept == with_parts == {3, 4}


def test_a_version_stored_without_parts_is_read_whole(seeded_store, visitor, database: Path) -> None:
    """A version written by hand, or by a kiosk from before parts: Home parses the document."""
    with sqlite3.connect(database) as db:
        db.execute("DELETE FROM version_parts")
    home = visitor.home()
    assert not home.is_index
    assert home == visitor.exhibition()
    assert home.bureau("hunan").stories
