"""Start-up: the GUI thread stays responsive while the first start seeds behind the splash."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.app import open_exhibition_store
from kiosk.settings import build_settings
from kiosk.ui.splash import Splash


def test_first_start_seeds_while_the_event_loop_keeps_running(qapp, tmp_path: Path, capsys) -> None:
    settings = build_settings(data_dir=tmp_path, windowed=True)
    splash = Splash(qapp, settings)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    started = time.monotonic()
    try:
        store = splash.run_while_showing(lambda: open_exhibition_store(settings))
    finally:
        timer.stop()
        splash.close()
    took = time.monotonic() - started
    try:
        assert len(store.exhibition.exhibition().bureaus) == 15
        # Seeding draws two dozen pictures (seconds); the GUI thread went on handling events all
        # along: no gap between two ticks came near the whole of it.
        gaps = [b - a for a, b in zip([started, *ticks], [*ticks, started + took], strict=True)]
        assert len(ticks) >= 2 and max(gaps) < took / 2, (max(gaps), took)
        assert "Preparing the default exhibition" in capsys.readouterr().err
    finally:
        store.close()
