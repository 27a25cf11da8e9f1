"""Editing the draft's structure — bureaus, stories, photos, figures, milestones — and the trash."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kiosk.content.types import RenditionKind
from kiosk.errors import KioskError
from kiosk.services import arranging
from kiosk.services.drafts import draft_exhibition, draft_status, publish_draft
from kiosk.services.trash import (
    list_trash,
    remove_bureau,
    remove_event,
    remove_figure,
    remove_photo,
    remove_story,
    restore_from_trash,
)
from kiosk.services.validation import ValidationError
from kiosk.services.versions import list_versions, restore_version
from kiosk.store import audit


def slugs(reader) -> list[str]:
    return [b.slug for b in reader.exhibition().bureaus]


def test_reordering_bureaus_changes_homes_order_after_publish(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    before = slugs(visitor)
    arranging.move_bureau(sessions, "changde", 1, origin="kiosk")
    assert slugs(visitor) == before  # the draft only
    assert draft_status(sessions).changes.summary() == "Home: bureaus reordered"
    publish_draft(sessions, origin="kiosk")
    expected = [slug for slug in before if slug != "changde"]
    expected.insert(1, "changde")
    assert slugs(visitor) == expected


def test_a_new_bureau_is_validated_then_shown_after_publish(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    with pytest.raises(ValidationError, match=r"^bureaus.huaihua.slug: already used by 怀化市税务局$"):
        arranging.add_bureau(sessions, slug="huaihua", name_zh="又一个怀化", origin="kiosk")
    with pytest.raises(ValidationError, match="^bureaus.slug: 2–40 lower-case letters"):
        arranging.add_bureau(sessions, slug="Huai Hua", name_zh="怀化", origin="kiosk")
    with pytest.raises(ValidationError, match="^bureaus.wugang.name.zh: cannot be empty"):
        arranging.add_bureau(sessions, slug="wugang", name_zh=" ", origin="kiosk")
    arranging.add_bureau(sessions, slug="wugang", name_zh="武冈市税务局", name_en="Wugang Tax Service",
                         city_zh="武冈", city_en="Wugang", index=2, origin="laptop")
    publish_draft(sessions, origin="laptop")
    wugang = visitor.exhibition().bureau("wugang")
    assert slugs(visitor)[2] == "wugang"
    assert (wugang.name.zh, wugang.city.en, wugang.brand.name) == ("武冈市税务局", "Wugang", None)


def test_a_hidden_bureau_disappears_for_visitors_and_comes_back(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    arranging.set_bureau_hidden(sessions, "xiangtan", True, origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    assert "xiangtan" not in slugs(visitor)
    assert draft_exhibition(sessions).bureau("xiangtan").hidden  # the editor still has it
    arranging.set_bureau_hidden(sessions, "xiangtan", False, origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    assert "xiangtan" in slugs(visitor)


def test_stories_are_added_reordered_hidden_and_moved_to_another_bureau(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    story = arranging.add_story(
        sessions, "huaihua", title_zh="种子精神进校园", title_en="The seed spirit at school", origin="kiosk"
    )
    assert story.key == "huaihua-story-1"
    arranging.move_story(sessions, "hunan-red-culture-squares", 0, origin="kiosk")
    arranging.set_story_hidden(sessions, "hunan-guidong-memorial", True, origin="kiosk")
    arranging.move_story(sessions, "loudi-xiao-guangsheng", 0, to_bureau="huaihua", origin="kiosk")
    summary = draft_status(sessions).changes.summary()
    publish_draft(sessions, origin="kiosk")

    ex = visitor.exhibition()
    assert [s.key for s in ex.bureau("huaihua").stories] == ["loudi-xiao-guangsheng", "huaihua-story-1"]
    assert ex.bureau("huaihua").stories[0].photos[0].key == "loudi-xiao-guangsheng-photo"
    assert ex.bureau("loudi").stories == ()
    assert [s.key for s in ex.bureau("hunan").stories] == [
        "hunan-red-culture-squares", "hunan-exhibition-visit", "hunan-xiao-guangsheng-volunteers"
    ]
    assert summary == (
        "湖南: story “在桂东革命活动纪念馆缅怀革命先辈”: hidden; stories reordered · "
        "怀化: story “第七届全国道德模范肖光盛” moved here from 娄底; 1 story added · "
        "娄底: 1 story moved away"
    )
    with pytest.raises(KioskError, match="there is no bureau 'nowhere'"):
        arranging.move_story(sessions, "huaihua-story-1", 0, to_bureau="nowhere", origin="kiosk")


def test_a_removed_story_goes_to_the_trash_and_comes_back_where_it_was(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    item = remove_story(sessions, "hunan-guidong-memorial", origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    assert "hunan-guidong-memorial" not in [s.key for s in visitor.exhibition().bureau("hunan").stories]
    [entry] = list_trash(sessions)
    assert (entry.id, entry.kind, entry.where) == (item, "story", "hunan · 2")
    assert entry.key == "hunan-guidong-memorial"
    assert "桂东" in entry.label

    restore_from_trash(sessions, item, origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    assert [s.key for s in visitor.exhibition().bureau("hunan").stories][1] == "hunan-guidong-memorial"
    assert list_trash(sessions) == []
    with sessions() as session:
        actions = [e.action for e in audit.entries(session)]
    assert actions[:4] == ["publish", "story.restore", "publish", "story.remove"]


def test_a_trashed_bureau_comes_back_with_its_stories_photos_and_references(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    original = draft_exhibition(sessions)
    remove_bureau(sessions, "changsha", origin="kiosk")
    story_item = remove_story(sessions, "loudi-xiao-guangsheng", origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    assert visitor.exhibition().bureau("changsha") is None
    assert all("changsha" not in s.bureau_slugs for s in visitor.exhibition().sections)

    bureau_item = next(e.id for e in list_trash(sessions) if e.kind == "bureau")
    restore_from_trash(sessions, bureau_item, origin="kiosk")
    restore_from_trash(sessions, story_item, origin="kiosk")
    assert draft_exhibition(sessions) == original


def test_a_story_of_a_trashed_bureau_waits_for_its_bureau(seeded_store) -> None:
    sessions = seeded_store.sessions
    story = remove_story(sessions, "changsha-liuyang-autumn-harvest", origin="kiosk")
    remove_bureau(sessions, "changsha", origin="kiosk")
    with pytest.raises(KioskError, match="its bureau 'changsha' is no longer in the exhibition"):
        restore_from_trash(sessions, story, origin="kiosk")
    with pytest.raises(KioskError, match="there is no item 99 in the trash"):
        restore_from_trash(sessions, 99, origin="kiosk")


def test_photos_set_as_cover_reordered_removed_and_restored(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    arranging.set_cover(sessions, "hunan-guidong-memorial-photo", origin="kiosk")
    hunan = draft_exhibition(sessions).bureau("hunan")
    assert hunan.cover.key == "hunan-guidong-memorial-photo"
    assert [p.key for p in hunan.photos] == ["hunan-cover", "hunan-exhibition-visit-photo"]
    arranging.move_photo(sessions, "hunan-exhibition-visit-photo", 0, origin="kiosk")
    item = remove_photo(sessions, "hunan-cover", origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    assert [p.key for p in visitor.exhibition().bureau("hunan").photos] == ["hunan-exhibition-visit-photo"]

    # Kept in the trash, its pictures survive even once no kept version shows it any more.
    for n in range(3):
        arranging.set_figure(sessions, "civilized-share", year=2000 + n, origin="kiosk")
        publish_draft(sessions, origin="kiosk", keep=1)
    assert len(list_versions(sessions)) == 1
    restore_from_trash(sessions, item, origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    restored = visitor.exhibition().bureau("hunan").photos[1]
    assert restored.key == "hunan-cover"
    assert visitor.media_bytes(restored.rendition(RenditionKind.DISPLAY).sha256)[:3] == b"\xff\xd8\xff"


def test_figures_and_milestones(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    figure = arranging.add_figure(sessions, label_zh="新增数据", value="12.50", unit_zh="％", year=2021,
                                  bureau="huaihua", index=0, origin="kiosk")
    arranging.set_figure(sessions, "national-honours", value="64", origin="kiosk")
    arranging.move_figure(sessions, "civilized-share", 1, origin="kiosk")
    with pytest.raises(ValidationError, match=r"^figures.national-honours.value: not a number: 'many'$"):
        arranging.set_figure(sessions, "national-honours", value="many", origin="kiosk")
    removed = remove_figure(sessions, "demonstration-sites", origin="kiosk")
    event = arranging.add_event(
        sessions, title_zh="新的大事", text_zh="这一年发生的事。", year=2022, origin="kiosk"
    )
    arranging.set_event(sessions, event.key, year=2023, origin="kiosk")
    arranging.move_event(sessions, event.key, 0, origin="kiosk")
    remove_event(sessions, "annual-review", origin="kiosk")
    publish_draft(sessions, origin="kiosk")

    ex = visitor.exhibition()
    assert [f.key for f in ex.figures][:2] == [figure.key, "civilized-share"]
    assert str(ex.figures[0].value) == "12.50"  # as typed
    assert next(f for f in ex.figures if f.key == "national-honours").value == Decimal("64")
    assert "demonstration-sites" not in [f.key for f in ex.figures]
    assert all("demonstration-sites" not in s.figure_keys for s in ex.sections)
    assert (ex.timeline[0].key, ex.timeline[0].year) == (event.key, 2023)
    assert "annual-review" not in [e.key for e in ex.timeline]

    restore_from_trash(sessions, removed, origin="kiosk")
    restored = draft_exhibition(sessions)
    assert "demonstration-sites" in [f.key for f in restored.figures]
    assert any("demonstration-sites" in s.figure_keys for s in restored.sections)


def test_restoring_an_old_version_brings_back_an_old_order(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    before = slugs(visitor)
    arranging.move_bureau(sessions, "hunan", 14, origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    assert slugs(visitor)[-1] == "hunan"
    restore_version(sessions, 1, origin="kiosk")
    assert slugs(visitor) == before
