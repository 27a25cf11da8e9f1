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
    # Between two phrases on one line (the programme and the theme, source and editor, a figure's
    # qualifier and year): every join of two texts on screen uses it.
    "separator": {"zh": "　", "en": " · "},
    "inSection": {"zh": "本篇讲述", "en": "In this chapter"},
    "continueBrowsing": {"zh": "继续浏览", "en": "Continue"},
    "stories": {"zh": "故事", "en": "Stories"},
    "photos": {"zh": "图片", "en": "Photos"},
    "placeholder": {"zh": "示意图", "en": "Placeholder"},  # the chip on a Home tile's placeholder art
    "placeholderArtwork": {"zh": "示意图", "en": "Placeholder artwork"},  # beside a viewer photo's credit
    "brand": {"zh": "党建品牌", "en": "Party-building brand"},
    "slogan": {"zh": "品牌口号", "en": "Slogan"},
    "concept": {"zh": "品牌理念", "en": "Concept"},
    "sourceLabel": {"zh": "来源：", "en": "Source: "},
    "editorLabel": {"zh": "编辑：", "en": "Editor: "},
    "figures": {"zh": "成果数据", "en": "Headline figures"},
    "credits": {"zh": "资料来源", "en": "Credits"},
    "provincePanel": {
        "zh": "湖南省税务局 · 工作方案与故事",
        "en": "Hunan Provincial Tax Service · programme and stories",
    },
    "idleTitle": {"zh": "还在浏览吗？", "en": "Still there?"},
    "idleText": {"zh": "即将返回首页", "en": "Returning to the start in"},
    "tapToOpen": {"zh": "点击查看", "en": "Tap to open"},
    "readStory": {"zh": "阅读全文", "en": "Read the story"},
    "swipeHint": {"zh": "左右滑动浏览 · 双击放大", "en": "Swipe for more · double-tap to zoom"},
    # Admin mode
    "adminTitle": {"zh": "展览管理", "en": "Exhibition admin"},
    "pinTitle": {"zh": "请输入管理密码", "en": "Enter the admin PIN"},
    "pinNoPin": {
        "zh": "尚未设置管理密码。请在这台电脑的终端运行：kiosk set-pin",
        "en": "No admin PIN has been set. On this computer, run: kiosk set-pin",
    },
    "pinWrong": {"zh": "密码错误", "en": "Wrong PIN"},
    "pinAttemptsLeft": {"zh": "，还可尝试 {n} 次", "en": "; {n} attempts left"},
    "pinTooShort": {"zh": "密码至少 6 位数字", "en": "The PIN has at least 6 digits"},
    "pinLocked": {"zh": "错误次数过多，已锁定", "en": "Too many wrong PINs: entry is locked"},
    "pinLockedFor": {"zh": "{n} 秒后可再试", "en": "Try again in {n} s"},
    "pinDelete": {"zh": "删除", "en": "Delete"},
    "pinEnter": {"zh": "进入", "en": "Enter"},
    "cancel": {"zh": "取消", "en": "Cancel"},
    "leave": {"zh": "退出管理", "en": "Leave"},
}

# Each language's switch is labelled in its own language.
LANGUAGE_NAMES: dict[str, str] = {"zh": "中文", "en": "English"}


def chrome_strings(language: Language | str) -> dict[str, str]:
    """Every chrome string in `language` (falls back to Chinese), plus the switch labels."""
    lang = Language(language).value
    strings = {key: texts.get(lang) or texts["zh"] for key, texts in CHROME.items()}
    other = Language.EN.value if lang == Language.ZH.value else Language.ZH.value
    strings["switchTo"] = LANGUAGE_NAMES[other]
    return strings


# The start-up screen's words. The splash shows before the database is opened (that is its
# point), so it cannot read the exhibition's title from there: this is the one place it is
# written for the splash, and `tests/ui/test_splash.py` checks it against the default
# exhibition's title. The splash shows both languages at once.
SPLASH: dict[str, dict[str, str]] = {
    "splashTitle": {
        "zh": "湖南税务“一局一品”党建品牌展",
        "en": "Hunan Tax Service: “One Bureau, One Brand” Party-Building Brands",
    },
    "preparing": {"zh": "正在准备展览…", "en": "Preparing the exhibition…"},
}


def splash_strings() -> dict[str, str]:
    """The splash's texts, each language under its own key: `splashTitleZh`, `preparingEn` …"""
    return {
        f"{key}{lang.capitalize()}": texts[lang] for key, texts in SPLASH.items() for lang in ("zh", "en")
    }
