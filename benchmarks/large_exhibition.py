"""A large exhibition for the benchmarks: 200 bureaus, 10,000 stories, 20,000 photos.

The text is the source article's own sentences, recombined (so line breaking, glyph coverage and
text length are those of real Chinese content); the photos are small synthetic JPEGs, each one
different (the store addresses media by SHA-256, so identical pictures would collapse into one).
One bureau, `b001`, carries a 1,000-photo gallery for the photo-strip scrolling benchmark.

It is written into a data folder the app opens as it opens any other: the database created and
migrated by the app's own start path, the exhibition stored by the same repository calls the
first-start seeding uses. Built once and cached in build/bench/ (keyed by this file's
GENERATOR_VERSION and the migrations): `python benchmarks/large_exhibition.py [DIR]`.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import shutil
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GENERATOR_VERSION = "4"
BUREAUS = 200
STORIES = 10_000
PHOTOS = 20_000
STRIP_BUREAU = "b001"
STRIP_PHOTOS = 1_000
IMAGE_SIZE = (320, 200)

_PLACE = "湘潭衡岳沅澧资桃宁乡安化江华阳陵山源溪洞武冈邵东祁永兴嘉禾临"


def article_sentences() -> list[str]:
    """The source article's sentences (at least 8 characters, each ending in its stop)."""
    text = (resources.files("kiosk.db.exhibition") / "source-article.zh.txt").read_text(encoding="utf-8")
    parts = re.findall(r"[^。！？!?\n]+[。！？!?]", text)
    return [p.strip() for p in parts if len(p.strip()) >= 8]


def synthetic_jpeg(index: int) -> bytes:
    """A small picture unlike any other: a gradient, bands and blocks placed by `index`."""
    from PIL import Image, ImageDraw

    rng = random.Random(index)
    w, h = IMAGE_SIZE
    base = (rng.randrange(40, 220), rng.randrange(40, 220), rng.randrange(40, 220))
    image = Image.linear_gradient("L").resize((w, h)).convert("RGB")
    tint = Image.new("RGB", (w, h), base)
    image = Image.blend(image, tint, 0.6)
    draw = ImageDraw.Draw(image)
    for _ in range(6):
        x, y = rng.randrange(w), rng.randrange(h)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle((x, y, x + rng.randrange(20, 120), y + rng.randrange(10, 60)), fill=colour)
    draw.text((8, h - 20), f"#{index:05d}", fill=(255, 255, 255))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def _text(zh: str, en: str = ""):
    from kiosk.content.types import LocalizedText

    return LocalizedText(zh=zh, en=en)


def build_large_exhibition():
    """The large exhibition (content types) and its media blobs."""
    from kiosk.content.serialization import exhibition_from_dict
    from kiosk.content.types import Brand, BureauKind, Photo, Rendition, RenditionKind, Story
    from kiosk.services.seeding import default_exhibition_data
    from kiosk.store.repository import MediaBlob

    template = exhibition_from_dict(default_exhibition_data())
    sentences = article_sentences()
    rng = random.Random(20260)
    photo_count = 0
    blobs: dict[str, MediaBlob] = {}
    jobs: list[int] = []

    def photo(caption: str) -> Photo:
        nonlocal photo_count
        photo_count += 1
        jobs.append(photo_count)
        return Photo(key=f"p{photo_count:05d}", caption=_text(caption[:40]), credit=_text("基准测试"))

    def sentence() -> str:
        return rng.choice(sentences)

    names = [a + b for a in _PLACE for b in _PLACE if a != b]
    rng.shuffle(names)
    province = template.bureaus[0]
    cities = [b for b in template.bureaus if b.kind is not BureauKind.PROVINCE]
    stories_per = STORIES // BUREAUS
    covers = BUREAUS
    story_photos = STORIES
    gallery_rest = PHOTOS - covers - story_photos - STRIP_PHOTOS
    per_gallery, extra = divmod(gallery_rest, BUREAUS - 1)

    bureaus = []
    for n in range(BUREAUS):
        like = province if n == 0 else cities[n % len(cities)]
        slug = province.slug if n == 0 else f"b{n:03d}"
        city = like.city if n == 0 else _text(names[n], f"County {n}")
        stories = []
        for s in range(stories_per):
            paragraphs = ["".join(sentence() for _ in range(rng.randint(2, 4)))
                          for _ in range(rng.randint(3, 6))]
            title = re.split(r"[，,：:；;]", sentence())[0][:24]
            stories.append(Story(
                key=f"{slug}-s{s:02d}", bureau_slug=slug, title=_text(title, f"Story {s + 1}"),
                summary=_text(sentence()), body=_text("\n\n".join(paragraphs)),
                source=_text("红网 · 基准测试", "Benchmark"), photos=(photo(title),),
            ))
        if n == 0:
            gallery = 0  # the province gets what is left over, below
        elif slug == STRIP_BUREAU:
            gallery = STRIP_PHOTOS
        else:
            gallery = per_gallery + (1 if n <= extra else 0)
        brand = like.brand if n == 0 else Brand(
            name=_text(sentence()[:2]), slogan=_text(sentence()[:16]), concept=_text(sentence()),
        )
        bureaus.append(replace(
            like, slug=slug, name=_text(f"{city.zh}县税务局", f"{city.en} Tax Bureau") if n else like.name,
            city=city, brand=brand, summary=_text("".join(sentence() for _ in range(4))),
            cover=photo(f"{city.zh}封面"), photos=tuple(photo(sentence()) for _ in range(gallery)),
            stories=tuple(stories),
        ))
    # The province gets the gallery left over so the total is exact.
    missing = PHOTOS - photo_count
    if missing > 0:
        extra_photos = tuple(photo(sentence()) for _ in range(missing))
        bureaus[0] = replace(bureaus[0], photos=bureaus[0].photos + extra_photos)

    def render(index: int) -> tuple[int, bytes]:
        return index, synthetic_jpeg(index)

    renditions: dict[int, tuple] = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        for index, data in pool.map(render, jobs, chunksize=64):
            sha = hashlib.sha256(data).hexdigest()
            blobs[sha] = MediaBlob(sha256=sha, mime="image/jpeg", data=data)
            w, h = IMAGE_SIZE
            renditions[index] = (
                Rendition(RenditionKind.DISPLAY, sha, w, h), Rendition(RenditionKind.THUMB, sha, w, h),
            )

    def with_art(p: Photo) -> Photo:
        return replace(p, renditions=renditions[int(p.key[1:])])

    bureaus = [
        replace(b, cover=with_art(b.cover), photos=tuple(map(with_art, b.photos)),
                stories=tuple(replace(s, photos=tuple(map(with_art, s.photos))) for s in b.stories))
        for b in bureaus
    ]
    # Sections name bureaus by slug: keep the ones that still exist.
    slugs = {b.slug for b in bureaus}
    def known(slug: str | None) -> str | None:
        return slug if slug in slugs else None

    sections = tuple(replace(s, bureau_slugs=tuple(x for x in s.bureau_slugs if x in slugs))
                     for s in template.sections)
    figures = tuple(replace(f, bureau_slug=known(f.bureau_slug)) for f in template.figures)
    timeline = tuple(replace(t, bureau_slug=known(t.bureau_slug)) for t in template.timeline)
    exhibition = replace(template, bureaus=tuple(bureaus), sections=sections, figures=figures,
                         timeline=timeline)
    return exhibition, list(blobs.values())


def _cache_key() -> str:
    folder = resources.files("kiosk.db.migrations") / "versions"  # of the kiosk being measured
    migrations = sorted(entry.name for entry in folder.iterdir() if entry.name.endswith(".py"))
    return hashlib.sha256(json.dumps([GENERATOR_VERSION, migrations]).encode()).hexdigest()[:16]


def ensure_large_data_dir(folder: Path, log=print) -> Path:
    """A data folder holding the large exhibition, built unless the cached one is current."""
    stamp = folder / "generator.json"
    key = _cache_key()
    if stamp.is_file() and json.loads(stamp.read_text()).get("key") == key:
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    started = time.perf_counter()
    exhibition, blobs = build_large_exhibition()
    counts = {
        "bureaus": len(exhibition.bureaus),
        "stories": sum(len(b.stories) for b in exhibition.bureaus),
        "photos": sum(len(b.every_photo()) for b in exhibition.bureaus),
    }
    log(f"large exhibition: {counts} drawn in {time.perf_counter() - started:.0f} s; storing …")
    store_exhibition(folder, exhibition, blobs)
    stamp.write_text(json.dumps({"key": key, **counts}))
    log(f"large exhibition: stored in {folder} ({time.perf_counter() - started:.0f} s in all)")
    return folder


def store_exhibition(folder: Path, exhibition, blobs) -> None:
    """Into a new database in `folder`, through the app's start path and the seeding's calls."""
    from kiosk.services.startup import open_store
    from kiosk.settings import build_settings
    from kiosk.store import repository

    store = open_store(build_settings(data_dir=folder), seed=False)
    try:
        with store.sessions.begin() as session:
            repository.store_media(session, blobs)
            repository.replace_exhibition(session, exhibition)
            try:  # published as the seeding publishes the default exhibition: visitors see versions
                from kiosk.services.versions import publish_in_session
            except ImportError:  # a kiosk from before published versions reads the rows
                continue_without_versions = True
            else:
                continue_without_versions = False
                publish_in_session(session, exhibition, origin="seed", summary="benchmark: large exhibition",
                                   check_glyphs=False)
        if continue_without_versions:
            print("large exhibition: no published versions in this kiosk; stored as rows", file=sys.stderr)
    finally:
        store.close()


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "bench" / "large"
    ensure_large_data_dir(target)
