"""Editing the draft's texts: saved field by field, validated at the field, audited; visitors
see nothing of it until the draft is published."""

from __future__ import annotations

import pytest

from kiosk.content.types import TextOrigin
from kiosk.errors import KioskError
from kiosk.services.drafts import draft_exhibition, publish_draft
from kiosk.services.editing import draft_text, set_text
from kiosk.services.validation import ValidationError
from kiosk.store import audit


def test_an_edited_slogan_is_saved_in_the_draft_and_published(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    saved = set_text(sessions, "bureaus.huaihua.brand.slogan", "做一粒更好的种子", "Be an even better seed",
                     origin="kiosk")
    assert draft_text(sessions, "bureaus.huaihua.brand.slogan") == saved
    assert visitor.exhibition().bureau("huaihua").brand.slogan.zh == "做一粒好种子"
    publish_draft(sessions, origin="kiosk")
    slogan = visitor.exhibition().bureau("huaihua").brand.slogan
    assert (slogan.zh, slogan.en) == ("做一粒更好的种子", "Be an even better seed")


def test_a_quoted_text_is_no_longer_quoted_once_its_chinese_changes(seeded_store) -> None:
    sessions = seeded_store.sessions
    path = "bureaus.huaihua.brand.slogan"
    assert draft_text(sessions, path).origin is TextOrigin.ARTICLE
    fixed = set_text(sessions, path, "做一粒好种子", "Be a fine seed", origin="laptop")
    assert fixed.origin is TextOrigin.ARTICLE, "a better translation leaves the quote a quote"
    assert set_text(sessions, path, "做一粒新种子", origin="laptop").origin is TextOrigin.EXHIBITION
    assert draft_text(sessions, path).en == "Be a fine seed", "en=None keeps the English"


def test_every_kind_of_text_can_be_edited(seeded_store, visitor) -> None:
    sessions = seeded_store.sessions
    edits = {
        "exhibition.title": "新的展览标题",
        "exhibition.programme": "一局一品",  # unchanged: no entry
        "exhibition.introduction": "新的导言。",
        "credits.editor": "新编辑",
        "sections.build-momentum.lead": "新的引言。",
        "bureaus.zhuzhou.name": "株洲市税务局（新）",
        "bureaus.zhuzhou.brand.name": "新动力",
        "bureaus.zhuzhou.brand.concept": "新的理念。",
        "bureaus.zhuzhou.focus": "新的焦点",
        "bureaus.zhuzhou.brand.slogan": "新的口号",  # zhuzhou had none: added
        "stories.loudi-xiao-guangsheng.title": "新的故事标题",
        "photos.loudi-xiao-guangsheng-photo.caption": "新的图片说明",
        "photos.huaihua-cover.credit": "摄影：某某",
        "figures.civilized-share.label": "新的数据说明",
        "timeline.annual-review.text": "新的大事记。",
    }
    for path, zh in edits.items():
        set_text(sessions, path, zh, origin="kiosk")
    publish_draft(sessions, origin="kiosk")
    ex = visitor.exhibition()
    zhuzhou = ex.bureau("zhuzhou")
    loudi = ex.bureau("loudi")
    assert ex.title.zh == "新的展览标题" and ex.introduction.zh == "新的导言。"
    assert ex.credits.editor.zh == "新编辑"
    assert next(s for s in ex.sections if s.key == "build-momentum").lead.zh == "新的引言。"
    assert (zhuzhou.name.zh, zhuzhou.brand.name.zh, zhuzhou.brand.slogan.zh, zhuzhou.focus.zh) == (
        "株洲市税务局（新）", "新动力", "新的口号", "新的焦点"
    )
    assert loudi.stories[0].title.zh == "新的故事标题"
    assert loudi.stories[0].photos[0].caption.zh == "新的图片说明"
    assert ex.bureau("huaihua").cover.credit.zh == "摄影：某某"
    assert next(f for f in ex.figures if f.key == "civilized-share").label.zh == "新的数据说明"
    assert next(e for e in ex.timeline if e.key == "annual-review").text.zh == "新的大事记。"
    with seeded_store.sessions() as session:
        logged = audit.entries(session, action_prefix="edit")
    assert len(logged) == len(edits) - 1
    slogan = next(e for e in logged if e.target == "bureaus.zhuzhou" and e.field == "brand.slogan")
    assert (slogan.old, slogan.new, slogan.origin) == ("", "新的口号", "kiosk")


def test_an_optional_text_emptied_is_removed_and_a_required_one_refused(seeded_store) -> None:
    sessions = seeded_store.sessions
    assert set_text(sessions, "bureaus.huaihua.brand.slogan", "", "", origin="kiosk") is None
    assert draft_exhibition(sessions).bureau("huaihua").brand.slogan is None
    with pytest.raises(ValidationError) as caught:
        set_text(sessions, "bureaus.huaihua.name", "  ", "Huaihua", origin="kiosk")
    assert caught.value.field == "bureaus.huaihua.name.zh"
    assert str(caught.value) == "bureaus.huaihua.name.zh: cannot be empty: the Chinese text is required"


@pytest.mark.parametrize(
    ("path", "zh", "en", "message"),
    [
        ("bureaus.huaihua.brand.slogan", "做" * 25, "",
         "bureaus.huaihua.brand.slogan.zh: too long for its place: "
         "at most 24 Chinese characters (this has 25)"),
        ("bureaus.huaihua.brand.slogan", "做一粒好种子", "x" * 97,
         "bureaus.huaihua.brand.slogan.en: too long for its place: at most 96 characters (this has 97)"),
        ("bureaus.huaihua.brand.name", "种子" * 8 + "a", "",
         "bureaus.huaihua.brand.name.zh: too long for its place: "
         "at most 16 Chinese characters (this has 16.5)"),
        ("bureaus.huaihua.summary", "做一粒好种子😀", "",
         "bureaus.huaihua.summary.zh: the kiosk's font cannot draw “😀” (U+1F600); visitors would see boxes"),
        ("stories.loudi-xiao-guangsheng.title", "张喆的故事", "",
         "stories.loudi-xiao-guangsheng.title.zh: the kiosk's font cannot draw “喆” (U+5586); "
         "visitors would see boxes"),
        ("exhibition.title", "展览", "Exhibition \ue000 \u0378",
         "exhibition.title.en: the kiosk's font cannot draw “\ue000” (U+E000), “\u0378” (U+0378); "
         "visitors would see boxes"),
    ],
)
def test_validation_names_the_field_and_the_reason(seeded_store, path, zh, en, message) -> None:
    before = draft_text(seeded_store.sessions, path)
    with pytest.raises(ValidationError) as caught:
        set_text(seeded_store.sessions, path, zh, en, origin="kiosk")
    assert str(caught.value) == message
    assert draft_text(seeded_store.sessions, path) == before


def test_an_unknown_field_is_refused_in_a_line(seeded_store) -> None:
    with pytest.raises(KioskError, match="there is no bureau 'nowhere' in the draft"):
        set_text(seeded_store.sessions, "bureaus.nowhere.name", "某地", origin="kiosk")
    with pytest.raises(KioskError, match=r"bureaus.huaihua.motto: no such text \(there are name, city"):
        set_text(seeded_store.sessions, "bureaus.huaihua.motto", "某", origin="kiosk")
