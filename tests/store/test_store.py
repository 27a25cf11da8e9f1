"""The data layer: migrations, seeding of the default exhibition, edits that survive restarts."""

from __future__ import annotations

import re
import sqlite3
from importlib import resources
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kiosk.content.texts import localized_texts
from kiosk.content.types import BureauKind, LocalizedText, RenditionKind, TextOrigin
from kiosk.services.startup import open_store
from kiosk.settings import build_settings
from kiosk.store import repository
from kiosk.store.live import SCHEMA_HEAD
from kiosk.store.migrations import current_revision, head_revision
from kiosk.store.models import Base

CITY_SLUGS = {
    "changsha", "zhuzhou", "xiangtan", "hengyang", "shaoyang", "yueyang", "changde",
    "zhangjiajie", "yiyang", "chenzhou", "yongzhou", "huaihua", "loudi", "xiangxi",
}


def test_migrations_match_the_models(tmp_path: Path) -> None:
    store = open_store(build_settings(data_dir=tmp_path), seed=False)
    with store.engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert diff == [], f"models and migrations drift apart; add a migration: {diff}"
    assert current_revision(store.engine) == head_revision()
    store.close()


def test_the_fast_start_knows_the_newest_migration() -> None:
    """A kiosk opens a database at SCHEMA_HEAD without Alembic: it must be Alembic's head, or a
    database one migration behind would be shown unmigrated."""
    assert head_revision() == SCHEMA_HEAD, "a new migration: set kiosk.store.live.SCHEMA_HEAD to it"


def test_database_is_sqlite_in_wal_mode_with_foreign_keys(seeded_store) -> None:
    with seeded_store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_every_bureau_is_seeded_with_brand_cover_and_english(seeded_exhibition) -> None:
    slugs = [b.slug for b in seeded_exhibition.bureaus]
    assert slugs[0] == "hunan"
    assert set(slugs[1:]) == CITY_SLUGS
    assert seeded_exhibition.bureau("xiangxi").kind is BureauKind.PREFECTURE
    assert seeded_exhibition.bureau("hunan").kind is BureauKind.PROVINCE
    assert seeded_exhibition.bureau("huaihua").brand.name.zh == "种子"
    assert seeded_exhibition.bureau("changsha").brand.name is None  # the article names no brand
    assert "·" in seeded_exhibition.bureau("zhangjiajie").brand.name.zh
    for bureau in seeded_exhibition.bureaus:
        assert bureau.cover is not None and bureau.cover.is_placeholder
        thumb = bureau.cover.rendition(RenditionKind.THUMB)
        display = bureau.cover.rendition(RenditionKind.DISPLAY)
        assert thumb and display and thumb.width <= 960 < display.width


def _all_texts(exhibition) -> list[LocalizedText]:
    return list(localized_texts(exhibition))


def test_every_text_has_english_that_is_not_the_chinese(seeded_exhibition) -> None:
    texts = _all_texts(seeded_exhibition)
    assert len(texts) > 150
    missing = [t.zh for t in texts if not t.en.strip() or t.en == t.zh]
    assert missing == []
    assert {t.origin for t in texts} == {TextOrigin.ARTICLE, TextOrigin.EXHIBITION}


def test_chinese_punctuation_is_full_width(seeded_exhibition) -> None:
    for text in _all_texts(seeded_exhibition):
        if any("\u4e00" <= ch <= "\u9fff" for ch in text.zh):
            assert not set(text.zh) & set(",?!:;()"), text.zh


def test_stories_are_attributed_as_the_article_attributes_them(seeded_exhibition) -> None:
    stories = {s.key: s for b in seeded_exhibition.bureaus for s in b.stories}
    bodies = {key: s.title.zh + s.body.zh for key, s in stories.items()}
    assert any("秋收起义" in body for body in bodies.values())
    assert any("肖光盛" in body and "第七届全国道德模范" in body for body in bodies.values())
    assert any("湘豫共进、希望同行" in body for body in bodies.values())
    for story in stories.values():
        assert "红网" in story.source.zh
    captions = [p.caption.zh for b in seeded_exhibition.bureaus for p in b.every_photo()]
    for fragment in ("张剑飞", "桂东革命活动纪念馆", "秋收起义历史陈列馆", "肖光盛"):
        assert any(fragment in c for c in captions), fragment


def test_headline_figures_are_exactly_as_printed(seeded_exhibition) -> None:
    printed = {f.key: (str(f.value), f.unit.zh) for f in seeded_exhibition.figures}
    assert printed == {
        "branches-up-to-standard": ("1596", "个"),
        "demonstration-sites": ("20", "个"),
        "advanced-work-methods": ("3", "个"),
        "national-honours": ("63", "项"),
        "good-people-china": ("5", "人"),
        "good-people-hunan": ("11", "人"),
        "civilized-units-national": ("46", "个"),
        "model-units-provincial": ("91", "个"),
        "civilized-share": ("91.3", "％"),
    }


def test_figures_carry_their_years_and_qualifiers(seeded_exhibition) -> None:
    by_value = {str(f.value): f for f in seeded_exhibition.figures}
    assert by_value["1596"].year == 2020
    assert by_value["20"].year == 2019
    assert "征管体制改革" in by_value["63"].qualifier.zh


def test_timeline_gives_only_the_articles_dates(seeded_exhibition) -> None:
    years = [e.year for e in seeded_exhibition.timeline]
    assert {y for y in years if y is not None} == {2019, 2020}
    assert None in years


def test_credits_and_reprint_statement(seeded_exhibition) -> None:
    credits = seeded_exhibition.credits
    assert "丁斯斯" in credits.reporter.zh and "红网" in credits.source.zh
    assert "黄瑞婷" in credits.editor.zh
    assert credits.reprint_statement.zh.startswith("本文为税务频道原创文章，转载请附上原文出处链接和本声明")


def test_an_editors_change_survives_a_restart_in_the_draft(tmp_path: Path, seeded_data_dir: Path) -> None:
    settings = build_settings(data_dir=seeded_data_dir)
    store = open_store(settings)
    with store.sessions.begin() as session:
        repository.update_bureau_text(
            session, "huaihua", "brand.slogan", LocalizedText("做一粒更好的种子", "Be an even better seed")
        )
    store.close()

    reopened = open_store(settings)
    with reopened.sessions() as session:
        huaihua = repository.load_exhibition(session).bureau("huaihua")
    assert huaihua.brand.slogan.zh == "做一粒更好的种子"
    assert huaihua.brand.slogan.en == "Be an even better seed"
    # Visitors see the published version until the draft is published.
    assert reopened.exhibition.exhibition().bureau("huaihua").brand.slogan.zh == "做一粒好种子"
    reopened.close()


def test_seeding_runs_once(seeded_data_dir: Path) -> None:
    database = seeded_data_dir / "exhibition.sqlite3"
    before = sqlite3.connect(database).execute("SELECT count(*) FROM texts").fetchone()[0]
    open_store(build_settings(data_dir=seeded_data_dir)).close()
    after = sqlite3.connect(database).execute("SELECT count(*) FROM texts").fetchone()[0]
    assert before == after > 0


def test_media_bytes_are_jpeg_renditions(seeded_store, seeded_exhibition) -> None:
    cover = seeded_exhibition.bureau("huaihua").cover
    data = seeded_store.exhibition.media_bytes(cover.rendition(RenditionKind.THUMB).sha256)
    assert data is not None and data[:3] == b"\xff\xd8\xff"
    assert seeded_store.exhibition.media_bytes("0" * 64) is None


def _normalised(text: str) -> str:
    """Full-width punctuation, one kind of quotes, no whitespace: how article text is compared."""
    table = str.maketrans({
        ",": "，", "?": "？", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "%": "％",
        "‘": "“", "’": "”",
    })
    return re.sub(r"\s+", "", text.translate(table))


def test_texts_marked_as_quoted_are_in_the_article(seeded_exhibition) -> None:
    article = _normalised(
        (resources.files("kiosk.db.exhibition") / "source-article.zh.txt").read_text(encoding="utf-8")
    )
    quoted = [t for t in _all_texts(seeded_exhibition) if t.origin is TextOrigin.ARTICLE]
    assert len(quoted) > 50
    for text in quoted:
        # Sentence by sentence: a quote may end with 。 where the article goes on after a ；.
        for sentence in re.split(r"[。；！？…]+", _normalised(text.zh)):
            assert sentence in article, f"marked as quoted but not in the article: {sentence}"
