"""`kiosk --self-test`: is this installation whole? Offscreen, on a fresh data folder.

What it checks, in order (the first failure ends it with `error: self-test: <reason>`, exit 1):

1. the store: a fresh database is created, migrated and seeded with the default exhibition
   (migrations and `exhibition.json` found through importlib.resources, as a bundle must carry
   them); SQLite's `integrity_check` and WAL journal; reopened a second time, as the next start
   does, with the same content and no re-seeding;
2. every QML file under `kiosk/ui/qml/` compiles (a file the bundle lacks, a QML module the
   bundle lacks — QtQuick.Controls, Layouts … — or a syntax error fails here, including screens
   no visitor route reaches yet, such as admin screens); when a screen uses the virtual
   keyboard, its InputPanel is created too (its plugins and QtMultimedia must load);
3. Home renders: the window's first frame, the `homeScreen` item with one tile per bureau, a
   grab that is not blank;
4. the bundled fonts: every text of the exhibition and every string of the screens, in each
   language, laid out with QTextLayout in that language's font, has no glyph 0 (a box) and comes
   from the bundled families — the system's fonts are hidden from this process (an empty
   fontconfig), so a bundle without its fonts fails here;
5. every screen the screenshot tool reaches by taps (`kiosk.devtools.screenshot`: home, bureau,
   story, photo viewer, overview, idle countdown, and whatever screens are added there) renders
   to a non-blank picture;
6. admin mode, on a throw-away copy of the database with a PIN set there: the PIN pad, typed
   on by taps, the desk and each of its sections, a bureau's editor and the preview render
   (`kiosk/self_test_screens.py`, `ADMIN_WALK`) — all with no QML warning on the way.

Without `--data-dir` it works in a temporary folder and removes it; with one it uses that
folder (created when missing) and leaves it, with its pictures in `self-test/`.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from kiosk.self_test_screens import (
    SIZE,
    SelfTestFailure,
    render_admin_screens,
    render_every_screen,
    render_home,
)
from kiosk.settings import Settings, build_settings

__all__ = ["SelfTestFailure", "run_self_test"]
QML_PACKAGE = "kiosk.ui"
QML_FOLDER = "qml"

_EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def _say(line: str) -> None:
    print(line, flush=True)


@contextmanager
def _step(name: str) -> Iterator[list[str]]:
    """One check: prints `ok   name (time)` and the details it noted, or fails in one line."""
    started = time.perf_counter()
    notes: list[str] = []
    try:
        yield notes
    except SelfTestFailure:
        raise
    except Exception as exc:  # any surprise is a failed check, said in one line, with where
        where = traceback.extract_tb(exc.__traceback__)[-1]
        at = f"{Path(where.filename).name}:{where.lineno}"
        raise SelfTestFailure(f"{name}: {type(exc).__name__}: {exc} (at {at})") from exc
    _say(f"ok   {name} ({time.perf_counter() - started:.2f} s)")
    for note in notes:
        _say(f"     {note}")


def _hide_system_fonts() -> None:
    """Only the bundled fonts can render in this process (set before Qt starts). The file stays
    in the temporary folder: fontconfig reads it again when Qt shuts down, after the scratch
    folder is gone."""
    user = os.getuid() if hasattr(os, "getuid") else 0
    folder = Path(tempfile.gettempdir()) / f"kiosk-self-test-fontconfig-{user}"
    cache = folder / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    conf = folder / "fonts.conf"
    conf.write_text(_EMPTY_FONTCONFIG.format(cache=cache), encoding="utf-8")
    os.environ["FONTCONFIG_FILE"] = str(conf)


# --- 1. the store ------------------------------------------------------------------------


def _sqlite_file(settings: Settings) -> Path | None:
    url = settings.database_url
    return Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None


def _check_database(settings: Settings, bureaus: int) -> str:
    path = _sqlite_file(settings)
    if path is None:
        return "not SQLite: file checks skipped"
    if not path.is_file():
        raise SelfTestFailure(f"database: no file at {path}")
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
        journal = db.execute("PRAGMA journal_mode").fetchone()[0]
        revision = db.execute("SELECT version_num FROM alembic_version").fetchall()
    if integrity != "ok":
        raise SelfTestFailure(f"database: integrity check says {integrity!r}")
    if journal.lower() != "wal":
        raise SelfTestFailure(f"database: journal mode {journal!r}, expected WAL")
    if len(revision) != 1:
        raise SelfTestFailure(f"database: {len(revision)} schema revisions recorded, expected 1")
    return f"{path.name}, revision {revision[0][0]}, {bureaus} bureaus, integrity ok, WAL"


def _open_store(settings: Settings):
    from kiosk.app import open_exhibition_store

    return open_exhibition_store(settings)


# --- 2. QML ------------------------------------------------------------------------------


def qml_files() -> list[str]:
    """Every QML file the app ships (names relative to the QML folder)."""
    folder = resources.files(QML_PACKAGE) / QML_FOLDER
    found: list[str] = []

    def walk(node, prefix: str) -> None:
        for entry in node.iterdir():
            if entry.is_dir():
                walk(entry, f"{prefix}{entry.name}/")
            elif entry.name.endswith(".qml"):
                found.append(prefix + entry.name)

    walk(folder, "")
    return sorted(found)


def _compile_qml(engine) -> int:
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent

    import kiosk.ui.admin.desk  # noqa: F401 - registers the admin screens' types (loaded on first use)

    names = qml_files()
    if "Main.qml" not in names:
        raise SelfTestFailure(f"QML: Main.qml missing from {QML_PACKAGE}/{QML_FOLDER}")
    broken: list[str] = []
    with resources.as_file(resources.files(QML_PACKAGE) / QML_FOLDER) as folder:
        for name in names:
            component = QQmlComponent(engine, QUrl.fromLocalFile(str(folder / name)))
            if component.isError():
                broken.append(f"{name}: {component.errors()[0].toString()}")
    if broken:
        # "Type X unavailable" only echoes a failure inside X: name the cause first.
        broken.sort(key=lambda line: "unavailable" in line)
        raise SelfTestFailure(f"QML: {len(broken)} of {len(names)} files do not compile: {broken[0]}")
    return len(names)


_INPUT_PANEL = b"""
import QtQuick
import QtQuick.VirtualKeyboard
InputPanel { width: 1280 }
"""


def uses_virtual_keyboard() -> bool:
    """Whether any screen imports the Qt Virtual Keyboard (then the installation must carry it)."""
    folder = resources.files(QML_PACKAGE) / QML_FOLDER
    return any("QtQuick.VirtualKeyboard" in (folder / name).read_text(encoding="utf-8")
               for name in qml_files())


def _check_input_panel(engine) -> None:
    """The virtual keyboard's InputPanel is created (its QML, plugins and their libraries load)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtQml import QQmlComponent

    component = QQmlComponent(engine)
    component.setData(_INPUT_PANEL, QUrl.fromLocalFile(str(Path(tempfile.gettempdir()) / "InputPanel.qml")))
    panel = component.create()
    if panel is None:
        reason = component.errors()[0].toString() if component.errors() else "not created"
        raise SelfTestFailure(f"virtual keyboard: {reason}")
    panel.deleteLater()


# --- 4. fonts ----------------------------------------------------------------------------


def _texts(exhibition) -> dict[str, list[str]]:
    from kiosk.content.texts import localized_texts
    from kiosk.ui.strings import CHROME, SPLASH, chrome_strings

    seen: dict[str, list[str]] = {"zh": [], "en": []}
    for text in localized_texts(exhibition):
        seen["zh"].extend(t for t in (text.zh,) if t)
        seen["en"].extend(t for t in (text.en, text.zh) if t)
    for language in ("zh", "en"):
        seen[language].extend(chrome_strings(language).values())
        seen[language].extend(t["zh"] for t in CHROME.values())  # English falls back to Chinese
        seen[language].extend(t[language] for t in SPLASH.values())
    return seen


def _check_glyphs(typefaces, exhibition) -> str:
    from PySide6.QtGui import QTextLayout

    counted = 0
    for language, texts in _texts(exhibition).items():
        allowed = set(typefaces.families(language))
        missing: set[str] = set()
        foreign: set[str] = set()
        for bold in (False, True):
            font = typefaces.font(language, pixel_size=30, bold=bold)
            for text in texts:
                layout = QTextLayout(text.replace("\n", " "), font)
                layout.beginLayout()
                while layout.createLine().isValid():
                    pass
                layout.endLayout()
                for run in layout.glyphRuns():
                    if run.rawFont().familyName() not in allowed:
                        foreign.add(run.rawFont().familyName())
                    if 0 in run.glyphIndexes():
                        missing.update(ch for ch in text if ch.strip())
                counted += len(text)
        if foreign:
            raise SelfTestFailure(
                f"fonts: {language} text set in {sorted(foreign)}, not the bundled {sorted(allowed)}"
            )
        if missing:
            boxes = "".join(sorted(missing)[:20])
            raise SelfTestFailure(f"fonts: {language} characters render as boxes: {boxes}")
    return f"{counted} characters in zh and en, bundled {', '.join(typefaces.families('en'))}"


# --- the run -----------------------------------------------------------------------------


def _collect_qml_warnings() -> tuple[list[str], Callable[[], None]]:
    """Warnings about our screens (a QML error names its file under kiosk/ui/qml) while they
    render; and a function to stop. Qt's own modules' warnings are printed, not counted."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    warnings: list[str] = []

    def handler(kind, context, message: str) -> None:
        ours = f"/{QML_FOLDER}/" in message.replace("\\", "/") and "kiosk" in message
        if ours and kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            warnings.append(message)
        print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    return warnings, lambda: qInstallMessageHandler(previous)


def run_self_test(data_dir: Path | None = None, *, database_url: str | None = None) -> int:
    """Run every check; 0 when all pass. Raises `KioskError` (exit 1) with the first failure."""
    started = time.perf_counter()
    scratch = Path(tempfile.mkdtemp(prefix="kiosk-self-test-"))
    atexit.register(shutil.rmtree, scratch, ignore_errors=True)
    folder = data_dir if data_dir is not None else scratch / "data"
    outdir = (folder if data_dir is not None else scratch) / "self-test"
    outdir.mkdir(parents=True, exist_ok=True)
    settings = build_settings(data_dir=folder, database_url=database_url, windowed=True)
    frozen = "bundle" if getattr(sys, "frozen", False) else "Python " + sys.version.split()[0]
    _say(f"kiosk self-test ({frozen}, data folder {folder})")

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("XDG_CACHE_HOME", str(scratch / "cache"))
    keyboard = uses_virtual_keyboard()
    if keyboard:  # as the app sets it; the keyboard's learning dictionary goes to scratch
        os.environ.setdefault("QT_IM_MODULE", "qtvirtualkeyboard")
        os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")
    _hide_system_fonts()
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtQml import QQmlEngine

    if QGuiApplication.instance() is not None:
        raise SelfTestFailure("run it in a fresh process (a Qt application already exists)")
    app = QGuiApplication(sys.argv[:1])
    app.setApplicationName("hunan-tax-kiosk")

    with _step("store: opened (created, migrated and seeded when new)") as notes:
        store = _open_store(settings)
        bureaus = len(store.exhibition.exhibition().bureaus)
        if bureaus == 0:
            raise SelfTestFailure("store: the default exhibition has no bureaus")
        store.close()
    with _step("store: reopened as the next start does") as notes:
        store = _open_store(settings)
        again = len(store.exhibition.exhibition().bureaus)
        if again != bureaus:
            raise SelfTestFailure(f"store: {bureaus} bureaus at first, {again} when reopened")
        notes.append(_check_database(settings, bureaus))

    warnings, stop_collecting = _collect_qml_warnings()
    try:
        with _step("QML: every file compiles") as notes:
            import kiosk.ui.window  # noqa: F401 - registers the Kiosk QML module's types

            engine = QQmlEngine()
            count = _compile_qml(engine)
            notes.append(f"{count} files")
            if keyboard:
                _check_input_panel(engine)
                notes.append("the virtual keyboard's InputPanel is created")
            del engine
        with _step("Home renders") as notes:
            typefaces, tiles = render_home(app, store, settings, outdir)
            notes.append(f"{tiles} bureau tiles, {SIZE[0]}x{SIZE[1]}")
        with _step("fonts: bundled, no boxes") as notes:
            notes.append(_check_glyphs(typefaces, store.exhibition.exhibition()))
        with _step("every screen renders") as notes:
            names = render_every_screen(store, settings, outdir)
            notes.append(f"{', '.join(names)}")
        with _step("admin screens render (on a throw-away copy of the database)") as notes:
            names = render_admin_screens(app, store, settings, scratch, outdir)
            notes.append(f"{', '.join(names)}")
        if warnings:
            raise SelfTestFailure(f"Qt warned while rendering: {warnings[0]}")
    finally:
        stop_collecting()
        store.close()
    _say(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0
