"""The composition root: the GUI thread stays responsive while the first start seeds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.app import _open_while_splash_shows
from kiosk.settings import build_settings


def test_first_start_seeds_while_the_event_loop_keeps_running(qapp, tmp_path: Path, capsys) -> None:
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    store = _open_while_splash_shows(qapp, build_settings(data_dir=tmp_path, windowed=True))
    timer.stop()
    try:
        assert len(store.exhibition.exhibition().bureaus) == 15
        # Seeding draws two dozen pictures (seconds); the GUI thread went on handling events.
        assert len(ticks) > 20
        assert "Preparing the default exhibition" in capsys.readouterr().err
    finally:
        store.close()
