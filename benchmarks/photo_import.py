"""Photos and publishing, measured: `python benchmarks/photo_import.py [--photos N] [--repeat R]`.

1. 24-megapixel camera JPEGs (6000×4000, EXIF orientation, quality 92) per second through the
   kiosk's pipeline (`render_photo`: validate, decode at the target size with `draft`, orient,
   sRGB, display 2560 px + thumbnail 960 px, metadata stripped), against plain Pillow
   open → thumbnail(2560) → save in the same run, interleaved file by file so both see the
   same machine load: one file at a time, one core each (`ratio`).
   Then the whole batch import (`import_photos`: read, render on worker threads — one per core,
   at most 4 — store, one transaction into the draft) against a plain Pillow loop over the same
   files, one after another, as a script would do it; rounds alternate, medians compared
   (`batch_ratio`: what an editor adding a folder gets, with the cores the machine has).
2. Publishing the default exhibition: the draft (one edited slogan) → a new version,
   median of R runs (`publish_draft`: load the draft, diff, validate glyphs, store the
   document, prune, audit — one transaction).

Prints a table and one JSON line (`{"photos_per_s": …, "plain_pillow_per_s": …, "ratio": …,
"publish_s": …}`) for `make bench`.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZE = (6000, 4000)  # 24 MP


def camera_jpeg(path: Path, seed: int) -> Path:
    """A 24 MP JPEG with detail everywhere (so encoder and decoder do real work) and EXIF."""
    image = Image.new("RGB", SIZE, (seed * 37 % 255, 120, 200))
    draw = ImageDraw.Draw(image)
    w, h = SIZE
    for i in range(0, w, 23):
        draw.line((i, 0, (i * 7 + seed * 101) % w, h), fill=((i + seed) % 255, i % 200, 90), width=5)
    for j in range(0, h, 31):
        draw.line((0, j, w, (j * 3 + seed) % h), fill=(40, (j + seed) % 255, 160), width=3)
    exif = Image.Exif()
    exif[0x0112] = 1
    exif[0x010F] = "Camera"
    image.save(path, "JPEG", quality=92, exif=exif.tobytes())
    return path


def plain_pillow(path: Path) -> int:
    with Image.open(path) as image:
        image.thumbnail((2560, 2560))
        out = io.BytesIO()
        image.save(out, "JPEG", quality=88)
    return len(out.getvalue())


def pipeline(path: Path) -> int:
    from kiosk.media.renditions import render_photo

    photo = render_photo(path.read_bytes(), name=path.name)
    return len(photo.display.data) + len(photo.thumb.data)


def seeded_data_dir(work: Path) -> Path:
    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings

    folder = work / "seeded"
    open_store(build_settings(data_dir=folder)).close()
    return folder


def measure_photos(files: list[Path]) -> tuple[float, float]:
    """Photos per second (median per-file time) through the pipeline and through plain Pillow."""
    ours, plain = [], []
    pipeline(files[0])  # warm up imports and caches
    plain_pillow(files[0])
    for path in files:
        start = time.perf_counter()
        pipeline(path)
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        plain_pillow(path)
        plain.append(time.perf_counter() - start)
    return 1 / statistics.median(ours), 1 / statistics.median(plain)


def measure_batch(files: list[Path], template: Path, work: Path, rounds: int = 3) -> tuple[float, float]:
    """Photos per second of a whole batch import and of a plain Pillow loop over the same files
    (median of `rounds` each, alternating)."""
    from kiosk.services.photo_import import import_photos
    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings

    batch, plain = [], []
    for n in range(rounds):
        start = time.perf_counter()
        for path in files:
            plain_pillow(path)
        plain.append(time.perf_counter() - start)
        folder = work / f"batch-{n}"
        shutil.copytree(template, folder)
        store = open_store(build_settings(data_dir=folder))
        start = time.perf_counter()
        result = import_photos(store.sessions, files, bureau="huaihua", draft=True, origin="cli")
        batch.append(time.perf_counter() - start)
        store.close()
        assert len(result.added) == len(files), result.refused
    return len(files) / statistics.median(batch), len(files) / statistics.median(plain)


def measure_publish(template: Path, work: Path, repeat: int) -> float:
    from kiosk.services.drafts import publish_draft
    from kiosk.services.editing import set_text
    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings

    times = []
    for n in range(repeat):
        folder = work / f"publish-{n}"
        shutil.copytree(template, folder)
        store = open_store(build_settings(data_dir=folder))
        set_text(store.sessions, "bureaus.huaihua.brand.slogan", f"做一粒好种子{n}", origin="cli")
        start = time.perf_counter()
        publish_draft(store.sessions, origin="cli")
        times.append(time.perf_counter() - start)
        store.close()
    return statistics.median(times)


def main() -> int:
    from kiosk.services.photo_import import RENDER_THREADS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--photos", type=int, default=8, help="24 MP JPEGs to make (default 8)")
    parser.add_argument("--repeat", type=int, default=5, help="publishes to time (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-photos-") as tmp:
        work = Path(tmp)
        files = [camera_jpeg(work / f"IMG_{n:04d}.JPG", n) for n in range(args.photos)]
        ours, plain = measure_photos(files)
        template = seeded_data_dir(work)
        batch, plain_loop = measure_batch(files, template, work)
        publish = measure_publish(template, work, args.repeat)
    print(f"24 MP JPEG through the kiosk pipeline   {ours:6.2f} photos/s  (display + thumbnail, stripped)")
    print(f"24 MP JPEG plain Pillow open→thumbnail→save {plain:6.2f} photos/s")
    print(f"ratio pipeline / plain Pillow           {ours / plain:6.2f}")
    print(f"batch import into the draft             {batch:6.2f} photos/s  (read, render, store, add)")
    print(f"plain Pillow loop over the same files   {plain_loop:6.2f} photos/s  (one after another)")
    print(f"ratio batch import / plain Pillow loop  {batch / plain_loop:6.2f}  ({RENDER_THREADS} threads)")
    print(f"publish the default exhibition          {publish * 1000:6.0f} ms     (median of {args.repeat})")
    print(json.dumps({
        "photos_per_s": round(ours, 3), "plain_pillow_per_s": round(plain, 3),
        "ratio": round(ours / plain, 3), "batch_import_per_s": round(batch, 3),
        "plain_pillow_loop_per_s": round(plain_loop, 3), "batch_ratio": round(batch / plain_loop, 3),
        "render_threads": RENDER_THREADS,
        "publish_s": round(publish, 4),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
