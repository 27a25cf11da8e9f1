"""Reading a content package that nobody vouches for: every check before anything is kept.

`read_package` opens the zip, refuses any entry the format does not name (absolute paths,
`..`, links, duplicates, files the manifest does not list), reads each entry as a stream —
counting the bytes that really come out, never the sizes the headers claim — against caps
on size and compression ratio, checks every SHA-256 and size against the manifest, parses
`content.json` (a bad field is named by its path), and decodes every photo fully through
the media pipeline, which must find the size `content.json` declares.
What it returns (`StagedPackage`) holds the parsed document and where each photo is; the
bytes are read again, and checked again, while they are saved (`iter_media`).
"""

from __future__ import annotations

import hashlib
import stat
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.content.parsing import ContentError, exhibition_from_dict
from kiosk.content.types import Exhibition, Rendition
from kiosk.errors import KioskError
from kiosk.media.errors import MediaError
from kiosk.services import package_format as fmt
from kiosk.services.package_format import Manifest, ManifestEntry, PackageError

Progress = Callable[[int, int, str], None]  # (done, total, stage)
CancelCheck = Callable[[], bool]  # True: stop as soon as possible, change nothing

STAGE_CHECK = "check"
CHUNK = 1024 * 1024


class Cancelled(KioskError):
    """The operator cancelled; nothing was changed."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


@dataclass(frozen=True, slots=True)
class StagedPackage:
    """A package that passed every check: its document and the media it brings."""

    path: Path
    manifest: Manifest
    document: dict[str, Any]  # content.json as parsed (every field checked by exhibition_from_dict)
    exhibition: Exhibition
    media: tuple[ManifestEntry, ...]  # media/<sha256>.<ext>, sorted by name


def no_progress(_done: int, _total: int, _stage: str) -> None:
    return None


def never_cancel() -> bool:
    return False


class _Budget:
    """The bytes still allowed out of the whole package (zip bombs, overlapping entries)."""

    def __init__(self) -> None:
        self.left = fmt.MAX_TOTAL_BYTES

    def spend(self, count: int) -> None:
        self.left -= count
        if self.left < 0:
            raise PackageError(
                f"the package unpacks to more than {fmt.MAX_TOTAL_BYTES // 1024**3} GB; refused"
            )


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        if not path.is_file():
            raise PackageError(f"{path} is not a file" if path.exists() else f"{path} does not exist")
        if path.stat().st_size == 0:
            raise PackageError(f"{path.name} is empty, not a content package")
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise PackageError(f"{path.name} is not a content package (not a readable zip file: {exc})") from None
    except OSError as exc:
        raise PackageError(f"cannot read {path}: {exc.strerror or exc}") from None


def _check_entries(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    """The archive's files by name, after refusing anything the format does not allow."""
    infos = archive.infolist()
    if len(infos) > fmt.MAX_ENTRIES + 2:
        raise PackageError(f"the package holds {len(infos)} entries; the limit is {fmt.MAX_ENTRIES}")
    files: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            raise PackageError(f"entry {name!r} is a link; packages hold files only")
        if name == fmt.MEDIA_FOLDER and info.is_dir() and info.file_size == 0:
            continue  # the media folder's own entry, as `zip -r` writes it
        fmt.check_entry_name(name)
        if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):  # 0: type not given
            raise PackageError(f"entry {name!r} is not a plain file")
        if info.flag_bits & 0x1:
            raise PackageError(f"entry {name!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"entry {name!r} uses a compression this kiosk does not read (only stored "
                               "or deflated)")
        if name in files:
            raise PackageError(f"entry {name!r} is in the package twice")
        files[name] = info
    return files


def _read_entry(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, budget: _Budget,
    expected: ManifestEntry | None = None,
) -> bytes:
    """One entry's bytes, streamed: refused as soon as it outgrows `limit`, its manifest size,
    the package's budget or the compression ratio; then checked against its SHA-256."""
    name = info.filename
    cap = min(limit, expected.size) if expected is not None else limit
    too_large = (f"{name} is larger than manifest.json says ({expected.size} bytes)" if expected is not None
                 and expected.size <= limit else f"{name} is larger than {limit // 1024**2} MB; refused")
    bomb = f"{name} is compressed more than {fmt.MAX_RATIO}:1 (a zip bomb?); refused"
    digest = hashlib.sha256()
    parts: list[bytes] = []
    count = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                count += len(chunk)
                budget.spend(len(chunk))
                if count > cap:
                    raise PackageError(too_large)
                if count > fmt.RATIO_FLOOR and count > fmt.MAX_RATIO * max(info.compress_size, 1):
                    raise PackageError(bomb)
                digest.update(chunk)
                parts.append(chunk)
    except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
        raise PackageError(f"{name} is damaged in the package ({exc})") from None
    except (OSError, NotImplementedError) as exc:
        raise PackageError(f"{name} cannot be read from the package ({exc})") from None
    if expected is not None:
        if count != expected.size:
            raise PackageError(f"{name} is {count} bytes, not the {expected.size} manifest.json lists")
        if digest.hexdigest() != expected.sha256:
            raise PackageError(f"{name} does not match its SHA-256 in manifest.json (damaged or altered)")
    return b"".join(parts)


def _declared_renditions(exhibition: Exhibition) -> dict[str, tuple[str, Rendition]]:
    """sha256 → (where it is used, its rendition), for every rendition the document names."""
    declared: dict[str, tuple[str, Rendition]] = {}
    for bureau in exhibition.bureaus:
        for photo in bureau.every_photo():
            for rendition in photo.renditions:
                where = f"bureaus[{bureau.slug}] photo {photo.key!r} ({rendition.kind.value})"
                previous = declared.get(rendition.sha256)
                if previous is not None and (previous[1].width, previous[1].height, previous[1].mime) != (
                    rendition.width, rendition.height, rendition.mime
                ):
                    raise PackageError(f"content.json: {where} gives another size for the same image as "
                                       f"{previous[0]}")
                declared.setdefault(rendition.sha256, (where, rendition))
    return declared


def check_picture(data: bytes, entry: ManifestEntry, rendition: Rendition, where: str) -> None:
    """Decode the picture fully through the media pipeline, within its limits; its format and
    size must be the ones `content.json` declares. The bytes themselves are kept as they are."""
    from kiosk.media.renditions import _decode  # the pipeline's decoder (see `decode_untrusted`)

    try:
        _image, source_format, size = _decode(data, entry.name)
    except MediaError as exc:
        raise PackageError(f"{exc}") from None
    mime = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}.get(source_format)
    if mime != rendition.mime or fmt.media_name(entry.sha256, mime) != entry.name:
        raise PackageError(f"{entry.name} is a {source_format} image, but content.json declares "
                           f"{rendition.mime} for {where}")
    if size != (rendition.width, rendition.height):
        raise PackageError(f"{entry.name} is {size[0]}×{size[1]} pixels, but content.json declares "
                           f"{rendition.width}×{rendition.height} for {where}")


def read_package(
    path: Path, *, progress: Progress = no_progress, cancel: CancelCheck = never_cancel
) -> StagedPackage:
    """Check a whole package; raises `PackageError` (one line) on the first problem found."""
    with _open_zip(path) as archive:
        files = _check_entries(archive)
        if fmt.MANIFEST_NAME not in files:
            raise PackageError(f"{path.name} is not a content package (it has no manifest.json)")
        budget = _Budget()
        manifest = fmt.parse_manifest(fmt.loads(
            _read_entry(archive, files[fmt.MANIFEST_NAME], fmt.MAX_MANIFEST_BYTES, budget), fmt.MANIFEST_NAME
        ))
        listed = {e.name for e in manifest.entries}
        for name in sorted(files):
            if name != fmt.MANIFEST_NAME and name not in listed:
                raise PackageError(f"entry {name!r} is not listed in manifest.json")
        for entry in manifest.entries:
            if entry.name not in files:
                raise PackageError(f"{entry.name} is listed in manifest.json but missing from the package")
            limit = fmt.MAX_CONTENT_BYTES if entry.name == fmt.CONTENT_NAME else fmt.MAX_MEDIA_BYTES
            if entry.size > limit:
                raise PackageError(f"{entry.name} is too large ({entry.size} bytes); refused")
        media = tuple(sorted(
            (e for e in manifest.entries if e.name != fmt.CONTENT_NAME), key=lambda e: e.name
        ))
        total = len(media) + 1
        progress(0, total, STAGE_CHECK)

        content_entry = manifest.entry(fmt.CONTENT_NAME)
        assert content_entry is not None  # parse_manifest insists on it
        document = fmt.loads(
            _read_entry(archive, files[fmt.CONTENT_NAME], fmt.MAX_CONTENT_BYTES, budget, content_entry),
            fmt.CONTENT_NAME,
        )
        try:
            exhibition = exhibition_from_dict(document)
        except ContentError as exc:
            raise PackageError(f"content.json: {exc}") from None
        except (TypeError, AttributeError, ValueError, RecursionError) as exc:
            raise PackageError(f"content.json does not fit the exhibition format ({type(exc).__name__})") \
                from None
        declared = _declared_renditions(exhibition)
        in_package = {e.sha256: e for e in media}
        for sha256, (where, _rendition) in sorted(declared.items()):
            if sha256 not in in_package:
                raise PackageError(f"content.json: {where} needs media/{sha256}.jpg, which the package "
                                   "does not hold")
        progress(1, total, STAGE_CHECK)

        for done, entry in enumerate(media, start=2):
            if cancel():
                raise Cancelled()
            usage = declared.get(entry.sha256)
            if usage is None:
                raise PackageError(f"{entry.name} is not used by content.json")
            data = _read_entry(archive, files[entry.name], fmt.MAX_MEDIA_BYTES, budget, entry)
            check_picture(data, entry, usage[1], usage[0])
            progress(done, total, STAGE_CHECK)
    return StagedPackage(path=path, manifest=manifest, document=document, exhibition=exhibition, media=media)


def iter_media(
    staged: StagedPackage, *, cancel: CancelCheck = never_cancel
) -> Iterator[tuple[ManifestEntry, bytes]]:
    """The package's media again, for saving: each checked once more against its SHA-256
    and size, so a file changed since `read_package` stops the save before it commits."""
    with _open_zip(staged.path) as archive:
        files = _check_entries(archive)
        budget = _Budget()
        for entry in staged.media:
            if cancel():
                raise Cancelled()
            info = files.get(entry.name)
            if info is None:
                raise PackageError(f"{entry.name} went missing from the package while it was imported")
            yield entry, _read_entry(archive, info, fmt.MAX_MEDIA_BYTES, budget, entry)
