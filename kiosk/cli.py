"""The command line: `kiosk [run] …`, `kiosk screenshot OUTDIR …`.

Exit 0 on success; 1 on refused or failed work, with one `error: …` line on stderr and no
traceback; 2 on a usage error (argparse's own).
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.cli_content import CONTENT_COMMANDS, add_content_commands, run_content_command
from kiosk.cli_photos import add_photo_commands, run_photos_command
from kiosk.errors import KioskError
from kiosk.settings import Settings, build_settings

START_GC_THRESHOLD = 100_000  # new objects before the collector runs, until Home's first frame


def _size(value: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, e.g. 1920x1080, got {value!r}") from None
    if not (320 <= width <= 7680 and 320 <= height <= 7680):
        raise argparse.ArgumentTypeError(f"size out of range: {value}")
    return width, height


def _seconds(value: str) -> float:
    """A duration: a finite number of seconds greater than zero."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive, finite number of seconds, got {value!r}")
    return seconds


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir", type=Path,
        help="folder of the database (default: $KIOSK_DATA_DIR, else the platform's user data folder)",
    )
    parser.add_argument("--database-url", help="SQLAlchemy URL overriding the database in the data dir")
    parser.add_argument("--lang", choices=["zh", "en"], help="default language (default: zh)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="湖南税务“一局一品”党建品牌展 exhibition kiosk"
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="offscreen start-up check of this installation on a fresh data folder (a temporary one "
             "unless --data-dir is given); exit 0, or 1 with the reason",
    )
    sub = parser.add_subparsers(dest="command")
    run = sub.add_parser("run", help="start the exhibition (fullscreen kiosk by default)")
    for p in (parser, run):
        _common(p)
        p.add_argument("--windowed", action="store_true", help="a resizable window, for laptops")
        p.add_argument("--idle", dest="idle", action="store_true", default=None,
                       help="return Home after inactivity even when windowed")
        p.add_argument("--no-idle", dest="idle", action="store_false", help="never return Home by itself")
        p.add_argument(
            "--idle-timeout", type=_seconds, metavar="SECONDS", help="inactivity before the countdown"
        )
        p.add_argument("--admin", action="store_true", help="open the admin PIN pad at start (laptops)")
    shot = sub.add_parser("screenshot", help="render every screen to PNG, offscreen")
    shot.add_argument("outdir", type=Path)
    shot.add_argument("--size", type=_size, default=(1920, 1080), help="WIDTHxHEIGHT (default 1920x1080)")
    _common(shot)
    set_pin = sub.add_parser("set-pin", help="set the admin PIN, read twice from the terminal or stdin")
    _common(set_pin)
    add_content_commands(sub, _common)  # export, import, backup, restore, check
    add_photo_commands(sub, _common)  # photos add
    return parser


def _settings(args: argparse.Namespace, **overrides: object) -> Settings:
    return build_settings(
        data_dir=args.data_dir,
        database_url=args.database_url,
        language=args.lang,
        **overrides,  # type: ignore[arg-type]
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.self_test:
            from kiosk.self_test import run_self_test

            return run_self_test(args.data_dir, database_url=args.database_url)
        if args.command == "set-pin":
            from kiosk.cli_set_pin import set_pin_command

            print(set_pin_command(_settings(args), sys.stdin))
            return 0
        if args.command in CONTENT_COMMANDS:
            return run_content_command(args, _settings(args))
        if args.command == "photos":
            return run_photos_command(args, _settings(args))
        if args.command == "screenshot":
            from kiosk.devtools.screenshot import take_screenshots

            for path in take_screenshots(_settings(args, windowed=True), args.outdir, args.size):
                print(path)
            return 0
        settings = _settings(args, windowed=args.windowed, idle=args.idle, idle_timeout_s=args.idle_timeout)
        # What the start allocates (modules, classes, the exhibition, the screens) lives as long as
        # the kiosk: Python's collector would walk it some 30 times before Home shows (~5 ms). It
        # collects as usual again from Home's first frame (or when the start fails).
        usual_gc = gc.get_threshold()
        gc.set_threshold(START_GC_THRESHOLD, *usual_gc[1:])
        try:
            from kiosk.app import run_kiosk

            return run_kiosk(settings, open_admin=args.admin, usual_gc=usual_gc)
        finally:
            gc.set_threshold(*usual_gc)
    except KioskError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
