"""What a kiosk leaves behind for whoever looks after it: a rotating log and crash reports.

`install_diagnostics(data_dir)` (called once by the app, before the window exists) sets up:

- `<data_dir>/logs/kiosk.log`: the root logger's records, rotated at `max_bytes` with
  `backup_count` old files kept (`kiosk.log.1` …), so months of running fill no disk;
- `<data_dir>/crashes/crash-<time>-<pid>.txt`: one report per unhandled Python exception,
  in the main thread (`sys.excepthook`, which PySide6 also calls for an exception escaping a
  slot) or any other thread (`threading.excepthook`);
- `<data_dir>/crashes/native-fault.txt`: where `faulthandler` writes the Python stacks when
  the process dies of a native crash (SIGSEGV, SIGABRT, …). The process cannot do anything
  after such a crash, so the next start moves a non-empty fault file to
  `crashes/native-<time>.txt` and logs that it did.

A kiosk opens the log file once Home is on screen (`log_now=False`, then `open_log()`):
`logging.handlers` costs ~6 ms to import; records before that are kept and written first.
Only the newest `keep_reports` crash reports are kept. No Qt here: Qt's own messages reach
this log through whatever the UI routes into `logging`.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import platform
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_FILE = "kiosk.log"
FAULT_FILE = "native-fault.txt"
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(process)d:%(threadName)s] %(message)s"

log = logging.getLogger(__name__)


class Diagnostics:
    """The installed log and crash handlers of one process; `close()` puts back what was there."""

    def __init__(
        self,
        data_dir: Path,
        *,
        max_bytes: int,
        backup_count: int,
        keep_reports: int,
        level: int,
        on_crash: Callable[[Path], None] | None,
        log_now: bool = True,
    ) -> None:
        self.log_dir = data_dir / "logs"
        self.crash_dir = data_dir / "crashes"
        self.log_dir.mkdir(parents=True, exist_ok=True)
        self.crash_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = self.log_dir / LOG_FILE
        self.fault_path = self.crash_dir / FAULT_FILE
        self._keep_reports = keep_reports
        self._on_crash = on_crash

        self._rotation = (max_bytes, backup_count)
        self.handler: RotatingFileHandler | None = None
        self._early = _EarlyRecords()
        root = logging.getLogger()
        self._previous_level = root.level
        root.addHandler(self._early)
        root.setLevel(level)
        if log_now:
            self.open_log()
        logging.captureWarnings(True)

        previous_fault = self._collect_native_crash()
        self._fault_file: TextIO | None = open(self.fault_path, "w", encoding="utf-8")  # noqa: SIM115 - kept open for faulthandler
        self._fault_was_enabled = faulthandler.is_enabled()
        faulthandler.enable(file=self._fault_file, all_threads=True)

        self._previous_excepthook = sys.excepthook
        self._previous_threading_hook = threading.excepthook
        sys.excepthook = self._python_exception
        threading.excepthook = self._thread_exception

        log.info("kiosk started (pid %d, Python %s, %s)", os.getpid(), platform.python_version(), _system())
        if previous_fault is not None:
            log.error("the previous run ended in a native crash: %s", previous_fault)

    def open_log(self) -> None:
        """Open the rotating log file and write into it what was logged before (once)."""
        root = logging.getLogger()
        if self.handler is not None or self._early not in root.handlers:
            return
        from logging.handlers import RotatingFileHandler

        max_bytes, backup_count = self._rotation
        root.removeHandler(self._early)
        try:
            self.handler = RotatingFileHandler(
                self.log_path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
            )
        except OSError as exc:
            print(f"warning: no log in {self.log_dir} ({exc.strerror or exc})", file=sys.stderr)
            return
        self.handler.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(self.handler)
        for record in self._early.records:
            self.handler.handle(record)
        self._early.records.clear()

    # --- reports -----------------------------------------------------------------------------

    def crash_reports(self) -> list[Path]:
        """Every crash report kept, oldest first."""
        reports = [p for p in self.crash_dir.glob("*.txt") if p.name != FAULT_FILE]
        return sorted(reports, key=lambda p: (p.stat().st_mtime, p.name))

    def write_crash_report(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
        *,
        thread: str | None = None,
    ) -> Path:
        """Write one report of an unhandled exception; its path."""
        self.open_log()  # what led up to it is in the log
        stamp = time.strftime("%Y%m%d-%H%M%S")
        path = self.crash_dir / f"crash-{stamp}-{os.getpid()}.txt"
        n = 1
        while path.exists():
            n += 1
            path = self.crash_dir / f"crash-{stamp}-{os.getpid()}-{n}.txt"
        lines = [
            "Unhandled exception in the kiosk",
            f"time: {time.strftime('%Y-%m-%d %H:%M:%S %z')}",
            f"pid: {os.getpid()}",
            f"thread: {thread or threading.current_thread().name}",
            f"python: {platform.python_version()} ({sys.executable})",
            f"platform: {platform.platform()}",
            f"frozen: {bool(getattr(sys, 'frozen', False))}",
            "",
            "".join(traceback.format_exception(exc_type, exc, tb)),
        ]
        path.write_text("\n".join(lines), encoding="utf-8")
        self._prune()
        return path

    def _prune(self) -> None:
        for old in self.crash_reports()[: -self._keep_reports or None]:
            old.unlink(missing_ok=True)

    def _collect_native_crash(self) -> Path | None:
        """Move a fault file the previous run left with content to a dated report."""
        try:
            if self.fault_path.stat().st_size == 0:
                return None
        except FileNotFoundError:
            return None
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self.fault_path.stat().st_mtime))
        target = self.crash_dir / f"native-{stamp}.txt"
        os.replace(self.fault_path, target)
        self._prune()
        return target

    # --- hooks -------------------------------------------------------------------------------

    def _report(self, exc_type, exc, tb, thread: str | None) -> None:
        try:
            path = self.write_crash_report(exc_type, exc, tb, thread=thread)
            log.critical("unhandled exception, report in %s", path, exc_info=(exc_type, exc, tb))
        except Exception:  # a full disk must not hide the original exception
            log.exception("could not write a crash report")
            return
        if self._on_crash is not None:
            self._on_crash(path)

    def _python_exception(self, exc_type, exc, tb) -> None:
        if not issubclass(exc_type, KeyboardInterrupt):
            self._report(exc_type, exc, tb, None)
        self._previous_excepthook(exc_type, exc, tb)

    def _thread_exception(self, args: threading.ExceptHookArgs) -> None:
        if not issubclass(args.exc_type, SystemExit):
            name = args.thread.name if args.thread is not None else None
            self._report(args.exc_type, args.exc_value, args.exc_traceback, name)
        self._previous_threading_hook(args)

    def close(self) -> None:
        """Undo `install_diagnostics` (tests; a clean exit leaves an empty fault file)."""
        if sys.excepthook == self._python_exception:
            sys.excepthook = self._previous_excepthook
        if threading.excepthook == self._thread_exception:
            threading.excepthook = self._previous_threading_hook
        if self._fault_file is not None:
            if self._fault_was_enabled:
                faulthandler.enable(file=sys.__stderr__, all_threads=True)
            else:
                faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
        self.open_log()  # what was logged before the log opened is not lost
        root = logging.getLogger()
        root.setLevel(self._previous_level)
        if self.handler is not None:
            root.removeHandler(self.handler)
            self.handler.close()


class _EarlyRecords(logging.Handler):
    """Holds the records logged before the log file opens."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def _system() -> str:
    """The operating system, its release and the machine, for the start line of the log: not
    `platform.platform()`, which on Linux runs `uname -p` in a child process (a few ms of every
    start); a crash report still gives that."""
    return f"{platform.system()} {platform.release()} {platform.machine()}"


def install_diagnostics(
    data_dir: Path,
    *,
    max_bytes: int = 2_000_000,
    backup_count: int = 5,
    keep_reports: int = 20,
    level: int = logging.INFO,
    on_crash: Callable[[Path], None] | None = None,
    log_now: bool = True,
) -> Diagnostics:
    """Log to `<data_dir>/logs/kiosk.log` (rotating) and write crash reports to
    `<data_dir>/crashes/`; `on_crash(report_path)` runs after a Python crash report is written
    (e.g. to quit, so the service manager starts a fresh kiosk on Home). `log_now=False`: the
    file opens at `open_log()` (the records before it are kept for it)."""
    return Diagnostics(
        Path(data_dir),
        max_bytes=max_bytes,
        backup_count=backup_count,
        keep_reports=keep_reports,
        level=level,
        on_crash=on_crash,
        log_now=log_now,
    )
