"""The content package's format: names, limits and the manifest, shared by reader and writer.

A package is a zip holding `manifest.json`, `content.json` and `media/<sha256>.<ext>`;
docs/content-package.md describes it for other tools. Nothing here touches the database.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from kiosk.errors import KioskError

FORMAT_NAME = "hunan-tax-kiosk-content"
FORMAT_VERSION = 1

MANIFEST_NAME = "manifest.json"
CONTENT_NAME = "content.json"
MEDIA_FOLDER = "media/"
MEDIA_EXTENSIONS = {"image/jpeg": "jpg", "image/png": "png", "image/webp": "webp"}
MEDIA_NAME = re.compile(r"media/(?P<sha256>[0-9a-f]{64})\.(?P<ext>jpg|png|webp)")
SHA256_HEX = re.compile(r"[0-9a-f]{64}")

# Limits, enforced while the bytes are read (the sizes a zip's headers claim are not trusted).
MAX_ENTRIES = 20_000  # 1,000 photos are 2,001 entries
MAX_TOTAL_BYTES = 4 * 1024**3  # everything, uncompressed
MAX_MANIFEST_BYTES = 8 * 1024**2
MAX_CONTENT_BYTES = 64 * 1024**2
MAX_MEDIA_BYTES = 80 * 1024**2  # the photo pipeline's own input limit
MAX_RATIO = 200  # uncompressed / compressed, once an entry is past RATIO_FLOOR bytes
RATIO_FLOOR = 1024**2

# Every entry is written with this time: the same content gives the same zip.
ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


class PackageError(KioskError):
    """A package refused: the message names the package problem in one line."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    name: str
    sha256: str
    size: int


@dataclass(frozen=True, slots=True)
class Manifest:
    format_version: int
    app_version: str
    created: str
    entries: tuple[ManifestEntry, ...]

    def entry(self, name: str) -> ManifestEntry | None:
        return next((e for e in self.entries if e.name == name), None)


def media_name(sha256: str, mime: str) -> str:
    """The package name of a media file: `media/<sha256>.jpg`."""
    return f"{MEDIA_FOLDER}{sha256}.{MEDIA_EXTENSIONS.get(mime, 'jpg')}"


def dumps(document: Any) -> bytes:
    """The one JSON form written into packages: sorted keys, UTF-8, indented, newline at the end."""
    return (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def manifest_document(manifest: Manifest) -> dict[str, Any]:
    return {
        "format": FORMAT_NAME,
        "format_version": manifest.format_version,
        "app_version": manifest.app_version,
        "created": manifest.created,
        "entries": [{"name": e.name, "sha256": e.sha256, "size": e.size} for e in manifest.entries],
    }


def _refuse_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    duplicates = sorted({key for key in keys if keys.count(key) > 1})
    if duplicates:
        raise PackageError(f"a JSON object repeats the key {duplicates[0]!r}")
    return dict(pairs)


def loads(data: bytes, name: str) -> Any:
    """Parse one JSON entry of a package; any problem is a `PackageError` naming the entry."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PackageError(f"{name} is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_refuse_duplicate_keys)
    except json.JSONDecodeError as exc:
        raise PackageError(f"{name} is not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") \
            from None
    except PackageError as exc:
        raise PackageError(f"{name}: {exc}") from None
    except RecursionError:
        raise PackageError(f"{name} is nested too deeply") from None


def parse_manifest(document: Any) -> Manifest:
    """Check the manifest's format, version and entry list; refuse anything unexpected."""
    if not isinstance(document, dict):
        raise PackageError("manifest.json: expected a JSON object")
    name = document.get("format")
    if name != FORMAT_NAME:
        raise PackageError(f"manifest.json: format {name!r} is not {FORMAT_NAME!r}; this is not a content "
                           "package of this kiosk")
    version = document.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise PackageError(f"manifest.json: format_version must be a whole number, got {version!r}")
    if version > FORMAT_VERSION:
        raise PackageError(
            f"the package has format version {version}, newer than version {FORMAT_VERSION} this kiosk "
            "reads; update the kiosk software first"
        )
    for key in ("app_version", "created"):
        if not isinstance(document.get(key), str):
            raise PackageError(f"manifest.json: {key} must be text")
    raw_entries = document.get("entries")
    if not isinstance(raw_entries, list):
        raise PackageError("manifest.json: entries must be a list")
    if len(raw_entries) > MAX_ENTRIES:
        raise PackageError(f"manifest.json lists {len(raw_entries)} entries; the limit is {MAX_ENTRIES}")
    entries: list[ManifestEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_entries):
        where = f"manifest.json: entries[{i}]"
        if not isinstance(raw, dict):
            raise PackageError(f"{where}: expected an object")
        entry_name, sha256, size = raw.get("name"), raw.get("sha256"), raw.get("size")
        if not isinstance(entry_name, str):
            raise PackageError(f"{where}.name must be text")
        check_entry_name(entry_name)
        if entry_name == MANIFEST_NAME:
            raise PackageError(f"{where}: the manifest cannot list itself")
        if entry_name in seen:
            raise PackageError(f"manifest.json lists {entry_name!r} twice")
        seen.add(entry_name)
        if not isinstance(sha256, str) or not SHA256_HEX.fullmatch(sha256):
            raise PackageError(f"{where}.sha256 must be 64 lower-case hex digits")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise PackageError(f"{where}.size must be a whole number of bytes")
        media = MEDIA_NAME.fullmatch(entry_name)
        if media and media["sha256"] != sha256:
            raise PackageError(f"manifest.json: {entry_name} is named for another SHA-256 than it lists")
        entries.append(ManifestEntry(entry_name, sha256, size))
    if CONTENT_NAME not in seen:
        raise PackageError("manifest.json does not list content.json")
    return Manifest(version, document["app_version"], document["created"], tuple(entries))


def check_entry_name(name: str) -> None:
    """Refuse any name but manifest.json, content.json and media/<sha256>.<ext>, saying why."""
    shown = "".join(ch if ch.isprintable() else "?" for ch in name)[:120]
    if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
        raise PackageError(f"entry {shown!r} has an absolute path")
    if "\\" in name:
        raise PackageError(f"entry {shown!r} has a backslash in its path")
    if ".." in name.split("/"):
        raise PackageError(f"entry {shown!r} points outside the package (..)")
    if name in (MANIFEST_NAME, CONTENT_NAME) or MEDIA_NAME.fullmatch(name):
        return
    if name.startswith(MEDIA_FOLDER):
        raise PackageError(f"entry {shown!r} is not named media/<sha256>.jpg, .png or .webp")
    raise PackageError(f"entry {shown!r} is not part of the package format (only manifest.json, "
                       "content.json and media/ may be in it)")
