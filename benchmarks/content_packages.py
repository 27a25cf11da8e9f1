"""Content packages, backups and recovery, measured: `python benchmarks/content_packages.py [--photos N]`.

For the default exhibition and for one with N (default 1,000) extra photos (small synthetic
JPEGs, through the real photo pipeline): export time and package size, import time into an
empty data folder, backup time, `PRAGMA quick_check` time, and the time from a database with
damaged pages to content (a fresh process: interpreter start, imports, quick check, recovery
from the newest backup, store opened, exhibition read). Median of --repeat runs.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

FROM_CORRUPT_TO_CONTENT = """
import time, sys
t0 = time.perf_counter()
from pathlib import Path
from kiosk.services.startup import open_store
from kiosk.settings import build_settings
store = open_store(build_settings(data_dir=Path(sys.argv[1])))
shown = store.exhibition.exhibition()
assert store.recovery is not None and store.recovery.restored_from is not None and shown.bureaus
print(time.perf_counter() - t0)
store.close()
"""


def timed(action, repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def add_photos(data_dir: Path, count: int) -> None:
    """Publish the live exhibition with `count` more photos in the hunan gallery."""
    from large_exhibition import synthetic_jpeg

    from kiosk.content.serialization import photo_to_dict
    from kiosk.content.types import LocalizedText, Photo
    from kiosk.media.renditions import render_photo
    from kiosk.services import versions
    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings
    from kiosk.store import repository

    store = open_store(build_settings(data_dir=data_dir))
    try:
        document = versions.live_document(store.sessions)
        hunan = next(b for b in document["bureaus"] if b["slug"] == "hunan")
        blobs = []
        for i in range(count):
            rendered = render_photo(synthetic_jpeg(i), name=f"synthetic-{i}.jpg")
            blobs += [repository.MediaBlob(r.sha256, r.mime, r.data) for r in rendered.renditions]
            photo = Photo(key=f"bench-{i:04d}", caption=LocalizedText(f"照片 {i}", f"Photo {i}"),
                          renditions=tuple(r.rendition() for r in rendered.renditions))
            hunan["photos"].append(photo_to_dict(photo))
        with store.sessions.begin() as session:
            repository.store_media(session, blobs)
        versions.publish_document(store.sessions, document, origin="cli", summary=f"{count} photos")
    finally:
        store.close()


def damage(database: Path) -> None:
    data = bytearray(database.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 65536] = bytes(range(256)) * 256
    database.write_bytes(bytes(data))


def measure(label: str, data_dir: Path, work: Path, repeat: int) -> dict[str, object]:
    from kiosk.services.backups import take_backup
    from kiosk.services.packages import export_package, import_package
    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings

    settings = build_settings(data_dir=data_dir)
    store = open_store(settings)
    package = work / f"{label}.zip"
    export_s, _ = timed(lambda: export_package(store.sessions, package), repeat)
    store.close()

    def import_into_empty() -> None:
        target = work / f"{label}-import"
        shutil.rmtree(target, ignore_errors=True)
        empty = build_settings(data_dir=target)
        opened = open_store(empty, seed=False)
        try:
            import_package(opened.sessions, empty, package)
        finally:
            opened.close()

    import_s, _ = timed(import_into_empty, repeat)
    backup_s, _ = timed(lambda: take_backup(settings, "manual"), repeat)
    database = data_dir / "exhibition.sqlite3"

    def quick_check() -> None:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as db:
            assert db.execute("PRAGMA quick_check").fetchone()[0] == "ok"

    quick_s, _ = timed(quick_check, repeat)

    recover_times = []
    for i in range(repeat):
        folder = work / f"{label}-corrupt-{i}"
        shutil.copytree(data_dir, folder)
        damage(folder / "exhibition.sqlite3")
        out = subprocess.run([sys.executable, "-c", FROM_CORRUPT_TO_CONTENT, str(folder)],
                             capture_output=True, text=True, check=True)
        recover_times.append(float(out.stdout.strip()))
        shutil.rmtree(folder)
    return {
        "exhibition": label,
        "package_mb": round(package.stat().st_size / 1e6, 2),
        "database_mb": round(database.stat().st_size / 1e6, 2),
        "export_s": round(export_s, 3),
        "import_into_empty_s": round(import_s, 3),
        "backup_s": round(backup_s, 3),
        "quick_check_ms": round(quick_s * 1000, 2),
        "corrupt_to_content_s": round(statistics.median(recover_times), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings

    with tempfile.TemporaryDirectory(prefix="kiosk-bench-packages-") as tmp:
        work = Path(tmp)
        default = work / "default"
        open_store(build_settings(data_dir=default)).close()
        large = work / f"with-{args.photos}-photos"
        shutil.copytree(default, large)
        add_photos(large, args.photos)
        rows = [measure("default", default, work, args.repeat),
                measure(f"default + {args.photos} photos", large, work, args.repeat)]
    print(json.dumps(rows, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
