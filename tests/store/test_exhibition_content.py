"""The default exhibition as a visitor meets it: Home's order, the credits, placeholder art that
says what it is, leads that do not repeat their stories, and one English name for each thing."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from importlib import resources

from kiosk.content.serialization import exhibition_from_dict
from kiosk.content.texts import localized_texts
from kiosk.services.seeding import default_exhibition_data, placeholder_requests, placeholder_wording

# Hunan's cities and prefecture in the province's official order; the province's own panel first.
OFFICIAL_ORDER = [
    "hunan", "changsha", "zhuzhou", "xiangtan", "hengyang", "shaoyang", "yueyang", "changde",
    "zhangjiajie", "yiyang", "chenzhou", "yongzhou", "huaihua", "loudi", "xiangxi",
]
PLACEHOLDER_CREDIT = (
    "示意图（占位）；原图：红网，待补",
    "Placeholder artwork; original photo by Rednet to be added",
)
# A caption that points into a picture: （前排左）, (left), （右二）…
POINTS_AT_SOMEONE = re.compile(
    r"[（(][^）)]*(前排|后排|左|右|中间|left|right|front row)[^）)]*[）)]", re.IGNORECASE
)


def _article() -> str:
    return (resources.files("kiosk.db.exhibition") / "source-article.zh.txt").read_text(encoding="utf-8")


def test_home_lists_the_province_then_the_cities_in_the_official_order(seeded_exhibition) -> None:
    assert [b.slug for b in seeded_exhibition.bureaus] == OFFICIAL_ORDER


def test_the_overview_keeps_the_articles_order_of_telling(seeded_exhibition) -> None:
    first, second, third = seeded_exhibition.sections
    # The second section names every city bureau; its links follow the order it names them in.
    names = {b.slug: b.name.zh for b in seeded_exhibition.bureaus}
    told = sorted(second.bureau_slugs, key=lambda slug: second.body.zh.index(names[slug]))
    assert list(second.bureau_slugs) == told
    assert set(second.bureau_slugs) == set(OFFICIAL_ORDER[1:])
    assert list(second.bureau_slugs) != OFFICIAL_ORDER[1:]  # told as the article tells it, not by rank
    # The first section closes on the Liuyang (Changsha) photo; the third tells of the team named
    # after Xiao Guangsheng (Loudi) before the Jishou (Xiangxi) fundraiser.
    assert first.bureau_slugs == ("hunan", "changsha")
    assert third.bureau_slugs == ("hunan", "loudi", "xiangxi")
    assert "浏阳" in seeded_exhibition.bureau("changsha").stories[0].body.zh
    assert "肖光盛" in third.body.zh and "肖光盛" in seeded_exhibition.bureau("loudi").stories[0].body.zh


def test_the_credits_carry_the_dateline_as_printed(seeded_exhibition) -> None:
    reporter = seeded_exhibition.credits.reporter
    assert reporter.zh == "红网时刻记者 丁斯斯 长沙报道"
    assert reporter.zh in _article()
    assert reporter.en == "Ding Sisi, Rednet Moment reporter, reporting from Changsha"


def test_placeholder_photos_credit_rednet_only_for_the_original_to_come(seeded_exhibition) -> None:
    photos = [p for b in seeded_exhibition.bureaus for p in b.every_photo() if p.key != b.cover.key]
    assert len(photos) == 4 and all(p.is_placeholder for p in photos)
    for photo in photos:
        assert (photo.credit.zh, photo.credit.en) == PLACEHOLDER_CREDIT, photo.key
    for bureau in seeded_exhibition.bureaus:  # covers are the app's own art: no one else is credited
        assert "红网" not in bureau.cover.credit.zh and "Rednet" not in bureau.cover.credit.en


def test_placeholder_art_draws_no_caption_that_points_at_someone(seeded_exhibition) -> None:
    data = default_exhibition_data()
    requests = placeholder_requests(data)
    drawn = [
        placeholder_wording(photo, bureau, requests[photo.key])
        for bureau in exhibition_from_dict(data).bureaus
        for photo in bureau.every_photo()
    ]
    assert len(drawn) == len(requests) == 19
    for title, subtitle in drawn:
        assert not POINTS_AT_SOMEONE.search(title + subtitle), (title, subtitle)
    # The visitor still reads the article's caption of the real photo, pointer and all.
    visit = seeded_exhibition.bureau("hunan").photos[0]
    assert "（前排左）" in visit.caption.zh and "(front row, left)" in visit.caption.en


def _trigrams(text: str, language: str) -> list:
    if language == "zh":
        letters = "".join(ch for ch in text if unicodedata.category(ch)[0] in "LN")
        return [letters[i : i + 3] for i in range(len(letters) - 2)]
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return [tuple(words[i : i + 3]) for i in range(len(words) - 2)]


def _share_repeated(lead: str, body: str, language: str) -> float:
    """How much of the lead the body already says: the share of its three-character (Chinese) or
    three-word (English) runs found anywhere in the body, in any order."""
    grams, said = _trigrams(lead, language), set(_trigrams(body, language))
    return sum(g in said for g in grams) / len(grams)


def test_no_story_lead_repeats_its_body(seeded_exhibition) -> None:
    stories = [s for b in seeded_exhibition.bureaus for s in b.stories]
    assert len(stories) == 7
    for story in stories:
        for language in ("zh", "en"):
            lead, body = getattr(story.summary, language), getattr(story.body, language)
            assert _share_repeated(lead, body, language) <= 0.5, (story.key, language, lead)
    # The measure does catch a lead that is its body reworded: the one the article's sentence gave.
    assert _share_repeated("涟源市税务局退休干部肖光盛获评第七届全国道德模范。",
                           "第七届全国道德模范肖光盛，是涟源市税务局的退休干部。", "zh") > 0.5


def _texts(exhibition):
    return list(localized_texts(exhibition))


def test_a_chinese_text_that_recurs_has_one_english_rendering(seeded_exhibition) -> None:
    renderings: dict[str, set[str]] = defaultdict(set)
    for text in _texts(seeded_exhibition):
        if len(text.zh) > 2:  # a measure word (个) is counted as branches, sites or units
            renderings[text.zh].add(text.en)
    assert {zh: ens for zh, ens in renderings.items() if len(ens) > 1} == {}
    # e.g. the Guidong memorial sentence, told both as a caption and as a story
    caption = seeded_exhibition.bureau("hunan").photos[1].caption
    assert [t.en for t in _texts(seeded_exhibition) if t.zh == caption.zh] == [caption.en] * 2


# A Chinese phrase and the one English the exhibition gives it wherever it occurs.
ONE_RENDERING = {
    "急难愁盼": "most pressing problems, worries and hopes",
    "市州直机关工委书记": "secretaries of the working committees for city and prefecture departments",
    "累计资助千余名贫困学子顺利入学": (
        "given financial aid that has enabled more than a thousand students from poor families"
        " to go to school"
    ),
    "湖南税务群体": "“Hunan Tax Exemplars”",
    "三高四新": "“Three Highlands, Four New Goals”",
    "国家税务总局湖南省税务局": "Hunan Provincial Tax Service, State Taxation Administration",
    "湖南省税务局": "Hunan Provincial Tax Service",
    # brand names, capitalised alike on the tile, the cover, the panel and in the overview
    "头雁领航、队伍强基、发展提质": "Lead Geese, Stronger Teams, Better Development",
    "求索兴税、忧乐为民": "Striving to Make Taxation Thrive; Sharing the People’s Worries and Joys",
    "一切工作到支部": "All Work Goes to the Branch",
    "“三结对”工作法": "“Three Pairings” Work Method",
    "“三篇文章”": "“Three Essays”",
    "“引擎”": "“Engine”",
    "服务“动能”": "“Momentum”",
    "境界·张家界": "Realm · Zhangjiajie",
    "三表率一模范": "Three Exemplars and One Model",
    "“动力”": "“Motive Power”",
    "五彩": "Five Colours",
    "半条被子": "Half a Quilt",
    "青春党建": "Youth Party Building",
}


def test_each_phrase_and_name_has_one_english_rendering_everywhere(seeded_exhibition) -> None:
    phrases = dict(ONE_RENDERING)
    phrases.update({b.name.zh: b.name.en for b in seeded_exhibition.bureaus})
    assert phrases["湘西州税务局"] == "Xiangxi Prefecture Tax Service"
    texts = _texts(seeded_exhibition)
    glossary = [(zh, en) for zh, en in seeded_exhibition.glossary]
    for zh, en in phrases.items():
        using = [t for t in texts if zh in t.zh]
        assert using, f"{zh} occurs nowhere"
        for text in using:
            assert en in text.en, (zh, text.en)
    assert dict(glossary)["急难愁盼"] == "the " + ONE_RENDERING["急难愁盼"]


def test_english_uses_typographic_quotes_and_apostrophes(seeded_exhibition) -> None:
    texts = [t.en for t in _texts(seeded_exhibition)] + [en for _, en in seeded_exhibition.glossary]
    assert [t for t in texts if "'" in t or '"' in t] == []
    assert sum("’" in t for t in texts) > 20
