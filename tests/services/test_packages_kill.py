"""An import killed with SIGKILL at many moments leaves the old exhibition or the new one, whole.

The child process imports for real and announces every step (its progress reports) on
stdout. At a chosen step the parent kills it — either while the child waits at that step
(an exact moment) or right after reading it while the child runs on (moments in between:
inside the transaction, during the commit, during the backups). Every time `kiosk check`
passes on what is left and the live exhibition is the old document or the new one.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.content.serialization import canonical_json
from kiosk.services import versions
from kiosk.services.startup import open_store
from kiosk.settings import build_settings
from services.package_samples import bureau, new_photo, read_entries, with_content, write_entries

CHILD = """
import sys
from pathlib import Path
from kiosk.services import packages
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

data_dir, package, mode = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
settings = build_settings(data_dir=data_dir)
store = open_store(settings, seed=False)

def progress(done, total, stage):
    print(f"{stage} {done}/{total}", flush=True)
    if mode == "pause":
        sys.stdin.readline()  # the parent kills the process here, or lets it go on

packages.import_package(store.sessions, settings, package, progress=progress)
print("done", flush=True)
"""


def _child(data_dir: Path, package: Path, mode: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(data_dir), str(package), mode],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _run_until(data_dir: Path, package: Path, *, kill_at: int | None, pause: bool) -> list[str]:
    """Run the child; kill it when it announces step `kill_at` (None: let it finish)."""
    child = _child(data_dir, package, "pause" if pause else "run")
    seen: list[str] = []
    try:
        assert child.stdout is not None and child.stdin is not None
        for line in child.stdout:
            seen.append(line.strip())
            if kill_at is not None and len(seen) - 1 == kill_at:
                child.send_signal(signal.SIGKILL)
                break
            if pause:
                child.stdin.write("\n")
                child.stdin.flush()
        child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if kill_at is None:
        assert child.returncode == 0, child.stderr.read() if child.stderr else ""
    else:
        assert child.returncode == -signal.SIGKILL
    if child.stderr:
        child.stderr.close()
    if child.stdout:
        child.stdout.close()
    if child.stdin:
        child.stdin.close()
    return seen


def _live_text(data_dir: Path) -> str:
    store = open_store(build_settings(data_dir=data_dir), seed=False)
    try:
        assert store.recovery is None, "a killed import is no damage: nothing to recover"
        document = versions.live_document(store.sessions)
        shown = store.exhibition.exhibition()  # what visitors would see, through the real service
        assert shown.bureaus
        for photo in (p for b in shown.bureaus for p in b.every_photo()):
            for rendition in photo.renditions:
                assert store.exhibition.media_bytes(rendition.sha256), "every picture is there"
        return canonical_json(document)
    finally:
        store.close()


@pytest.fixture
def new_package(seeded_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    assert main(["export", str(tmp_path / "old.zip"), "--data-dir", str(seeded_data_dir)]) == 0
    photo, media = new_photo("kill-test-photo", (30, 60, 200), size=(1200, 800))

    def edit(document: dict) -> None:
        huaihua = bureau(document, "huaihua")
        huaihua["brand"]["slogan"] = {"zh": "导入中途被杀", "en": "Killed mid-import", "origin": "exhibition"}
        huaihua["photos"].append(photo)

    capsys.readouterr()
    entries = {**with_content(read_entries(tmp_path / "old.zip"), edit), **media}
    return write_entries(tmp_path / "new.zip", entries)


def test_an_import_killed_at_any_moment_leaves_the_old_or_the_new_exhibition_whole(
    seeded_data_dir: Path, new_package: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = _live_text(seeded_data_dir)
    finished = tmp_path / "finished"
    shutil.copytree(seeded_data_dir, finished)
    steps = _run_until(finished, new_package, kill_at=None, pause=False)
    assert steps[-1] == "done"
    new = _live_text(finished)
    assert new != old

    saves = [i for i, step in enumerate(steps) if step.startswith("save ")]
    checks = [i for i, step in enumerate(steps) if step.startswith("check ")]
    backups = [i for i, step in enumerate(steps) if step.startswith("backup ")]
    # Exact moments: while checking, around the backup, inside the transaction, after the commit.
    paused = sorted({checks[0], checks[len(checks) // 2], *backups, saves[0], saves[len(saves) // 2],
                     saves[-2], saves[-1]})
    # Moments in between: the child runs on after announcing these, and dies wherever it is.
    running = sorted({checks[-1], backups[-1], saves[len(saves) // 3], saves[-3], saves[-2], saves[-1]})
    outcomes = []
    for pause, kill_points in ((True, paused), (False, running)):
        for kill_at in kill_points:
            folder = tmp_path / f"killed-{'paused' if pause else 'running'}-{kill_at}"
            shutil.copytree(seeded_data_dir, folder)
            _run_until(folder, new_package, kill_at=kill_at, pause=pause)

            code = main(["check", "--data-dir", str(folder)])
            err = capsys.readouterr().err
            assert code == 0, f"kill at {steps[kill_at]!r}: {err}"
            live = _live_text(folder)
            assert live in (old, new), f"kill at {steps[kill_at]!r} left a third exhibition"
            outcomes.append((steps[kill_at], pause, "new" if live == new else "old"))

    by_step = {(step, pause): outcome for step, pause, outcome in outcomes}
    # Killed while waiting at a step: exactly predictable.
    assert by_step[(steps[saves[-2]], True)] == "old", "killed inside the transaction: nothing was saved"
    assert by_step[(steps[saves[-1]], True)] == "new", "killed after the commit: the import is whole"
    assert all(by_step[(steps[i], True)] == "old" for i in (*checks, *backups) if (steps[i], True) in by_step)
