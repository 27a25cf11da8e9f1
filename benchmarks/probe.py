"""One fresh process, measured from the inside: the real start path, then a scripted visitor.

    python benchmarks/probe.py MODE --out RESULT.json [--data-dir DIR] [--scenario NAME] [...]

MODE `kiosk` runs `kiosk.cli.main(["run", "--no-idle"])` — the command a kiosk PC runs (DIR is
where it finds its data folder, as platformdirs finds the user's), fullscreen on an offscreen
1920×1080 screen; MODE `bare` shows a bare Qt Quick window
(one Rectangle) the same way, for the ratio. No hook in the product: this script creates the
QGuiApplication first (the app reuses an existing one; the input method is chosen before, as
the app does), and an event filter on it connects to
`frameSwapped` of every QQuickWindow as it is shown. "Home's first frame" is the first frame
swapped in which an item called `homeScreen` is on screen. Times are from the parent's
`time.monotonic()` just before it spawned this process (BENCH_T0), so Python's own start counts.

Scenarios after Home's first frame (the screens are driven by window events at item
coordinates found by objectName, as a finger would):
- `start`: nothing (cold start and PSS at Home);
- `taps`: touch taps on Home tiles; each timed from the finger's release to the first frame in
  which the bureau panel is on screen with its name and no image of it still loading;
- `scroll-home` / `scroll-strip`: finger flings on the Home grid / a bureau's photo strip,
  frame intervals (and each frame's own cost, afterAnimating → frameSwapped) while it moves;
- `visit-all`: every bureau's panel in turn (PSS after);
- `walk`: a seeded random visitor walk of N steps (PSS after warm-up and at the end).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1920, 1080)
BARE_QML = b"""
import QtQuick
Window { width: 1920; height: 1080; visible: true
  Rectangle { objectName: "homeScreen"; anchors.fill: parent; color: "#f4efe6" } }
"""
# The calibration for scrolling: a plain grid of as many cells as the large Home's tiles, with
# no images, flung the same way. What it cannot reach is the machine's and the harness's limit.
BARE_GRID_QML = b"""
import QtQuick
Window { width: 1920; height: 1080; visible: true
  Item { objectName: "homeScreen"; anchors.fill: parent
    GridView { objectName: "bureauGrid"; anchors.fill: parent; anchors.margins: 40
      cellWidth: 360; cellHeight: 320; model: 199; clip: true; boundsBehavior: Flickable.StopAtBounds
      delegate: Rectangle { required property int index; width: 340; height: 300; radius: 12
        color: Qt.hsla((index % 12) / 12, 0.4, 0.6, 1)
        Text { anchors.bottom: parent.bottom; anchors.margins: 16; x: 16; font.pixelSize: 28
               text: "County " + parent.index } } } } }
"""


def pss_kb(pid: int | str = "self") -> int:
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Pss:"):
            return int(line.split()[1])
    return 0


def _offscreen_screen() -> None:
    conf = Path(tempfile.gettempdir()) / f"kiosk-bench-screen-{SIZE[0]}x{SIZE[1]}.json"
    conf.write_text(json.dumps({"screens": [{
        "name": "bench", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1],
        "logicalDpi": 96, "logicalDpiScaleFactor": 1.0, "dpr": 1.0}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={conf}"


class FrameWatch:
    """Connects to every QQuickWindow shown; notes swap times; calls `on_frame(window, t)`."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.windows: list = []
        self.on_frame = None
        self.on_animating = None
        watch = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Show:
                    watch._shown(obj)
                return False

        self._filter = Filter()
        app.installEventFilter(self._filter)
        self._app = app

    def _shown(self, obj) -> None:
        from PySide6.QtQuick import QQuickWindow

        if isinstance(obj, QQuickWindow) and all(w is not obj for w in self.windows):
            self.windows.append(obj)
            obj.frameSwapped.connect(lambda w=obj: self.on_frame and self.on_frame(w, time.monotonic()))
            obj.afterAnimating.connect(lambda: self.on_animating and self.on_animating(time.monotonic()))

    def stop_watching_new(self) -> None:
        self._app.removeEventFilter(self._filter)


def _walk(item):
    yield item
    for child in item.childItems():
        yield from _walk(child)


def _shown_named(window, name: str):
    """The item called `name`, visible all the way up (without importing the test driver,
    whose QtTest import would count in the start-up it measures)."""
    for item in _walk(window.contentItem()):
        if item.objectName() == name:
            node = item
            while node is not None and node.isVisible() and node.opacity() > 0.01:
                node = node.parentItem()
            if node is None:
                return item
    return None


def _wait_frames(n: int = 3) -> None:
    from PySide6.QtTest import QTest

    QTest.qWait(16 * n)


def _finish(out: Path, result: dict) -> None:
    result["pss_kb_end"] = pss_kb()
    out.write_text(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # no teardown: it is not what is measured


# --- scenarios ------------------------------------------------------------------------------


def scenario_taps(win, watch, count: int, rng: random.Random) -> dict:
    from PySide6.QtTest import QTest

    from kiosk.devtools import driving

    device = QTest.createTouchDevice()
    latencies: list[float] = []
    first_panel: list[float] = []
    for _ in range(count):
        tiles = [t for t in driving.find_all(win, "bureauTile_") if _fully_in(win, t)]
        if not tiles:
            raise RuntimeError("no bureau tile on screen")
        tile = rng.choice(tiles)
        p = driving.centre(win, tile)
        done: list[float] = []
        shown: list[float] = []

        def frame(w, t, done=done, shown=shown):
            if w is not win or done:
                return
            if not shown and _shown_named(win, "bureauScreen") is not None:
                shown.append(t)
            if _panel_complete(win):
                done.append(t)

        watch.on_frame = frame
        QTest.touchEvent(win, device).press(0, p).commit()
        QTest.qWait(40)
        released = time.monotonic()
        QTest.touchEvent(win, device).release(0, p).commit()
        if not driving.wait_until(lambda done=done: bool(done), 10.0):
            raise RuntimeError(f"the panel of {tile.objectName()} never completed")
        latencies.append((done[0] - released) * 1000)
        first_panel.append(((shown or done)[0] - released) * 1000)
        watch.on_frame = None
        _go_home(win)
        _maybe_scroll_home(win, rng)
        _wait_frames(3)
    return {"tap_ms": latencies, "tap_first_panel_frame_ms": first_panel}


def _settled_home(win) -> bool:
    return _stack_idle(win) and _shown_named(win, "bureauScreen") is None \
        and _shown_named(win, "homeScreen") is not None


def _stack_idle(win) -> bool:
    from kiosk.devtools import driving

    stack = driving.find(win, "stack", shown=False)
    return stack is None or not stack.property("busy")


def _go_home(win) -> None:
    from kiosk.devtools import driving

    driving.wait_until(lambda: _stack_idle(win), 10.0)
    driving.tap_named(win, "homeButton")
    if not driving.wait_until(lambda: _settled_home(win), 10.0):
        raise RuntimeError("the Home button did not lead Home")


def _fully_in(win, item) -> bool:
    from PySide6.QtCore import QPointF

    a = item.mapToScene(QPointF(0, 0))
    b = item.mapToScene(QPointF(item.width(), item.height()))
    return a.x() >= 0 and a.y() >= 0 and b.x() <= win.width() and b.y() <= win.height()


def _panel_complete(win) -> bool:
    from kiosk.devtools import driving

    panel = driving.find(win, "bureauScreen")
    if panel is None or driving.find(win, "bureauName") is None:
        return False
    loading = 0
    for item in driving.walk(panel):
        if item.metaObject().className().startswith("QQuickImage") and item.isVisible() \
                and item.property("source").toString() and item.property("progress") < 1.0:
            loading += 1
    return loading == 0


def _home_flick(win):
    from kiosk.devtools import driving

    grid = driving.find(win, "bureauGrid", shown=False)
    if grid is not None and grid.inherits("QQuickFlickable"):
        return grid
    home = driving.find(win, "homeScreen", shown=False)
    best = None
    for item in driving.walk(home):
        if item.inherits("QQuickFlickable") and item.property("contentHeight") > item.height() + 1:
            best = best or item
    return best


def _maybe_scroll_home(win, rng: random.Random) -> None:
    flick = _home_flick(win)
    if flick is None:
        return
    room = flick.property("contentHeight") - flick.height()
    if room > 1:
        flick.setProperty("contentY", rng.uniform(0, room) + flick.property("originY"))


def _fling_frames(win, watch, flick, horizontal: bool, flings: int) -> dict:
    """Touch flings; for each frame while the content glides after the finger lifts: the interval
    since the previous frame, and the GUI thread's work since then (the time between the event
    dispatcher waking and going back to sleep: animation ticks, delegates made, input, rendering).
    The finger's own moves are left out: they are the harness's events, sent from this thread."""
    from PySide6.QtCore import QAbstractEventDispatcher, QPoint
    from PySide6.QtTest import QTest

    from kiosk.devtools import driving

    device = QTest.createTouchDevice()
    intervals: list[float] = []
    work: list[float] = []
    state = {"measure": False, "last": None, "since": None, "busy": 0.0}

    def awake() -> None:
        state["since"] = time.monotonic()

    def about_to_block() -> None:
        if state["since"] is not None:
            state["busy"] += time.monotonic() - state["since"]
            state["since"] = None

    dispatcher = QAbstractEventDispatcher.instance()
    dispatcher.awake.connect(awake)
    dispatcher.aboutToBlock.connect(about_to_block)

    def frame(w, t):
        if w is not win:
            return
        busy = state["busy"] + (t - state["since"] if state["since"] is not None else 0.0)
        state["busy"] = 0.0
        if state["since"] is not None:
            state["since"] = t
        if state["measure"] and flick.property("moving") and state["last"] is not None:
            intervals.append((t - state["last"]) * 1000)
            work.append(busy * 1000)
        state["last"] = t

    watch.on_frame = frame
    c = driving.centre(win, flick)
    c.setX(min(max(c.x(), 40), win.width() - 40))
    c.setY(min(max(c.y(), 40), win.height() - 40))
    reach = (flick.width() if horizontal else flick.height()) * 0.35
    for n in range(flings):
        sign = 1 if (n // 4) % 2 == 0 else -1  # four flings one way, four back
        dx, dy = (sign * reach, 0) if horizontal else (0, sign * reach)
        start = QPoint(round(c.x() + dx / 2), round(c.y() + dy / 2))
        QTest.touchEvent(win, device).press(0, start).commit()
        for i in range(1, 9):
            QTest.qWait(8)
            QTest.touchEvent(win, device).move(0, QPoint(round(start.x() - dx * i / 8),
                                                         round(start.y() - dy * i / 8))).commit()
        end = QPoint(round(start.x() - dx), round(start.y() - dy))
        QTest.touchEvent(win, device).release(0, end).commit()
        state["measure"], state["last"] = True, None
        driving.wait_until(lambda: not flick.property("moving"), 10.0)
        state["measure"] = False
        _wait_frames(2)
    watch.on_frame = None
    dispatcher.awake.disconnect(awake)
    dispatcher.aboutToBlock.disconnect(about_to_block)
    return {"frame_interval_ms": intervals, "frame_work_ms": work}


def scenario_scroll_home(win, watch, flings: int) -> dict:
    flick = _home_flick(win)
    if flick is None:
        raise RuntimeError("Home has nothing to scroll")
    result = _fling_frames(win, watch, flick, False, flings)
    result["content"] = f"{flick.property('contentHeight'):.0f} px of tiles"
    return result


def scenario_scroll_strip(win, watch, flings: int, slug: str) -> dict:
    from kiosk.devtools import driving

    driving.tap_named(win, f"bureauTile_{slug}")
    driving.wait_until(lambda: driving.find(win, "photoStrip") is not None, 10.0)
    strip = driving.find(win, "photoStrip")
    driving.scroll_into_view(win, strip)
    _wait_frames(5)
    result = _fling_frames(win, watch, strip, True, flings)
    result["content"] = f"{strip.property('count')} photos"
    return result


def scenario_visit_all(win) -> dict:
    from kiosk.devtools import driving

    slugs = sorted({t.objectName() for t in driving.find_all(win, "bureauTile_", shown=False)})
    visited = 0
    flick = _home_flick(win)
    seen: set[str] = set()
    while True:
        todo = [t for t in driving.find_all(win, "bureauTile_") if t.objectName() not in seen]
        if not todo:
            if flick is None or flick.property("atYEnd"):
                break
            flick.setProperty("contentY", flick.property("contentY") + flick.height() * 0.8)
            _wait_frames(2)
            continue
        name = todo[0].objectName()
        seen.add(name)
        driving.tap_named(win, name)
        driving.wait_until(lambda: _panel_complete(win), 10.0)
        visited += 1
        y = flick.property("contentY") if flick is not None else 0
        _go_home(win)
        if flick is not None:
            flick.setProperty("contentY", y)
            _wait_frames(1)
    return {"visited": visited, "tiles_seen_first": len(slugs), "pss_kb_visited": pss_kb()}


def scenario_walk(win, steps: int, rng: random.Random) -> dict:
    """A visitor's walk: open a bureau or the overview, maybe a story or a photo, back, Home,
    the language. One scan of the window's items per step keeps 10,000 steps to minutes."""
    samples: list[tuple[int, int]] = []
    warmup = max(1, steps // 10)
    started = time.monotonic()
    for step in range(1, steps + 1):
        _walk_step(win, rng)
        if step in (warmup, steps) or step % max(1, steps // 20) == 0:
            samples.append((step, pss_kb()))
    return {"pss_samples": samples, "warmup_steps": warmup, "walk_s": time.monotonic() - started}


class _Scan:
    """One pass over the window's items: the named ones on screen, and pictures still loading."""

    def __init__(self, win) -> None:
        self.named: list[tuple[str, object]] = []
        self.loading = 0
        stack = [(win.contentItem(), True)]
        while stack:
            item, parent_shown = stack.pop()
            shown = parent_shown and item.isVisible() and item.opacity() > 0.01
            if not shown:
                continue
            name = item.objectName()
            if name:
                self.named.append((name, item))
            elif item.metaObject().className().startswith("QQuickImage") and item.property("progress") < 1.0 \
                    and item.property("source").toString():
                self.loading += 1
            stack.extend((child, True) for child in item.childItems())

    def has(self, name: str) -> bool:
        return any(n == name for n, _ in self.named)

    def starting(self, prefix: str) -> list:
        return [item for n, item in self.named if n.startswith(prefix)]


def _walk_step(win, rng: random.Random) -> None:
    from PySide6.QtTest import QTest

    from kiosk.devtools import driving

    def settle() -> None:  # what was tapped is drawn, its pictures loaded (3 s at most)
        deadline = time.monotonic() + 3.0
        QTest.qWait(16)
        while _Scan(win).loading and time.monotonic() < deadline:
            QTest.qWait(30)

    scan = _Scan(win)

    def tap_some(prefix: str) -> bool:
        items = [i for i in scan.starting(prefix) if _fully_in(win, i)]
        if not items:
            return False
        driving.tap(win, rng.choice(items))
        settle()
        return True

    at_home = scan.has("homeScreen") and not scan.has("bureauScreen") and not scan.has("overviewScreen")
    roll = rng.random()
    if at_home:
        if roll < 0.08 and tap_some("languageSwitch"):
            return
        if roll < 0.16 and tap_some("overviewEntry"):
            return
        if roll < 0.4:
            _maybe_scroll_home(win, rng)
            QTest.qWait(16)
            scan = _Scan(win)
        tap_some("bureauTile_")
        return
    if roll < 0.25 and tap_some("storyItem_"):
        return
    if roll < 0.45 and tap_some("photoThumb_"):
        return
    if not (roll < 0.75 and tap_some("backButton")):
        tap_some("homeButton")


def _data_folder_found_as_on_a_kiosk_pc(data_dir: Path) -> None:
    """A kiosk PC runs `kiosk run` and its data folder is the user's (platformdirs, under
    XDG_DATA_HOME on Linux): the probe's data folder is put there (a link), so the start it
    times finds its folder the same way, at the same cost."""
    from kiosk.settings import APP_NAME

    data_dir = data_dir.resolve()
    xdg = data_dir.parent / f"{data_dir.name}-xdg-data-home"
    link = xdg / APP_NAME
    if not link.is_symlink() or link.resolve() != data_dir:
        xdg.mkdir(exist_ok=True)
        link.unlink(missing_ok=True)
        link.symlink_to(data_dir, target_is_directory=True)
    os.environ.pop("KIOSK_DATA_DIR", None)
    os.environ["XDG_DATA_HOME"] = str(xdg)


# --- main -----------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["kiosk", "bare"])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--scenario", default="start",
                        choices=["start", "taps", "scroll-home", "scroll-strip", "visit-all", "walk"])
    parser.add_argument("--count", type=int, default=40)
    parser.add_argument("--strip-bureau", default="b001")
    parser.add_argument("--settle-ms", type=int, default=0, help="start: PSS again this long after Home")
    args = parser.parse_args()
    t0 = float(os.environ.get("BENCH_T0", time.monotonic()))
    _offscreen_screen()
    if args.mode == "kiosk":
        # What run_kiosk does before it makes the application, which this script makes instead.
        try:
            from kiosk.ui.input_method import use_virtual_keyboard
        except ImportError:  # a kiosk without the virtual keyboard
            pass
        else:
            use_virtual_keyboard()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQuick import QQuickWindow  # noqa: F401 - windows come back typed

    app = QGuiApplication(sys.argv[:1])
    watch = FrameWatch(app)
    result: dict = {"mode": args.mode, "scenario": args.scenario}
    rng = random.Random(7)

    def run_scenario(win) -> None:
        try:
            if args.scenario == "taps":
                result.update(scenario_taps(win, watch, args.count, rng))
            elif args.scenario == "scroll-home":
                result.update(scenario_scroll_home(win, watch, args.count))
            elif args.scenario == "scroll-strip":
                result.update(scenario_scroll_strip(win, watch, args.count, args.strip_bureau))
            elif args.scenario == "visit-all":
                result.update(scenario_visit_all(win))
            elif args.scenario == "walk":
                result.update(scenario_walk(win, args.count, rng))
        except Exception as exc:  # the parent reports it as the row's failure
            where = traceback.extract_tb(exc.__traceback__)[-1]
            result["error"] = f"{type(exc).__name__}: {exc} (probe line {where.lineno}: {where.line})"
        _finish(args.out, result)

    def first_frames(window, t: float) -> None:
        result.setdefault("first_frame_s", t - t0)
        if _shown_named(window, "homeScreen") is None:
            return
        result["home_frame_s"] = t - t0
        give_up.stop()
        result["pss_kb_home"] = pss_kb()
        heavy = ("sqlalchemy", "sqlalchemy.orm", "alembic", "PIL", "PySide6.QtTest", "PySide6.QtWidgets",
                 "PySide6.QtVirtualKeyboard", "kiosk.devtools.driving")
        result["loaded_at_home"] = [name for name in heavy if name in sys.modules]
        watch.on_frame = None
        watch.stop_watching_new()
        if args.scenario == "start":
            def settled() -> None:
                result["pss_kb_settled"] = pss_kb()
                _finish(args.out, result)

            QTimer.singleShot(args.settle_ms, settled)  # Home's images load meanwhile
            return
        QTimer.singleShot(300, lambda: run_scenario(window))  # let Home settle first

    watch.on_frame = first_frames
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(lambda: (result.setdefault("error", "no Home frame in 60 s"),
                                     _finish(args.out, result)))
    give_up.start(60_000)
    if args.mode == "bare":
        from PySide6.QtQml import QQmlApplicationEngine

        engine = QQmlApplicationEngine()
        engine.loadData(BARE_GRID_QML if args.scenario == "scroll-home" else BARE_QML)
        app.exec()
        return
    from kiosk.cli import main as kiosk_main

    if args.data_dir:
        _data_folder_found_as_on_a_kiosk_pc(args.data_dir)
    code = kiosk_main(["run", "--no-idle"])
    result.setdefault("error", f"the kiosk exited ({code}) before Home's first frame")
    _finish(args.out, result)


if __name__ == "__main__":
    main()
