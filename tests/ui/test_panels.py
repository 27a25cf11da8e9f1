"""A bureau panel says each thing once; a reload puts an edited exhibition on screen."""

from __future__ import annotations

from dataclasses import replace

import pytest
from helpers import ReaderWith, screen, text
from PySide6.QtCore import Qt

from kiosk.content.types import BureauKind, LocalizedText
from kiosk.devtools import driving
from kiosk.ui.models import paragraphs, repeats


def test_repeats_ignores_punctuation_spacing_and_case():
    assert repeats("株洲市税务局赓续“动力”文脉，联合株洲城发集团。", "赓续「动力」文脉 联合株洲城发集团")
    assert repeats("It runs — through the Border Region.", "through the border region")
    assert not repeats("立足优势，创建品牌，引导党员", "立足优势，引导党员")
    assert not repeats("anything", "")


def _summary_text(win) -> str:
    summary = driving.find(win, "bureauSummary")
    assert summary is not None, "no summary on screen"
    return "".join(i.property("text") or "" for i in driving.walk(summary) if i.inherits("QQuickText"))


def _city_bureaus(reader, *, repeated: bool):
    return [
        b
        for b in reader.exhibition().bureaus
        if b.kind is not BureauKind.PROVINCE
        and b.brand.concept is not None
        and repeats(b.summary.zh, b.brand.concept.zh) is repeated
    ]


def test_a_placeholder_photo_is_noted_unless_its_credit_says_so(reader):
    from kiosk.content.types import Language
    from kiosk.ui.models import PhotoListModel

    photo = next(p for b in reader.exhibition().bureaus for p in b.photos if p.is_placeholder)
    language = [Language.ZH]
    model = PhotoListModel(lambda: language[0])
    quiet = replace(photo, credit=LocalizedText(zh="红网（示意图）", en="Rednet (placeholder)"))
    bare = replace(photo, credit=LocalizedText(zh="红网", en="Rednet"))
    real = replace(photo, is_placeholder=False, credit=LocalizedText(zh="红网", en="Rednet"))
    model.set_rows([quiet, bare, real])
    role = model.ROLES.index("placeholderNote")

    def notes() -> list[str]:
        return [model.data(model.index(i, 0), Qt.ItemDataRole.UserRole + 1 + role) for i in range(3)]

    assert notes() == ["", "示意图", ""]
    language[0] = Language.EN
    assert notes() == ["", "Placeholder artwork", ""]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_concept_the_summary_repeats_is_not_shown_twice(kiosk, reader, language):
    win = kiosk.window
    kiosk.session.setLanguage(language)
    repeated = _city_bureaus(reader, repeated=True)
    assert len(repeated) >= 5  # most city panels: their summary quotes the concept
    bureau = repeated[0]
    driving.tap_named(win, f"bureauTile_{bureau.slug}")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    assert driving.find(win, "bureauConcept") is None
    assert _summary_text(win) == "".join(paragraphs(bureau.summary.text(language)))
    if language == "zh":
        assert bureau.brand.concept.zh.rstrip("。") in _summary_text(win)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_concept_worded_apart_from_the_summary_is_shown(kiosk, reader, language):
    win = kiosk.window
    kiosk.session.setLanguage(language)
    bureau = _city_bureaus(reader, repeated=False)[0]
    driving.tap_named(win, f"bureauTile_{bureau.slug}")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    concept = driving.find(win, "bureauConcept")
    assert concept is not None and concept.property("text") == bureau.brand.concept.text(language)
    assert _summary_text(win)


def test_a_new_exhibition_shows_at_home_and_never_under_a_reader(make_kiosk, reader):
    editable = ReaderWith(reader)
    kiosk = make_kiosk(over=editable)
    win = kiosk.window
    driving.tap_named(win, "bureauTile_huaihua")
    assert driving.wait_until(lambda: screen(win) == "bureauScreen")
    old = editable.current
    huaihua = old.bureau("huaihua")
    renamed = replace(huaihua, name=LocalizedText(zh="怀化市税务局（新）", en="Huaihua (edited)"))
    editable.current = replace(
        old,
        title=LocalizedText(zh="新的展览标题", en="A new title"),
        bureaus=tuple(renamed if b.slug == "huaihua" else b for b in old.bureaus),
    )
    kiosk.refresh()
    # The panel being read stays as it was (a page never changes under the visitor's eyes)…
    assert text(win, "bureauName") == huaihua.name.zh
    driving.tap_named(win, "homeButton")
    # … and Home shows the new exhibition on the visitor's return, in either language.
    assert driving.wait_until(lambda: text(win, "exhibitionTitle") == "新的展览标题")
    driving.tap_named(win, "bureauTile_huaihua")
    assert driving.wait_until(lambda: text(win, "bureauName") == "怀化市税务局（新）")
    driving.tap_named(win, "languageSwitch")
    assert driving.wait_until(lambda: text(win, "bureauName") == "Huaihua (edited)")
    driving.tap_named(win, "homeButton")
    assert driving.wait_until(lambda: text(win, "exhibitionTitle") == "A new title")


def test_forty_stories_all_show_in_order_and_the_last_opens(make_kiosk, reader):
    """Story cards are made as the visitor gets to them, not all at once: every one is there,
    in order, and the last one, scrolled to, opens its story."""
    from PySide6.QtCore import QPointF

    editable = ReaderWith(reader)
    old = editable.current
    model = next(s for b in old.bureaus for s in b.stories)
    many = tuple(
        replace(model, key=f"many-{n:02d}", bureau_slug="huaihua",
                title=LocalizedText(zh=f"第{n}个故事", en=f"Story {n}"))
        for n in range(1, 41)
    )
    editable.current = replace(
        old, bureaus=tuple(replace(b, stories=many) if b.slug == "huaihua" else b for b in old.bureaus)
    )
    kiosk = make_kiosk(over=editable)
    win = kiosk.window
    driving.tap_named(win, "bureauTile_huaihua")

    def top_to_bottom() -> list[str]:
        cards = driving.find_all(win, "storyItem_")
        return [c.objectName() for c in sorted(cards, key=lambda c: c.mapToScene(QPointF(0, 0)).y())]

    expected = [f"storyItem_{s.key}" for s in many]
    assert driving.wait_until(lambda: top_to_bottom() == expected), top_to_bottom()
    driving.tap_named(win, "storyItem_many-40")
    assert driving.wait_until(lambda: screen(win) == "storyScreen")
    assert text(win, "storyTitle") == "第40个故事"
