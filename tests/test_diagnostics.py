"""The log rotates, and Python and native crashes leave reports in the data folder."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from kiosk.diagnostics import install_diagnostics

ROOT = Path(__file__).resolve().parents[1]


def _run(code: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh Python that has installed the diagnostics for `data_dir`."""
    prelude = f"from pathlib import Path\nfrom kiosk.diagnostics import install_diagnostics\n" \
              f"diag = install_diagnostics(Path({str(data_dir)!r}))\n"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-c", prelude + textwrap.dedent(code)], cwd=data_dir,
                          capture_output=True, text=True, env=env, timeout=60)  # a core file stays there


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(tmp_path):
    diag = install_diagnostics(tmp_path, max_bytes=2_000, backup_count=3)
    try:
        for n in range(400):
            logging.getLogger("kiosk.walk").info("visitor step %d 怀化", n)
    finally:
        diag.close()
    logs = sorted(p.name for p in (tmp_path / "logs").iterdir())
    assert logs == ["kiosk.log", "kiosk.log.1", "kiosk.log.2", "kiosk.log.3"]
    assert all((tmp_path / "logs" / name).stat().st_size <= 2_200 for name in logs)
    assert "visitor step 399 怀化" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_the_log_says_which_system_started_without_starting_a_process(tmp_path):
    """The start line names the system; finding it runs no child process (`uname -p`, as
    `platform.platform()` does on Linux: milliseconds of every start)."""
    result = _run("import sys; print('subprocess' in sys.modules)", tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == "False", result.stderr
    line = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "kiosk started" in line and os.uname().sysname in line and os.uname().machine in line


def test_an_unhandled_exception_writes_a_crash_report_and_the_log(tmp_path):
    result = _run("raise RuntimeError('the tile model broke')", tmp_path)
    assert result.returncode == 1
    assert "RuntimeError: the tile model broke" in result.stderr  # the usual traceback still shows
    (report,) = (tmp_path / "crashes").glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "RuntimeError: the tile model broke" in text and "thread: MainThread" in text
    assert "unhandled exception, report in" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")


def test_an_exception_in_another_thread_writes_a_report(tmp_path):
    result = _run("""
        import threading
        def work():
            raise ValueError('worker failed')
        t = threading.Thread(target=work, name='store-opener')
        t.start(); t.join()
    """, tmp_path)
    assert result.returncode == 0
    (report,) = (tmp_path / "crashes").glob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert "ValueError: worker failed" in text and "thread: store-opener" in text


def test_a_native_crash_is_reported_at_the_next_start(tmp_path):
    result = _run("import faulthandler; faulthandler._sigsegv()", tmp_path)
    assert result.returncode < 0  # killed by the signal
    fault = tmp_path / "crashes" / "native-fault.txt"
    assert "Segmentation fault" in fault.read_text(encoding="utf-8")

    diag = install_diagnostics(tmp_path)  # the next start
    try:
        (report,) = diag.crash_reports()
        assert report.name.startswith("native-") and "Segmentation fault" in report.read_text()
        assert fault.stat().st_size == 0  # armed again, empty
        assert "previous run ended in a native crash" in diag.log_path.read_text(encoding="utf-8")
    finally:
        diag.close()


def test_a_clean_run_leaves_no_report_and_old_reports_are_pruned(tmp_path):
    assert _run("diag.close()", tmp_path).returncode == 0
    assert list((tmp_path / "crashes").glob("*.txt")) == [tmp_path / "crashes" / "native-fault.txt"]
    diag = install_diagnostics(tmp_path, keep_reports=3)
    try:
        for _ in range(5):
            try:
                raise OSError("disk")
            except OSError as exc:
                diag.write_crash_report(type(exc), exc, exc.__traceback__)
        assert len(diag.crash_reports()) == 3
        assert diag.crash_reports() == sorted(diag.crash_reports(), key=lambda p: p.stat().st_mtime)
    finally:
        diag.close()


def test_close_puts_back_the_hooks_it_replaced(tmp_path):
    before = (sys.excepthook, threading.excepthook)
    diag = install_diagnostics(tmp_path)
    assert (sys.excepthook, threading.excepthook) != before
    diag.close()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_log_opened_after_the_start_holds_what_was_logged_before_it(tmp_path: Path) -> None:
    """A kiosk opens its log file once Home is on screen: nothing logged before is lost."""
    diag = install_diagnostics(tmp_path, log_now=False)
    try:
        logging.getLogger("kiosk.test").warning("before the log opened")
        assert not (tmp_path / "logs" / "kiosk.log").exists()
        diag.open_log()
        logging.getLogger("kiosk.test").warning("after it opened")
    finally:
        diag.close()
    lines = (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8").splitlines()
    assert [line.split("] ", 1)[1] for line in lines if "kiosk.test" in line] == [
        "before the log opened", "after it opened"]
    assert "kiosk started" in lines[0]


def test_a_kiosk_that_ends_before_its_log_opened_still_writes_it(tmp_path: Path) -> None:
    diag = install_diagnostics(tmp_path, log_now=False)
    logging.getLogger("kiosk.test").warning("the only record")
    diag.close()
    assert "the only record" in (tmp_path / "logs" / "kiosk.log").read_text(encoding="utf-8")
