"""Start-up: straight to Home on an existing database; the GUI thread stays responsive while
the first start seeds behind the splash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer

from kiosk.app import admin_services, open_exhibition_store
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


# A kiosk started as a kiosk PC starts it: records every window as it is first shown and, at
# the first frame showing Home, which of the database layer's and Pillow's modules are loaded.
START_WATCH = r"""
import gc, json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtQuick import QQuickWindow
from kiosk.cli import main
from kiosk.devtools import driving

app = QGuiApplication(["kiosk"])
exposed, report = [], {}
usual_gc = gc.get_threshold()

def home_on_screen(window):
    return any(item.objectName() == "homeScreen" and driving.is_shown(item) for item in driving.items(window))

def on_frame(window):
    if not report and home_on_screen(window):
        report["home"] = window
        report["loaded"] = sorted(m for m in ("sqlalchemy", "alembic", "PIL") if m in sys.modules)
        QTimer.singleShot(100, after_home)

def after_home():
    report["gc_as_usual"] = gc.get_threshold() == usual_gc
    report["frozen_at_home"] = gc.get_freeze_count()
    app.quit()

class Watch(QObject):
    def eventFilter(self, obj, event):
        shown = event.type() == QEvent.Type.Show and isinstance(obj, QQuickWindow)
        if shown and all(w is not obj for w in exposed):
            exposed.append(obj)
            obj.frameSwapped.connect(lambda: on_frame(obj))
        return False

watch = Watch()
app.installEventFilter(watch)
code = main(["run", "--windowed", "--no-idle", "--data-dir", sys.argv[1]])
report["exposed"] = ["Home" if w is report.get("home") else "another window" for w in exposed]
report.pop("home", None)
print(json.dumps({"code": code, **report}))
"""


def run_and_watch_the_start(data_dir: Path) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", START_WATCH, str(data_dir)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_kiosk_on_its_database_opens_straight_on_home_without_the_database_layer(seeded_data_dir: Path):
    watched = run_and_watch_the_start(seeded_data_dir)
    assert watched["code"] == 0
    assert watched["exposed"] == ["Home"], "no splash in front of a database that opens in milliseconds"
    assert watched["loaded"] == [], "SQLAlchemy, Alembic and Pillow wait for admin mode"
    assert watched["gc_as_usual"], "the collector, held off while the kiosk starts, runs as usual from Home"
    # What the start made lives as long as the kiosk: full collections no longer walk it.
    assert watched["frozen_at_home"] > 10_000, watched["frozen_at_home"]  # ~48,000 here


def test_a_first_start_shows_the_splash_while_it_seeds(tmp_path: Path) -> None:
    watched = run_and_watch_the_start(tmp_path / "data")
    assert watched["code"] == 0
    assert watched["exposed"] == ["another window", "Home"], "the splash first, then Home"


def test_admin_mode_works_over_services_built_when_the_pin_pad_first_opens(seeded_data_dir: Path) -> None:
    settings = build_settings(data_dir=seeded_data_dir, windowed=True)
    store = open_exhibition_store(settings)
    try:
        assert not store.engine_made, "a ready database opens without SQLAlchemy's engine"
        services = admin_services(store, settings)
        assert not store.engine_made, "building admin mode's stand-ins builds nothing"
        assert services.gate.has_pin() is False
        assert store.engine_made
        assert services.editor.draft().bureau("huaihua").name.zh == "怀化市税务局"
    finally:
        store.close()
