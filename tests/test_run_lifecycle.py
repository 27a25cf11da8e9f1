"""The kiosk as a service runs it: ready when Home is up, a clean exit on SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path


def _messages(sock: socket.socket, until: bytes) -> list[bytes]:
    """The notifications received up to the one holding `until`; fails if it never comes."""
    seen: list[bytes] = []
    while not any(until in m for m in seen):
        try:
            seen.append(sock.recv(4096))
        except TimeoutError:
            raise AssertionError(f"the kiosk never sent {until!r}; it sent {seen}") from None
    return seen


def test_sigterm_exits_0_with_the_database_closed_cleanly(tmp_path: Path, seeded_data_dir: Path) -> None:
    address = tmp_path / "notify.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
        sock.bind(str(address))
        sock.settimeout(120)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "NOTIFY_SOCKET": str(address)}
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "run", "--windowed", "--data-dir", str(seeded_data_dir)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        try:
            _messages(sock, b"READY=1")  # systemd's Type=notify: Home is on screen
            kiosk.send_signal(signal.SIGTERM)
            _, err = kiosk.communicate(timeout=60)
            assert kiosk.returncode == 0, err
            _messages(sock, b"STOPPING=1")  # told systemd it is stopping (fails if it never did)
        finally:
            kiosk.kill()
    assert kiosk.returncode == 0, err
    assert "Traceback" not in err
    database = seeded_data_dir / "exhibition.sqlite3"
    # The last connection closed cleanly: SQLite folded the write-ahead log back and removed it.
    assert not Path(f"{database}-wal").exists()
    with sqlite3.connect(database) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert (seeded_data_dir / "logs" / "kiosk.log").read_text(encoding="utf-8").count("kiosk started") == 1
