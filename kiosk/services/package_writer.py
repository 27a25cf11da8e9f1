"""Writing a content package: the same content always gives the same entries.

Entries are written in sorted order (content.json, manifest.json, media/…) with one fixed
timestamp and fixed permissions; JSON in one form (`package_format.dumps`). The zip is
written beside its destination and renamed over it when complete, so a killed export
leaves no half-written package under the name an operator asked for.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kiosk import __version__
from kiosk.content.serialization import exhibition_from_dict
from kiosk.errors import KioskError
from kiosk.services import package_format as fmt
from kiosk.services.package_format import Manifest, ManifestEntry
from kiosk.services.package_reader import CancelCheck, Cancelled, Progress, never_cancel, no_progress

STAGE_WRITE = "write"

MediaSource = Callable[[str], bytes | None]  # sha256 → the stored bytes, None when missing


def _info(name: str, *, compress: bool) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=fmt.ZIP_TIMESTAMP)
    info.create_system = 3  # Unix: the permissions below mean what they say
    info.external_attr = (0o100644 << 16)  # a plain file, rw-r--r--
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED  # JPEGs do not shrink
    return info


def _media_of(document: dict[str, Any]) -> dict[str, str]:
    """sha256 → mime of every rendition the document names."""
    exhibition = exhibition_from_dict(document)
    return {
        r.sha256: r.mime
        for b in exhibition.bureaus for p in b.every_photo() for r in p.renditions
    }


def write_package(
    path: Path,
    document: dict[str, Any],
    read_media: MediaSource,
    *,
    created: datetime | None = None,
    progress: Progress = no_progress,
    cancel: CancelCheck = never_cancel,
) -> Manifest:
    """Write `document` and every picture it names to the package `path`; returns its manifest.

    A picture missing from the store, or whose bytes no longer match their SHA-256, stops
    the export with a `KioskError` (`kiosk check` says more).
    """
    media = _media_of(document)
    content = fmt.dumps(document)
    entries = [ManifestEntry(fmt.CONTENT_NAME, hashlib.sha256(content).hexdigest(), len(content))]
    total = len(media) * 2
    progress(0, total, STAGE_WRITE)
    names = {sha256: fmt.media_name(sha256, mime) for sha256, mime in media.items()}
    for done, sha256 in enumerate(sorted(media, key=names.__getitem__), start=1):
        if cancel():
            raise Cancelled()
        entries.append(ManifestEntry(names[sha256], sha256, len(_checked(read_media, sha256))))
        progress(done, total, STAGE_WRITE)
    when = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    manifest = Manifest(fmt.FORMAT_VERSION, __version__, when, tuple(sorted(entries, key=lambda e: e.name)))

    path = Path(path)
    partial = path.with_name(f".{path.name}.partial-{os.getpid()}")
    try:
        with zipfile.ZipFile(partial, "w") as archive:
            archive.writestr(_info(fmt.CONTENT_NAME, compress=True), content)
            manifest_bytes = fmt.dumps(fmt.manifest_document(manifest))
            archive.writestr(_info(fmt.MANIFEST_NAME, compress=True), manifest_bytes)
            for done, entry in enumerate(manifest.entries, start=len(media)):
                if entry.name == fmt.CONTENT_NAME:
                    continue
                if cancel():
                    raise Cancelled()
                archive.writestr(_info(entry.name, compress=False), _checked(read_media, entry.sha256))
                progress(done, total, STAGE_WRITE)
        with partial.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    progress(total, total, STAGE_WRITE)
    return manifest


def _checked(read_media: MediaSource, sha256: str) -> bytes:
    data = read_media(sha256)
    if data is None:
        raise KioskError(f"the picture {sha256[:12]}… is missing from the database; run `kiosk check`")
    if hashlib.sha256(data).hexdigest() != sha256:
        raise KioskError(f"the picture {sha256[:12]}… is damaged in the database; run `kiosk check`")
    return data
