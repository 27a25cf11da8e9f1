"""The audit log in admin mode: the editor's PIN entry and an edit (old → new) are listed,
newest first, filtered by kind; Export CSV writes the whole log to the removable drive, with a
header and those rows — through the real services and database."""

from __future__ import annotations

import csv

from desk_transfers import DRIVE, fake_drive, hide_keyboard, into_admin, open_desk_kiosk
from helpers import PIN
from qt_lifetime import dispose_kiosk

from kiosk.devtools import driving


def test_audit_lists_the_entry_and_an_edit_and_exports_csv(qapp, pin_store, tmp_path) -> None:
    root, drive = fake_drive(tmp_path)
    kiosk = open_desk_kiosk(qapp, pin_store, root)
    win = kiosk.window
    try:
        into_admin(kiosk)
        theme = kiosk.admin_services.editor.draft().theme
        old, new = f"{theme.zh} / {theme.en}", f"{theme.zh} / A theme typed on a laptop"  # as audited
        driving.tap_named(win, "nav_exhibition")
        box = driving.tap_named(win, "fieldText_exhibition.theme_en")
        box.setProperty("text", "A theme typed on a laptop")  # a physical keyboard's typing
        assert driving.wait_until(lambda: kiosk.desk.property("hasChanges"), 5.0)
        hide_keyboard(win)

        driving.tap_named(win, "nav_audit")
        assert driving.wait_until(lambda: driving.find(win, "deskAudit") is not None)
        entries = kiosk.desk.audit_page.property("entries")
        rows = entries.rows()
        assert [r.action for r in rows[:2]] == ["edit", "admin.enter"]  # newest first
        edit, entry = rows[0], rows[1]
        change = driving.find(win, f"auditChange_{edit.id}")
        assert change is not None and change.property("text") == f"{old} → {new}"
        what = driving.find(win, f"auditWhat_{edit.id}").property("text")
        assert what == "修改  · exhibition  · theme"  # what, where, which field
        assert "进入管理" in driving.find(win, f"auditWhat_{entry.id}").property("text")

        driving.tap_named(win, "auditKind_admin")  # sign-ins only
        assert driving.wait_until(lambda: driving.find(win, f"auditEntry_{edit.id}") is None)
        assert driving.find(win, f"auditEntry_{entry.id}") is not None
        driving.tap_named(win, "auditKind_all")
        assert driving.wait_until(lambda: driving.find(win, f"auditEntry_{edit.id}") is not None)

        assert driving.find(win, f"place_{DRIVE}").property("variant") == "primary"  # the drive first
        driving.tap_named(win, "exportCsv")
        message = kiosk.desk.audit_page
        assert driving.wait_until(lambda: message.property("message") != "")
        assert not message.property("failed"), message.property("message")
        written = list(drive.glob("audit-log-*.csv"))
        assert len(written) == 1
        assert str(written[0]) in driving.find(win, "auditMessage").property("text")  # the path shown
        with written[0].open(encoding="utf-8-sig", newline="") as stream:
            table = list(csv.reader(stream))
        assert table[0] == ["at_utc", "origin", "action", "target", "field", "old", "new"]
        actions = [row[2] for row in table[1:]]
        assert "admin.enter" in actions
        edits = [row for row in table[1:] if row[2] == "edit"]
        assert edits[-1][5:] == [old, new]
        assert all(PIN not in cell for row in table for cell in row)
    finally:
        dispose_kiosk(kiosk)


def test_export_goes_to_the_exports_folder_without_a_drive_and_older_entries_load(
    qapp, pin_store, tmp_path
) -> None:
    kiosk = open_desk_kiosk(qapp, pin_store, tmp_path / "no-drives")
    win = kiosk.window
    try:
        for _ in range(3):  # wrong PINs are audited too, and the list pages them
            kiosk.admin.requestEntry()
            for digit in "000000":
                driving.tap_named(win, f"pinKey_{digit}")
            driving.tap_named(win, "pinKey_ok")
            kiosk.admin.leave()
        into_admin(kiosk)
        page = kiosk.desk.audit_page
        driving.tap_named(win, "nav_audit")
        assert driving.wait_until(lambda: page.property("total") >= 5)
        total = page.property("total")
        assert total < 50
        assert not page.property("hasMore")
        actions = [r.action for r in page.property("entries").rows()]
        assert actions.count("admin.fail") == 3

        driving.tap_named(win, "place_exports")
        driving.tap_named(win, "exportCsv")
        assert driving.wait_until(lambda: page.property("message") != "")
        folder = pin_store.database_path.parent / "exports"
        written = list(folder.glob("audit-log-*.csv"))
        assert len(written) == 1, page.property("message")
        with written[0].open(encoding="utf-8-sig", newline="") as stream:
            assert len(list(csv.reader(stream))) == total + 1
    finally:
        dispose_kiosk(kiosk)
