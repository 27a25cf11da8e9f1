"""Making packages for the tests: a good one from a real export, and hostile ones from it."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PIL import Image

from kiosk.media.renditions import render_photo

Entries = dict[str, bytes]


def read_entries(package: Path) -> Entries:
    with zipfile.ZipFile(package) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def manifest_for(entries: Entries, **overrides: Any) -> bytes:
    document = {
        "format": "hunan-tax-kiosk-content",
        "format_version": 1,
        "app_version": "test",
        "created": "2026-12-04T12:00:00Z",
        "entries": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(entries.items()) if name != "manifest.json"
        ],
        **overrides,
    }
    return json.dumps(document, indent=2).encode()


def write_entries(path: Path, entries: Entries, *, manifest: bool = True, **manifest_overrides: Any) -> Path:
    """A zip of `entries`; with a manifest made for them (unless `manifest` is False)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(entries.items()):
            if name != "manifest.json":
                archive.writestr(name, data)
        if manifest:
            archive.writestr("manifest.json", manifest_for(entries, **manifest_overrides))
    return path


def content_of(entries: Entries) -> dict[str, Any]:
    return json.loads(entries["content.json"])


def with_content(entries: Entries, change: Callable[[dict[str, Any]], None]) -> Entries:
    """`entries` with content.json changed by `change` (which edits the document in place)."""
    document = content_of(entries)
    change(document)
    return {**entries, "content.json": json.dumps(document, ensure_ascii=False).encode()}


def bureau(document: dict[str, Any], slug: str) -> dict[str, Any]:
    return next(b for b in document["bureaus"] if b["slug"] == slug)


def new_photo(
    key: str, colour: tuple[int, int, int], size: tuple[int, int] = (640, 480)
) -> tuple[dict, Entries]:
    """A photo through the real pipeline: its document form and its media entries."""
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    rendered = render_photo(buffer.getvalue(), name=f"{key}.png")
    media = {}
    entries = {}
    for r in rendered.renditions:
        media[r.kind.value] = {"sha256": r.sha256, "width": r.width, "height": r.height, "mime": r.mime}
        entries[f"media/{r.sha256}.jpg"] = r.data
    photo = {
        "key": key, "caption": {"zh": f"新照片 {key}", "en": f"New photo {key}", "origin": "exhibition"},
        "credit": None, "placeholder": False, "media": media,
    }
    return photo, entries


def without_unused_media(entries: Entries) -> Entries:
    """`entries` less the media content.json no longer names (a package holds only what it uses)."""
    used = set()
    for b in content_of(entries)["bureaus"]:
        stories = b.get("stories", [])
        photos = [b.get("cover"), *b.get("photos", []), *(p for s in stories for p in s["photos"])]
        used |= {m["sha256"] for p in photos if p for m in p.get("media", {}).values()}
    return {n: d for n, d in entries.items() if not n.startswith("media/") or n[6:70] in used}
