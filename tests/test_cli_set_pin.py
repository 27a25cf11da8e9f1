"""`kiosk set-pin` as an operator runs it: a real subprocess on a seeded data folder."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import sqlite3
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from kiosk.services.security import check_pin, has_pin
from kiosk.services.startup import open_store
from kiosk.settings import build_settings

PIN = "739164"  # not in the seeded exhibition: checked before every scan


def set_pin(data_dir: Path, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kiosk", "set-pin", "--data-dir", str(data_dir)],
        input=stdin, capture_output=True, text=True, timeout=120,
    )


def files_holding(folder: Path, secret: str) -> list[str]:
    """Every file under `folder` whose bytes hold `secret` in UTF-8 or UTF-16 (either order)."""
    forms = [secret.encode(encoding) for encoding in ("utf-8", "utf-16-le", "utf-16-be")]
    return [
        str(path.relative_to(folder))
        for path in sorted(folder.rglob("*"))
        if path.is_file() and any(form in path.read_bytes() for form in forms)
    ]


def _pin_works(data_dir: Path, pin: str) -> bool:
    store = open_store(build_settings(data_dir=data_dir), seed=False)
    try:
        return has_pin(store.sessions) and check_pin(store.sessions, pin, origin="cli").ok
    finally:
        store.close()


def test_a_good_pin_is_set_and_appears_nowhere_in_the_data_folder(seeded_data_dir: Path) -> None:
    assert files_holding(seeded_data_dir, PIN) == []  # the seeded content cannot hold it by chance
    database = seeded_data_dir / "exhibition.sqlite3"
    # A reader stays connected, so the WAL the command writes is still on disk for the scan.
    with sqlite3.connect(database) as reader:
        reader.execute("SELECT count(*) FROM texts").fetchone()
        result = set_pin(seeded_data_dir, f"{PIN}\n{PIN}\n")
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
        assert "PIN set" in result.stdout and PIN not in result.stdout
        assert (seeded_data_dir / "exhibition.sqlite3-wal").stat().st_size > 0
        assert files_holding(seeded_data_dir, PIN) == []
    assert _pin_works(seeded_data_dir, PIN)
    assert files_holding(seeded_data_dir, PIN) == []


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("73916\n73916\n", "at least 6 digits"),
        ("7391a4\n7391a4\n", "digits only"),
        ("739164\n739165\n", "differ"),
        ("739164\n", "twice"),
        ("", "twice"),
    ],
    ids=["short", "non-digit", "mismatch", "once", "nothing"],
)
def test_a_refused_pin_is_one_error_line_and_changes_nothing(
    tmp_path: Path, stdin: str, message: str
) -> None:
    data_dir = tmp_path / "data"
    assert set_pin(data_dir, "20261201\n20261201\n").returncode == 0  # an existing PIN stays
    result = set_pin(data_dir, stdin)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr
    for typed in {line for line in stdin.splitlines() if line}:
        assert typed not in result.stderr
    assert _pin_works(data_dir, "20261201")


def test_on_a_terminal_the_pin_is_read_without_echo(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    controller, terminal = pty.openpty()

    def own_terminal() -> None:  # the pty becomes the child's /dev/tty, as in a real login
        os.setsid()
        fcntl.ioctl(terminal, termios.TIOCSCTTY, 0)

    child = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "set-pin", "--data-dir", str(data_dir)],
        stdin=terminal, stdout=terminal, stderr=terminal, preexec_fn=own_terminal, close_fds=True,
    )
    os.close(terminal)
    seen = b""
    for prompt in (b"PIN (6 or more digits): ", b"again: "):
        seen += _read_until(controller, prompt, seen)
        os.write(controller, f"{PIN}\n".encode())
    seen += _read_until(controller, b"PIN set", seen)
    assert child.wait(timeout=60) == 0
    os.close(controller)
    assert PIN.encode() not in seen, seen
    assert _pin_works(data_dir, PIN)


def _read_until(fd: int, marker: bytes, before: bytes, timeout_s: float = 60) -> bytes:
    """Bytes from the terminal until `marker` shows (the child's prompt or confirmation)."""
    got = b""
    deadline = time.monotonic() + timeout_s
    while marker not in before + got:
        ready, _, _ = select.select([fd], [], [], max(deadline - time.monotonic(), 0))
        assert ready, f"no {marker!r} from the command; it wrote {before + got!r}"
        got += os.read(fd, 4096)
    return got
