"""The audit log: entries written with the change they describe, pages for the admin screen,
and a CSV export a spreadsheet opens safely."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.services.audit import export_csv, list_entries
from kiosk.services.startup import OpenedStore, open_store
from kiosk.settings import build_settings
from kiosk.store import audit

HEADER = ["at_utc", "origin", "action", "target", "field", "old", "new"]  # what a spreadsheet shows
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path):
    opened = open_store(build_settings(data_dir=tmp_path / "data"), seed=False)
    yield opened
    opened.close()


def _append_many(store: OpenedStore, count: int) -> None:
    with store.sessions.begin() as session:
        for n in range(count):
            audit.append(
                session, action="edit", target=f"story:{n}", field="title", old=f"旧{n}", new=f"新{n}",
                origin="kiosk", at=T0 + timedelta(seconds=n),
            )


def test_an_entry_is_written_only_with_its_transaction(store: OpenedStore) -> None:
    with pytest.raises(RuntimeError), store.sessions.begin() as session:
        audit.append(session, action="publish", origin="laptop")
        raise RuntimeError("the publish failed")
    assert list_entries(store.sessions).total == 0


def test_pages_are_newest_first_with_a_total(store: OpenedStore) -> None:
    _append_many(store, 7)
    first = list_entries(store.sessions, limit=3)
    assert [e.target for e in first.entries] == ["story:6", "story:5", "story:4"]
    assert first.total == 7 and first.has_more
    last = list_entries(store.sessions, limit=3, offset=6)
    assert [e.target for e in last.entries] == ["story:0"] and not last.has_more
    entry = last.entries[0]
    assert (entry.at, entry.origin, entry.field, entry.old, entry.new) == (T0, "kiosk", "title", "旧0", "新0")


def test_pages_filter_by_action(store: OpenedStore) -> None:
    _append_many(store, 2)
    with store.sessions.begin() as session:
        audit.append(session, action="admin.fail", origin="kiosk")
    page = list_entries(store.sessions, action_prefix="admin.")
    assert [e.action for e in page.entries] == ["admin.fail"] and page.total == 1


def test_csv_export_has_a_header_and_every_entry_oldest_first(store: OpenedStore, tmp_path: Path) -> None:
    _append_many(store, 1203)  # more than one export batch
    path = tmp_path / "audit.csv"
    assert export_csv(store.sessions, path) == 1203
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM: spreadsheets then read the Chinese as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == HEADER
    assert len(rows) == 1204
    assert rows[1] == ["2026-12-01T09:00:00+00:00", "kiosk", "edit", "story:0", "title", "旧0", "新0"]
    assert rows[-1][3] == "story:1202"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["audit.csv", "data"]  # no temporary file left


@pytest.mark.parametrize(
    ("typed", "cell"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1+2", "'+1+2"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("a=1, b", "a=1, b"),
        ("种子 = seed", "种子 = seed"),
        ("", ""),
    ],
)
def test_csv_cells_that_start_like_a_formula_are_quoted(store: OpenedStore, typed: str, cell: str) -> None:
    with store.sessions.begin() as session:
        audit.append(session, action="edit", target=typed, field=typed, old=typed, new=typed, origin=typed)
    out = io.StringIO()
    assert export_csv(store.sessions, out) == 1
    header, row = csv.reader(io.StringIO(out.getvalue()))
    assert header == HEADER
    assert row[1:] == [cell, "edit", cell, cell, cell, cell]
