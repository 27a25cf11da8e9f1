"""A full disk while an editor types: the edit is refused in one line, what was saved stays."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from kiosk.content.types import LocalizedText
from kiosk.errors import KioskError
from kiosk.services.editor_desk import DraftEditorService


def test_a_full_disk_refuses_the_edit_in_one_line_and_keeps_what_was_saved(seeded_store) -> None:
    desk = DraftEditorService(seeded_store.sessions, origin="kiosk")
    desk.set_text("exhibition.theme", LocalizedText("保存好的主题", "A saved theme"))

    @event.listens_for(seeded_store.engine, "connect")
    def small_disk(dbapi_connection, _record):  # the next connections find the disk full
        dbapi_connection.execute("PRAGMA max_page_count = 1")

    seeded_store.engine.dispose()
    try:
        long_text = "展览导言。" * 20_000  # needs new pages in the file: there are none to be had
        with pytest.raises(KioskError) as refused:
            desk.set_text("exhibition.introduction", LocalizedText(long_text, "An introduction"))
        assert "nothing was saved" in str(refused.value) and "\\n" not in str(refused.value)
    finally:
        event.remove(seeded_store.engine, "connect", small_disk)
        seeded_store.engine.dispose()
    draft = desk.draft()
    assert draft.theme.zh == "保存好的主题" and not draft.introduction.zh.startswith("展览导言。展览导言。")
