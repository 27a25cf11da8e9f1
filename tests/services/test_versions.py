"""Published versions: visitors see the newest; publish, discard, restore, retention, stale drafts."""

from __future__ import annotations

import copy
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.serialization import exhibition_to_dict, media_of
from kiosk.content.types import LocalizedText
from kiosk.errors import KioskError
from kiosk.services.drafts import discard_draft, draft_exhibition, draft_status, publish_draft
from kiosk.services.startup import open_store
from kiosk.services.versions import (
    InvalidContentError,
    StaleDraftError,
    list_versions,
    live_document,
    live_version,
    publish_document,
    restore_version,
)
from kiosk.settings import build_settings
from kiosk.store import repository
from kiosk.store.versions import MissingMediaError

ORIGINAL = "做一粒好种子"


def edit_slogan(store, zh: str, en: str = "A slogan") -> None:
    with store.sessions.begin() as session:
        repository.update_bureau_text(session, "huaihua", "brand.slogan", LocalizedText(zh, en))


def slogan(reader) -> str:
    return reader.exhibition().bureau("huaihua").brand.slogan.zh


def test_seeding_publishes_the_first_version(seeded_store, visitor) -> None:
    [first] = list_versions(seeded_store.sessions)
    assert (first.id, first.origin) == (1, "seed")
    assert visitor.live_version_id() == 1
    assert slogan(visitor) == ORIGINAL
    assert exhibition_to_dict(draft_exhibition(seeded_store.sessions)) == live_document(seeded_store.sessions)
    assert not draft_status(seeded_store.sessions).has_changes


def test_visitors_see_the_old_version_until_the_draft_is_published(seeded_store, visitor) -> None:
    assert slogan(visitor) == ORIGINAL  # parsed and cached
    edit_slogan(seeded_store, "做一粒更好的种子")
    assert slogan(visitor) == ORIGINAL
    status = draft_status(seeded_store.sessions)
    assert status.has_changes and status.changes.summary() == "怀化: slogan changed"

    published = publish_draft(seeded_store.sessions, origin="kiosk")

    assert (published.id, published.origin, published.summary) == (2, "kiosk", "怀化: slogan changed")
    assert visitor.live_version_id() == 2
    assert slogan(visitor) == "做一粒更好的种子"
    assert [v.id for v in list_versions(seeded_store.sessions)] == [2, 1]
    assert not draft_status(seeded_store.sessions).has_changes
    with pytest.raises(KioskError, match="nothing to publish"):
        publish_draft(seeded_store.sessions, origin="kiosk")


def test_discard_resets_the_draft_to_the_live_version(seeded_store, visitor) -> None:
    edit_slogan(seeded_store, "草稿里的口号")
    dropped = discard_draft(seeded_store.sessions, origin="kiosk")
    assert dropped.summary() == "怀化: slogan changed"
    assert draft_exhibition(seeded_store.sessions).bureau("huaihua").brand.slogan.zh == ORIGINAL
    assert not draft_status(seeded_store.sessions).has_changes
    assert visitor.live_version_id() == 1  # nothing was published


def test_restoring_an_old_version_publishes_it_again_as_a_new_version(seeded_store, visitor) -> None:
    edit_slogan(seeded_store, "第二版口号")
    publish_draft(seeded_store.sessions, origin="laptop")
    assert slogan(visitor) == "第二版口号"

    restored = restore_version(seeded_store.sessions, 1, origin="kiosk")

    assert (restored.id, restored.restored_from) == (3, 1)
    assert restored.summary == "restored version 1: 怀化: slogan changed"
    assert slogan(visitor) == ORIGINAL
    assert [v.id for v in list_versions(seeded_store.sessions)] == [3, 2, 1]  # nothing lost
    assert draft_exhibition(seeded_store.sessions).bureau("huaihua").brand.slogan.zh == ORIGINAL
    with pytest.raises(KioskError, match="there is no version 99"):
        restore_version(seeded_store.sessions, 99, origin="kiosk")


def test_a_hidden_bureau_stays_in_the_version_but_visitors_never_see_it(seeded_store, visitor) -> None:
    document = live_document(seeded_store.sessions)
    changsha = next(b for b in document["bureaus"] if b["slug"] == "changsha")
    changsha["hidden"] = True
    version = publish_document(seeded_store.sessions, document, origin="import")
    assert version.summary == "长沙: hidden"
    assert visitor.exhibition().bureau("changsha") is None
    assert all("changsha" not in s.bureau_slugs for s in visitor.exhibition().sections)
    assert draft_exhibition(seeded_store.sessions).bureau("changsha").hidden  # the draft followed


def _blob_count(database: Path) -> int:
    with sqlite3.connect(database) as connection:
        return connection.execute("SELECT count(*) FROM media_blobs").fetchone()[0]


def test_retention_prunes_old_versions_but_never_a_blob_a_kept_version_names(seeded_store, database) -> None:
    sessions = seeded_store.sessions
    document = live_document(sessions)
    blobs_before = _blob_count(database)
    # Version 2 drops huaihua's cover: its blobs are then named only by version 1.
    huaihua = next(b for b in document["bureaus"] if b["slug"] == "huaihua")
    cover_media = media_of({"bureaus": [{"cover": huaihua["cover"]}]})
    huaihua["cover"] = None
    publish_document(sessions, document, origin="cli", keep=3)
    for n in range(3, 6):
        document["exhibition"]["title"]["en"] = f"Title {n}"
        publish_document(sessions, copy.deepcopy(document), origin="cli", keep=3)

    assert [v.id for v in list_versions(sessions)] == [5, 4, 3]
    # Version 1 is gone, and with it the only reference to the old cover: its blobs went too.
    assert _blob_count(database) == blobs_before - len(cover_media)
    with sqlite3.connect(database) as connection:
        missing = connection.execute(
            "SELECT count(*) FROM version_media v LEFT JOIN media_blobs m ON m.sha256 = v.sha256"
            " WHERE m.sha256 IS NULL"
        ).fetchone()[0]
        assert missing == 0
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert restore_version(sessions, 3, origin="kiosk").id == 6  # a kept version restores whole


def test_a_stale_draft_is_refused_with_what_changed_until_the_editor_confirms(seeded_store, visitor) -> None:
    edit_slogan(seeded_store, "编辑的口号")  # the editor's draft, made from version 1
    document = live_document(seeded_store.sessions)
    next(b for b in document["bureaus"] if b["slug"] == "zhuzhou")["focus"]["zh"] = "命令行改的"
    publish_document(seeded_store.sessions, document, origin="cli")  # meanwhile, from a terminal
    assert draft_exhibition(seeded_store.sessions).bureau("huaihua").brand.slogan.zh == "编辑的口号"
    assert draft_status(seeded_store.sessions).is_stale

    with pytest.raises(StaleDraftError) as caught:
        publish_draft(seeded_store.sessions, origin="kiosk")
    assert caught.value.live.id == 2
    assert caught.value.changes.summary() == "株洲: focus line changed"
    assert "now version 2, cli: 株洲: focus line changed" in str(caught.value)
    assert slogan(visitor) == ORIGINAL

    published = publish_draft(seeded_store.sessions, origin="kiosk", expected_live_id=2)
    assert published.id == 3 and slogan(visitor) == "编辑的口号"


def test_publish_document_with_an_expected_version_refuses_a_newer_live_one(seeded_store) -> None:
    document = live_document(seeded_store.sessions)
    document["exhibition"]["title"]["en"] = "Another title"
    publish_document(seeded_store.sessions, document, origin="import")
    with pytest.raises(StaleDraftError):
        publish_document(
            seeded_store.sessions, document | {"glossary": []}, origin="import", expected_live_id=1
        )
    assert live_version(seeded_store.sessions).id == 2


def test_a_bad_document_changes_nothing(seeded_store, database) -> None:
    document = live_document(seeded_store.sessions)
    del next(b for b in document["bureaus"] if b["slug"] == "yueyang")["name"]
    with pytest.raises(InvalidContentError, match=r"bureaus\[yueyang\]: missing field 'name'"):
        publish_document(seeded_store.sessions, document, origin="import")
    document = live_document(seeded_store.sessions)
    document["bureaus"][0]["cover"]["media"]["thumb"]["sha256"] = "ab" * 32
    with pytest.raises(MissingMediaError, match="1 picture"):
        publish_document(seeded_store.sessions, document, origin="import")
    assert [v.id for v in list_versions(seeded_store.sessions)] == [1]


def test_a_database_from_before_versions_gets_its_first_version_at_start(seeded_data_dir, database) -> None:
    with sqlite3.connect(database) as connection:
        connection.execute("DELETE FROM version_media")
        connection.execute("DELETE FROM published_versions")
        connection.execute("UPDATE bureaus SET position = -1 WHERE slug = 'yueyang'")  # its own content
    store = open_store(build_settings(data_dir=seeded_data_dir))
    version = live_version(store.sessions)
    assert version.origin == "upgrade"
    assert store.exhibition.exhibition().bureaus[0].slug == "yueyang"
    store.close()


def test_the_visitor_path_reads_the_live_version_without_sqlalchemy(seeded_store, database) -> None:
    script = (
        "import sys; from pathlib import Path\n"
        "from kiosk.services.exhibition import ExhibitionService\n"
        f"service = ExhibitionService.for_sqlite_file(Path({str(database)!r}))\n"
        "exhibition = service.home()\n"
        "cover = exhibition.bureau('huaihua').cover.renditions[0].sha256\n"
        "assert service.media_bytes(cover)[:3] == b'\\xff\\xd8\\xff'\n"
        "print(exhibition.bureau('huaihua').brand.name.zh, service.live_version_id(),"
        " 'sqlalchemy' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["种子", "1", "False"]
