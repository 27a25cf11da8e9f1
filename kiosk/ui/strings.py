"""The screens' own words (buttons, headings), in both languages.

Exhibition content comes from the reader; these are only the chrome around it, kept
here so QML never hard-codes a language.
"""

from __future__ import annotations

from kiosk.content.types import Language

CHROME: dict[str, dict[str, str]] = {
    "home": {"zh": "首页", "en": "Home"},
    "back": {"zh": "返回", "en": "Back"},
    "overview": {"zh": "全省概览", "en": "Province overview"},
    "overviewHint": {
        "zh": "湖南省税务局 · 三个篇章与成果数据",
        "en": "Hunan Provincial Tax Service · three chapters and headline figures",
    },
    # Between two phrases on one line (the programme and the theme, source and editor).
    "separator": {"zh": "　", "en": " · "},
    "inSection": {"zh": "本篇讲述", "en": "In this chapter"},
    "continueBrowsing": {"zh": "继续浏览", "en": "Continue"},
    "stories": {"zh": "故事", "en": "Stories"},
    "photos": {"zh": "图片", "en": "Photos"},
    "placeholder": {"zh": "示意图", "en": "Placeholder"},
    "brand": {"zh": "党建品牌", "en": "Party-building brand"},
    "slogan": {"zh": "品牌口号", "en": "Slogan"},
    "concept": {"zh": "品牌理念", "en": "Concept"},
    "source": {"zh": "来源", "en": "Source"},
    "sourceLabel": {"zh": "来源：", "en": "Source: "},
    "editorLabel": {"zh": "编辑：", "en": "Editor: "},
    "figures": {"zh": "成果数据", "en": "Headline figures"},
    "credits": {"zh": "资料来源", "en": "Credits"},
    "reporter": {"zh": "记者", "en": "Reporter"},
    "editor": {"zh": "编辑", "en": "Editor"},
    "provincePanel": {
        "zh": "湖南省税务局 · 工作方案与故事",
        "en": "Hunan Provincial Tax Service · programme and stories",
    },
    "idleTitle": {"zh": "还在浏览吗？", "en": "Still there?"},
    "idleText": {"zh": "即将返回首页", "en": "Returning to the start in"},
    "tapToOpen": {"zh": "点击查看", "en": "Tap to open"},
    "readStory": {"zh": "阅读全文", "en": "Read the story"},
    "swipeHint": {"zh": "左右滑动浏览 · 双击放大", "en": "Swipe for more · double-tap to zoom"},
}

# Each language's switch is labelled in its own language.
LANGUAGE_NAMES: dict[str, str] = {"zh": "中文", "en": "English"}


def chrome_strings(language: Language | str) -> dict[str, str]:
    """Every chrome string in `language` (falls back to Chinese), plus the switch labels."""
    lang = Language(language).value
    strings = {key: texts.get(lang) or texts["zh"] for key, texts in CHROME.items()}
    other = Language.EN.value if lang == Language.ZH.value else Language.ZH.value
    strings["switchTo"] = LANGUAGE_NAMES[other]
    strings["languageName"] = LANGUAGE_NAMES[lang]
    return strings
