"""`kiosk photos add`: photos through the media pipeline, into the live exhibition as a new version
(origin "cli"), or into the editor's draft with `--draft`.

Exit 0 when every file was added (or was already in the exhibition); 1 when any file was refused,
with one `error: <file>: <reason>` line per refused file on stderr — the good files are kept.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from kiosk.settings import Settings


def add_photo_commands(
    sub: argparse._SubParsersAction, common: Callable[[argparse.ArgumentParser], None]
) -> None:
    photos = sub.add_parser("photos", help="photos of the exhibition")
    actions = photos.add_subparsers(dest="photos_command", required=True, metavar="add")
    add = actions.add_parser(
        "add",
        help="add photos through the media pipeline: live as a new version, or with --draft to the draft",
    )
    add.add_argument("files", nargs="+", type=Path, metavar="FILE", help="JPEG, PNG or WebP files")
    add.add_argument("--bureau", required=True, metavar="SLUG", help="the bureau, e.g. huaihua")
    add.add_argument("--story", metavar="ID", help="a story of that bureau (default: the bureau's gallery)")
    add.add_argument("--caption-zh", default="", metavar="TEXT", help="caption (default: the bureau's name)")
    add.add_argument("--caption-en", default="", metavar="TEXT", help="English caption")
    add.add_argument("--credit", default="", metavar="TEXT", help="credit, e.g. 摄影：张三")
    add.add_argument("--credit-en", default="", metavar="TEXT", help="English credit")
    add.add_argument(
        "--draft", action="store_true", help="add to the editor's draft only (nothing goes live)"
    )
    common(add)


def run_photos_command(args: argparse.Namespace, settings: Settings) -> int:
    from kiosk.services.backups import backup_after_publish
    from kiosk.services.photo_import import import_photos
    from kiosk.services.startup import open_store

    store = open_store(settings)
    try:
        show = sys.stderr.isatty()

        def progress(done: int, total: int, name: str) -> None:
            if show:
                print(f"[{done}/{total}] {name}", file=sys.stderr)

        result = import_photos(
            store.sessions, args.files, bureau=args.bureau, story=args.story, caption_zh=args.caption_zh,
            caption_en=args.caption_en, credit_zh=args.credit, credit_en=args.credit_en, draft=args.draft,
            origin="cli", progress=progress, keep=settings.versions_kept,
        )
        if result.version is not None:
            backup_after_publish(settings)  # a backup of every version that goes live
    finally:
        store.close()
    for file, key in result.duplicates:
        print(f"note: {file}: already in the exhibition (photo {key}); not added again", file=sys.stderr)
    for file, reason in result.refused:
        print(f"error: {file}: {reason}", file=sys.stderr)
    where = f"{args.bureau}" + (f", story {args.story}" if args.story else "")
    if result.added:
        into = "the draft" if args.draft else f"the live exhibition (version {result.version.id})"
        print(f"added {len(result.added)} photo(s) to {where} in {into}: "
              + ", ".join(p.key for p in result.added))
    return 1 if result.refused else 0
