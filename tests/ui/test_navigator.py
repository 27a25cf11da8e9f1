"""The navigator and its pages, without QML: routes, "at Home", and pages that never change
under the visitor."""

from __future__ import annotations

from dataclasses import replace

from kiosk.content.types import Language, LocalizedText
from kiosk.ui.navigator import Navigator
from kiosk.ui.pages import BureauPage, HomePage, StoryPage, ViewerPage


def _navigator(qapp, reader) -> Navigator:
    return Navigator(reader.exhibition(), language=Language.ZH)


def test_a_page_pushed_over_another_leaves_it_as_it_was(qapp, reader):
    nav = _navigator(qapp, reader)
    pushed = []
    nav.pushed.connect(pushed.append)
    nav.openBureau("huaihua")
    nav.openBureau("changsha")
    first, second = nav.pages()[1:]
    assert isinstance(first, BureauPage) and first.property("slug") == "huaihua"
    assert first.property("title") == reader.exhibition().bureau("huaihua").name.zh  # not changsha's
    assert second.property("slug") == "changsha"
    assert pushed == [first, second]


def test_a_story_opens_with_the_bureau_it_was_tapped_on(qapp, reader):
    nav = _navigator(qapp, reader)
    hunan = reader.exhibition().bureau("hunan")
    story = hunan.stories[0]
    nav.openBureau("huaihua")  # another bureau beneath
    nav.openBureau("hunan")
    nav.openStory(nav.current(), story.key)
    page = nav.current()
    assert isinstance(page, StoryPage)
    assert page.property("heading") == story.title.zh
    assert page.property("title") == hunan.name.zh and page.property("colour") == hunan.colour
    # From a page that does not hold it (a section link, say), the story is found where it lives.
    nav.home()
    nav.openStory(nav.homePage, story.key)
    assert nav.current().property("title") == hunan.name.zh


def test_photos_open_at_the_index_given_and_clamped(qapp, reader):
    nav = _navigator(qapp, reader)
    nav.openBureau("hunan")
    bureau_page = nav.current()
    count = bureau_page.models()["photos"].rowCount()
    nav.openPhotos(bureau_page, 1)
    assert isinstance(nav.current(), ViewerPage) and nav.current().property("startIndex") == 1
    nav.back()
    nav.openPhotos(bureau_page, 99)
    assert nav.current().property("startIndex") == count - 1


def test_at_home_follows_the_stack_and_back_stops_at_home(qapp, reader):
    nav = _navigator(qapp, reader)
    depths = []
    nav.poppedTo.connect(depths.append)
    assert nav.property("atHome")
    nav.openOverview()
    nav.openBureau("hunan")
    assert not nav.property("atHome") and nav.property("depth") == 3
    nav.back()
    assert nav.property("depth") == 2
    nav.home()
    nav.back()  # nothing beneath Home
    assert nav.property("atHome") and isinstance(nav.current(), HomePage)
    assert depths == [2, 1]


def test_a_language_switch_reaches_every_live_page(qapp, reader):
    nav = _navigator(qapp, reader)
    nav.openBureau("huaihua")
    page = nav.current()
    seen = []
    page.changed.connect(lambda: seen.append(page.property("title")))
    nav.set_language(Language.EN)
    assert seen == [reader.exhibition().bureau("huaihua").name.en]


def test_a_new_exhibition_waits_until_the_visitor_is_home(qapp, reader):
    nav = _navigator(qapp, reader)
    ex = reader.exhibition()
    newer = replace(ex, title=LocalizedText(zh="新标题", en="New title"))
    nav.openBureau("huaihua")
    nav.show_exhibition(newer)
    assert nav.homePage.property("title") == ex.title.zh  # not under the visitor's feet
    nav.home()
    assert nav.homePage.property("title") == "新标题"
    nav.show_exhibition(ex)  # at Home: at once
    assert nav.homePage.property("title") == ex.title.zh


def test_popped_pages_are_deleted_once_their_screens_are_gone(qapp, reader):
    nav = _navigator(qapp, reader)
    destroyed = []
    for slug in ("huaihua", "changsha", "zhuzhou", "xiangtan"):
        nav.openBureau(slug)
        nav.current().destroyed.connect(lambda *_, s=slug: destroyed.append(s))
        nav.back()
    qapp.processEvents()
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Each popped page outlives two further navigations (its screen's fade), then goes.
    assert destroyed[:2] == ["huaihua", "changsha"]
    assert "xiangtan" not in destroyed
    assert len(nav.children()) < 8
