"""A process publishing, or saving an edit, killed with SIGKILL at many moments: the database
passes `PRAGMA integrity_check` and holds the old version or the new one, whole.

The child process runs the real operation and announces on stdout every SQL statement it is
about to send, the COMMIT, and that the commit is done, then waits for a line on stdin; the
parent kills it at the chosen announcement, so each moment is exact and nothing depends on
timing.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.content.serialization import exhibition_from_dict
from kiosk.services.drafts import draft_exhibition
from kiosk.services.editing import set_text
from kiosk.services.exhibition import ExhibitionService
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

CHILD = """
import sys
from pathlib import Path
from sqlalchemy import event
from sqlalchemy.orm import Session
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

data_dir, operation = Path(sys.argv[1]), sys.argv[2]
store = open_store(build_settings(data_dir=data_dir))

def announce(what):
    print(what, flush=True)
    sys.stdin.readline()  # the parent kills the process here, or lets it go on

event.listen(store.engine, "before_cursor_execute", lambda *a: announce("statement"))
event.listen(store.engine, "commit", lambda conn: announce("commit"))
event.listen(Session, "after_commit", lambda session: announce("committed"))
if operation == "publish":
    from kiosk.services.drafts import publish_draft
    publish_draft(store.sessions, origin="kiosk")
else:
    from kiosk.services.trash import remove_story
    remove_story(store.sessions, "hunan-guidong-memorial", origin="kiosk")
print("done", flush=True)
"""
NEW_SLOGAN = "做一粒更好的种子"


def _run(data_dir: Path, operation: str, kill_at: int | None) -> int:
    """Run the child; kill it at announcement `kill_at` (None: let it finish). Returns how many
    announcements it made."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), operation],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    seen = 0
    try:
        for line in child.stdout:
            if line.strip() == "done":
                break
            if kill_at is not None and seen == kill_at:
                child.send_signal(signal.SIGKILL)
                break
            seen += 1
            child.stdin.write("\n")
            child.stdin.flush()
        child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if kill_at is None:
        assert child.returncode == 0, child.stderr.read()
    else:
        assert child.returncode == -signal.SIGKILL
    child.stdout.close()
    child.stdin.close()
    child.stderr.close()
    return seen


def _check_whole(database: Path) -> None:
    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        for (document,) in connection.execute("SELECT document FROM published_versions"):
            exhibition_from_dict(json.loads(document))  # every version parses …
        missing = connection.execute(
            "SELECT count(*) FROM version_media v LEFT JOIN media_blobs m USING (sha256)"
            " WHERE m.sha256 IS NULL"
        ).fetchone()[0]
        assert missing == 0  # … and has all its pictures


@pytest.fixture
def edited(seeded_data_dir: Path) -> Path:
    """A data folder whose draft has an unpublished slogan."""
    store = open_store(build_settings(data_dir=seeded_data_dir))
    set_text(store.sessions, "bureaus.huaihua.brand.slogan", NEW_SLOGAN, origin="kiosk")
    store.close()
    return seeded_data_dir


def _moments(total: int) -> list[int]:
    return sorted({0, 1, total // 4, total // 2, (3 * total) // 4, total - 2, total - 1})


def test_a_publish_killed_at_any_moment_leaves_the_old_or_the_new_version_whole(
    edited: Path, tmp_path: Path
) -> None:
    probe = tmp_path / "probe"
    shutil.copytree(edited, probe)
    total = _run(probe, "publish", None)  # statements …, the commit, and "committed", the last
    assert total > 10
    outcomes = set()
    for moment in _moments(total):
        folder = tmp_path / f"kill-{moment}"
        shutil.copytree(edited, folder)
        _run(folder, "publish", moment)
        database = folder / "exhibition.sqlite3"
        _check_whole(database)
        visitor = ExhibitionService.for_sqlite_file(database)
        slogan = visitor.exhibition().bureau("huaihua").brand.slogan.zh
        live = visitor.live_version_id()
        visitor.close()
        assert (live, slogan) in {(1, "做一粒好种子"), (2, NEW_SLOGAN)}, moment
        outcomes.add(live)
        store = open_store(build_settings(data_dir=folder))  # the kiosk starts again on it
        assert draft_exhibition(store.sessions).bureau("huaihua").brand.slogan.zh == NEW_SLOGAN
        store.close()
    assert outcomes == {1, 2}  # killed up to its COMMIT: the old version; after it: the new one


def test_an_edit_killed_at_any_moment_leaves_the_draft_before_or_after_it(
    seeded_data_dir: Path, tmp_path: Path
) -> None:
    probe = tmp_path / "probe"
    shutil.copytree(seeded_data_dir, probe)
    total = _run(probe, "remove-story", None)
    for moment in _moments(total):
        folder = tmp_path / f"kill-{moment}"
        shutil.copytree(seeded_data_dir, folder)
        _run(folder, "remove-story", moment)
        _check_whole(folder / "exhibition.sqlite3")
        store = open_store(build_settings(data_dir=folder))
        stories = [s.key for s in draft_exhibition(store.sessions).bureau("hunan").stories]
        with sqlite3.connect(folder / "exhibition.sqlite3") as connection:
            trashed = connection.execute("SELECT count(*) FROM trash").fetchone()[0]
        store.close()
        removed = "hunan-guidong-memorial" not in stories
        assert (removed, trashed) in {(False, 0), (True, 1)}, moment  # never lost, never both
        assert len(stories) == 4 - removed
