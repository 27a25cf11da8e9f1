"""The command line's content commands: export, import, backup, restore, check.

`kiosk/cli.py` adds these sub-commands (`add_content_commands`) and runs them
(`run_content_command`). Each prints what it did on stdout, progress on stderr only when
stderr is a terminal, and refuses bad input with a `KioskError` (the CLI's `error: …` line).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kiosk.errors import KioskError
from kiosk.settings import Settings

CONTENT_COMMANDS = ("export", "import", "backup", "restore", "check")

SHOWN = 40  # problems listed by `kiosk check`; the rest are counted
_STAGES = {"check": "checking", "backup": "backing up", "save": "saving", "write": "writing"}


def add_content_commands(
    sub: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]
) -> None:
    export = sub.add_parser("export", help="write the live exhibition to a content package (.zip)")
    export.add_argument("package", type=Path, metavar="PACKAGE.zip")
    imp = sub.add_parser("import", help="check a content package fully, then publish it as a new version")
    imp.add_argument("package", type=Path, metavar="PACKAGE.zip")
    backup = sub.add_parser("backup", help="back up the database now (to DEST, else into backups/)")
    backup.add_argument("dest", type=Path, nargs="?", metavar="DEST")
    restore = sub.add_parser("restore", help="publish a backup's live exhibition again, as a new version")
    restore.add_argument("source", type=Path, metavar="SRC")
    sub.add_parser(
        "check", help="check the database: integrity, foreign keys, every picture present and whole"
    )
    for name in CONTENT_COMMANDS:
        common(sub.choices[name])


class TerminalProgress:
    """`progress(done, total, stage)` as one rewritten line on a terminal; silent elsewhere."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.shown = False

    def __call__(self, done: int, total: int, stage: str) -> None:
        if not self.enabled:
            return
        self.stream.write(f"\r{_STAGES.get(stage, stage)} {done}/{total}\033[K")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


def _megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 100_000 else f"{size / 1e3:.0f} KB"


def _report(info, origin: str) -> None:  # noqa: ANN001 (a versions.VersionInfo)
    if info.origin != origin:  # publishing the live content again makes no new version
        print(f"nothing changed: version {info.id}, live now, already is this exhibition")
    else:
        print(f"version {info.id} is live: {info.summary}")


def run_content_command(args: argparse.Namespace, settings: Settings) -> int:
    progress = TerminalProgress(sys.stderr)
    try:
        return _run(args, settings, progress)
    finally:
        progress.finish()


def _run(args: argparse.Namespace, settings: Settings, progress: TerminalProgress) -> int:
    if args.command == "check":
        from kiosk.services.backups import database_file
        from kiosk.services.integrity import check_database_file

        path = database_file(settings)
        if not path.is_file():
            raise KioskError(f"there is no database at {path}")
        problems = check_database_file(path)
        if problems:
            count = f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")
            print(f"error: {path} has {count}:", file=sys.stderr)
            for line in problems[:SHOWN]:
                print(line, file=sys.stderr)
            if len(problems) > SHOWN:
                print(f"… and {len(problems) - SHOWN} more", file=sys.stderr)
            return 1
        print(f"ok: {path} is whole (integrity, foreign keys, every picture present and unaltered)")
        return 0
    if args.command == "backup":
        from kiosk.services.backups import take_backup

        path = take_backup(settings, "manual", dest=args.dest)
        print(f"{path} ({_megabytes(path.stat().st_size)})")
        return 0

    from kiosk.services.startup import open_store

    store = open_store(settings, seed=args.command == "export")
    try:
        if store.read_only and args.command != "export":
            raise KioskError(f"the data folder {settings.data_dir} is read-only; nothing can be saved there")
        if args.command == "export":
            from kiosk.services.packages import export_package

            result = export_package(store.sessions, args.package, progress=progress)
            print(f"{result.path}: version {result.version_id}, "
                  f"{len(result.manifest.entries) - 1} pictures, {_megabytes(result.size)}")
        elif args.command == "import":
            from kiosk.services.packages import import_package

            info = import_package(store.sessions, settings, args.package, progress=progress)
            _report(info, "import")
        else:
            from kiosk.services.restore import restore_backup

            info = restore_backup(store.sessions, settings, args.source, progress=progress)
            _report(info, "restore")
        return 0
    finally:
        store.close()
