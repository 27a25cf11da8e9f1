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
    "navExhibition": {"zh": "展览信息", "en": "Exhibition"},
    "navBureaus": {"zh": "各局", "en": "Bureaus"},
    "navVersions": {"zh": "版本", "en": "Versions"},
    "navTrash": {"zh": "回收站", "en": "Trash"},
    "preview": {"zh": "预览", "en": "Preview"},
    "previewBand": {"zh": "预览 · 草稿尚未发布", "en": "Preview · the draft is not yet published"},
    "backToEditing": {"zh": "返回编辑", "en": "Back to editing"},
    "publish": {"zh": "发布", "en": "Publish"},
    "publishAnyway": {"zh": "仍然发布", "en": "Publish anyway"},
    "discard": {"zh": "放弃草稿", "en": "Discard draft"},
    "stateSame": {"zh": "草稿与展出内容一致", "en": "The draft is what visitors see"},
    "stateChanged": {"zh": "有未发布的修改", "en": "Unpublished changes"},
    "stateStale": {
        "zh": "展出内容已被更新（命令行或导入），发布将替换它",
        "en": "The live exhibition changed meanwhile (command line or import); publishing replaces it",
    },
    "published": {"zh": "已发布：观众现在看到新的内容", "en": "Published: visitors now see the new content"},
    "discarded": {"zh": "草稿已放弃", "en": "The draft was discarded"},
    "restored": {"zh": "已恢复为新版本", "en": "Restored as a new version"},
    "restoredFromTrash": {"zh": "已从回收站恢复到草稿", "en": "Restored from the trash into the draft"},
    "movedToTrash": {"zh": "已移至回收站", "en": "Moved to the trash"},
    "quoted": {"zh": "原文引用", "en": "Quoted"},
    "englishMissing": {"zh": "缺少英文", "en": "English missing"},
    "liveVersion": {"zh": "展出中", "en": "Live"},
    "restore": {"zh": "恢复", "en": "Restore"},
    "edit": {"zh": "编辑", "en": "Edit"},
    "hide": {"zh": "隐藏", "en": "Hide"},
    "unhide": {"zh": "显示", "en": "Show"},
    "hiddenMark": {"zh": "已隐藏", "en": "Hidden"},
    "remove": {"zh": "移除", "en": "Remove"},
    "moveUp": {"zh": "上移", "en": "Up"},
    "moveDown": {"zh": "下移", "en": "Down"},
    "emptyTrash": {"zh": "回收站是空的", "en": "The trash is empty"},
    "chinese": {"zh": "中文", "en": "Chinese"},
    "english": {"zh": "英文", "en": "English"},
    "addPhotos": {"zh": "添加图片", "en": "Add photos"},
    "photosAdded": {"zh": "已添加 {n} 张图片", "en": "{n} photos added"},
    "photoImportCancelled": {
        "zh": "（已取消，其余未导入）", "en": " (cancelled: the rest were not imported)"
    },
    "importSelected": {"zh": "导入所选", "en": "Import selected"},
    "folderUp": {"zh": "上一级", "en": "Up"},
    "noDrive": {
        "zh": "未找到 U 盘或图片文件夹：请插入 U 盘",
        "en": "No USB drive or picture folder found: plug one in",
    },
    "cancelImport": {"zh": "取消导入", "en": "Cancel import"},
    "notImported": {"zh": "未导入：", "en": "Not imported:"},
    "addStory": {"zh": "添加故事", "en": "Add a story"},
    "addBureau": {"zh": "添加税务局", "en": "Add a bureau"},
    "storiesHeading": {"zh": "故事（顺序即展示顺序）", "en": "Stories (in the order shown)"},
    "photosHeading": {"zh": "图片（第一张为封面）", "en": "Photos (the first is the cover)"},
    "setCover": {"zh": "设为封面", "en": "Make cover"},
    "coverMark": {"zh": "封面", "en": "Cover"},
    "moveTo": {"zh": "移至…", "en": "Move to…"},
    "storyMoved": {"zh": "故事已移至另一个局", "en": "The story was moved to another bureau"},
    "kind_sections": {"zh": "篇章", "en": "Section"},
    "kind_figures": {"zh": "数据", "en": "Figure"},
    "kind_timeline": {"zh": "大事记", "en": "Milestone"},
    "kind_stories": {"zh": "故事", "en": "Story"},
    "kind_photos": {"zh": "图片", "en": "Photo"},
    # Field labels in the editors, by the field's name
    "field_title": {"zh": "标题", "en": "Title"},
    "field_programme": {"zh": "项目", "en": "Programme"},
    "field_theme": {"zh": "主题", "en": "Theme"},
    "field_introduction": {"zh": "导言", "en": "Introduction"},
    "field_reporter": {"zh": "记者", "en": "Reporter"},
    "field_source": {"zh": "来源", "en": "Source"},
    "field_editor": {"zh": "编辑", "en": "Editor"},
    "field_reprint_statement": {"zh": "转载声明", "en": "Reprint statement"},
    "field_name": {"zh": "名称", "en": "Name"},
    "field_city": {"zh": "城市", "en": "City"},
    "field_brand_name": {"zh": "品牌名称", "en": "Brand name"},
    "field_brand_slogan": {"zh": "品牌口号", "en": "Slogan"},
    "field_brand_concept": {"zh": "品牌理念", "en": "Concept"},
    "field_focus": {"zh": "重点（无品牌时）", "en": "Focus (where there is no brand)"},
    "field_summary": {"zh": "简介", "en": "Summary"},
    "field_body": {"zh": "正文", "en": "Text"},
    "field_lead": {"zh": "导语", "en": "Lead"},
    "field_caption": {"zh": "图片说明", "en": "Caption"},
    "field_credit": {"zh": "署名", "en": "Credit"},
    "field_label": {"zh": "名称", "en": "Label"},
    "field_unit": {"zh": "单位", "en": "Unit"},
    "field_qualifier": {"zh": "说明", "en": "Qualifier"},
    "field_text": {"zh": "内容", "en": "Text"},
    # The desk's audit log, packages and backups sections
    "navAudit": {"zh": "操作记录", "en": "Audit log"},
    "navPackages": {"zh": "导出 / 导入", "en": "Export / Import"},
    "navBackups": {"zh": "备份", "en": "Backups"},
    "auditAll": {"zh": "全部", "en": "All"},
    "auditEntry": {"zh": "登录", "en": "Sign-ins"},
    "auditEdits": {"zh": "修改", "en": "Edits"},
    "auditPublishes": {"zh": "发布", "en": "Publishes"},
    "auditCount": {"zh": "共 {n} 条", "en": "{n} entries"},
    "auditEmpty": {"zh": "没有记录", "en": "No entries"},
    "loadMore": {"zh": "加载更多", "en": "Load more"},
    "exportCsv": {"zh": "导出 CSV", "en": "Export CSV"},
    "exportTo": {"zh": "保存到：", "en": "Save to:"},
    "exportsFolder": {"zh": "数据文件夹 exports", "en": "Data folder: exports"},
    "csvWritten": {"zh": "已写入：{path}", "en": "Written: {path}"},
    "audit_admin_enter": {"zh": "进入管理", "en": "Entered admin"},
    "audit_admin_fail": {"zh": "密码错误", "en": "Wrong PIN"},
    "audit_admin_lockout": {"zh": "已锁定", "en": "Locked out"},
    "audit_admin_locked": {"zh": "锁定期间尝试", "en": "Tried while locked"},
    "audit_admin_leave": {"zh": "退出管理", "en": "Left admin"},
    "audit_admin_timeout": {"zh": "管理超时退出", "en": "Admin timed out"},
    "audit_pin_set": {"zh": "设置密码", "en": "PIN set"},
    "audit_edit": {"zh": "修改", "en": "Edit"},
    "audit_publish": {"zh": "发布", "en": "Publish"},
    "audit_restore": {"zh": "恢复版本", "en": "Restore"},
    "audit_discard": {"zh": "放弃草稿", "en": "Discard"},
    "exportTitle": {"zh": "导出展览", "en": "Export the exhibition"},
    "exportHint": {
        "zh": "把正在展出的内容写入一个内容包（.zip），可复制到其他展机",
        "en": "Writes the live exhibition to one package file (.zip) to copy to other kiosks",
    },
    "exportPackage": {"zh": "导出内容包", "en": "Export package"},
    "packageWritten": {"zh": "已导出：{path}", "en": "Exported: {path}"},
    "importTitle": {"zh": "导入内容包", "en": "Import a package"},
    "importHint": {
        "zh": "U 盘和 exports 文件夹中的内容包；导入前会显示将要修改的内容",
        "en": "Packages on USB drives and in the exports folder; you see what changes before it does",
    },
    "noPackages": {"zh": "没有找到内容包（.zip）", "en": "No packages (.zip) found"},
    "lookAgain": {"zh": "重新查找", "en": "Look again"},
    "importThis": {"zh": "导入", "en": "Import"},
    "summaryTitle": {"zh": "导入将修改以下内容", "en": "Importing this package changes"},
    "summaryBureaus": {"zh": "各局", "en": "Bureaus"},
    "summaryStories": {"zh": "故事", "en": "Stories"},
    "summaryPhotos": {"zh": "图片", "en": "Photos"},
    "summaryAdded": {"zh": "新增", "en": "Added"},
    "summaryChanged": {"zh": "修改", "en": "Changed"},
    "summaryRemoved": {"zh": "删除", "en": "Removed"},
    "summaryNothing": {"zh": "内容与正在展出的完全相同", "en": "It is the same as the live exhibition"},
    "summaryUndo": {
        "zh": "导入后成为一个新版本，可在“版本”中撤销",
        "en": "It becomes a new version, which Versions can undo",
    },
    "confirmImport": {"zh": "确认导入", "en": "Confirm import"},
    "imported": {"zh": "已导入为新版本：{summary}", "en": "Imported as a new version: {summary}"},
    "packageImportCancelled": {"zh": "未导入，内容没有改变", "en": "Not imported; nothing changed"},
    "backUpNow": {"zh": "立即备份", "en": "Back up now"},
    "backupsHint": {
        "zh": "每次发布、导入和恢复前后以及每天自动备份",
        "en": "Taken by themselves around every publish, import and restore, and daily",
    },
    "noBackups": {"zh": "还没有备份", "en": "No backups yet"},
    "backupWritten": {"zh": "已备份：{path}", "en": "Backed up: {path}"},
    "restoreTitle": {"zh": "恢复这个备份？", "en": "Restore this backup?"},
    "restoreHint": {
        "zh": "备份中的展览会先经过检查，再发布为新版本；当前内容保留在“版本”中",
        "en": "Its exhibition is checked like an import, then published as a new version; "
              "the current one stays in Versions",
    },
    "confirmRestore": {"zh": "确认恢复", "en": "Confirm restore"},
    "backupRestored": {"zh": "已恢复为新版本：{summary}", "en": "Restored as a new version: {summary}"},
    "backupReason_manual": {"zh": "手动", "en": "Manual"},
    "backupReason_publish": {"zh": "发布后", "en": "After a publish"},
    "backupReason_import": {"zh": "导入前", "en": "Before an import"},
    "backupReason_restore": {"zh": "恢复前", "en": "Before a restore"},
    "backupReason_daily": {"zh": "每日", "en": "Daily"},
    "backupReason_recovery": {"zh": "自动修复", "en": "Recovery"},
    "stage_check": {"zh": "正在检查", "en": "Checking"},
    "stage_backup": {"zh": "正在备份", "en": "Backing up"},
    "stage_save": {"zh": "正在保存", "en": "Saving"},
    "stage_write": {"zh": "正在写入", "en": "Writing"},
    "working": {"zh": "正在处理…", "en": "Working…"},
    "cancelling": {"zh": "正在取消…", "en": "Cancelling…"},
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
