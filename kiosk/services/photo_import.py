"""Adding photos: a batch of files through the media pipeline into the draft, or live.

Each file is read (size capped before reading), validated and rendered (`render_photo`: EXIF
orientation applied, every piece of metadata dropped, sRGB, JPEG decoded at the target size);
its renditions are stored content-addressed as soon as they are made, so memory stays flat
however long the batch. Files are rendered a few at a time on worker threads (Pillow lets go
of the GIL while it decodes, resizes and encodes, so each core renders a photo); everything
else — duplicates, storing, progress, cancelling — happens here, file by file, in order.
A bad file is listed with its reason and the batch goes on; a picture already in the
exhibition is not added twice. When every file has been through, the good ones are added in
one transaction — to the draft, or (`draft=False`) to the live exhibition as a new
version. Cancelling adds nothing: content stays as it was.

Photos get app-made keys (`<bureau>-photo-<hash>`); a file's name is never stored.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.content import arrangement
from kiosk.content.arrangement import ArrangementError
from kiosk.content.types import Exhibition, LocalizedText, Photo, RenditionKind
from kiosk.errors import KioskError
from kiosk.media.errors import MediaError
from kiosk.media.renditions import MAX_INPUT_BYTES, RenderedPhoto, render_photo
from kiosk.services.drafts import load_draft
from kiosk.services.validation import ValidationError, check_text_drawable
from kiosk.services.versions import VERSIONS_KEPT, VersionInfo, live_exhibition_in, publish_in_session
from kiosk.store import audit, repository
from kiosk.store import versions as stored

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

Progress = Callable[[int, int, str], None]  # (files done, files in the batch, the file's name)
RENDER_THREADS = min(4, os.cpu_count() or 1)  # photos rendered at once; each holds its file in memory


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch did: photos added, files refused (the file as given, reason), pictures already
    in the exhibition (the file as given, the key of the photo that has it)."""

    added: tuple[Photo, ...] = ()
    refused: tuple[tuple[str, str], ...] = ()
    duplicates: tuple[tuple[str, str], ...] = ()
    cancelled: bool = False
    version: VersionInfo | None = None  # the version made, when added live


def _caption(path: str, zh: str, en: str) -> LocalizedText | None:
    if not zh.strip():
        if en.strip():
            raise ValidationError(f"{path}.zh", "cannot be empty: the Chinese text is required")
        return None
    value = LocalizedText(zh, en)
    check_text_drawable(path, value)
    return value


def _read(file: Path) -> bytes:
    size = file.stat().st_size
    if size > MAX_INPUT_BYTES:
        raise MediaError(f"{file.name} is too large ({size / 1e6:.0f} MB; the limit is "
                         f"{MAX_INPUT_BYTES // (1024 * 1024)} MB)")
    return file.read_bytes()


def _reason(message: str, name: str) -> str:
    return message[len(name) + 1:] if message.startswith(name + " ") else message


def _target_check(ex: Exhibition, bureau: str, story: str | None) -> None:
    b = ex.bureau(bureau)
    if b is None:
        raise KioskError(f"there is no bureau {bureau!r} (bureaus: {', '.join(x.slug for x in ex.bureaus)})")
    if story is not None and not any(s.key == story for s in b.stories):
        raise KioskError(f"bureau {bureau!r} has no story {story!r}")


def import_photos(
    sessions: sessionmaker[Session],
    files: Sequence[Path],
    *,
    bureau: str,
    story: str | None = None,
    caption_zh: str = "",
    caption_en: str = "",
    credit_zh: str = "",
    credit_en: str = "",
    draft: bool = True,
    origin: str,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    keep: int = VERSIONS_KEPT,
) -> BatchResult:
    """Add `files` as photos of `bureau` (or of its `story`): to the draft, or live (`draft=False`).

    Raises `KioskError` up front for an unknown bureau or story or a bad caption; a bad file is
    never an exception, it is listed in `refused`. Safe to run on a worker thread.
    """
    caption = _caption("photos.new.caption", caption_zh, caption_en)
    credit = _caption("photos.new.credit", credit_zh, credit_en)
    with sessions() as session:
        target = load_draft(session) if draft else live_exhibition_in(session)
    _target_check(target, bureau, story)
    home = target.bureau(bureau)
    caption = caption or home.name
    known = {
        r.sha256: p.key for b in target.bureaus for p in b.every_photo() for r in p.renditions
        if r.kind is RenditionKind.DISPLAY
    }
    photos: list[Photo] = []
    refused: list[tuple[str, str]] = []
    duplicates: list[tuple[str, str]] = []
    stored_now: set[str] = set()
    renders = _rendered_in_order(files)
    try:
        for done, (file, rendered) in enumerate(renders):
            if cancelled is not None and cancelled():
                _forget(sessions, stored_now)
                return BatchResult(refused=tuple(refused), duplicates=tuple(duplicates), cancelled=True)
            if isinstance(rendered, str):
                refused.append((str(file), rendered))
            elif (sha := rendered.display.sha256) in known:
                duplicates.append((str(file), known[sha]))
            else:
                key = f"{bureau}-photo-{sha[:12]}"
                known[sha] = key
                with sessions.begin() as session:
                    repository.store_media(session, [
                        repository.MediaBlob(r.sha256, r.mime, r.data) for r in rendered.renditions
                    ])
                stored_now.update(r.sha256 for r in rendered.renditions)
                renditions = tuple(r.rendition() for r in rendered.renditions)
                photos.append(Photo(key=key, caption=caption, credit=credit, renditions=renditions))
            if progress is not None:
                progress(done + 1, len(files), Path(file).name)
    finally:
        renders.close()  # a cancelled or failed batch: renders under way finish unused, none start
    if cancelled is not None and cancelled():
        _forget(sessions, stored_now)
        return BatchResult(refused=tuple(refused), duplicates=tuple(duplicates), cancelled=True)
    version = None
    if photos:
        add = _add_to_draft if draft else _add_live
        version = add(sessions, photos, bureau=bureau, story=story, origin=origin, keep=keep)
    return BatchResult(tuple(photos), tuple(refused), tuple(duplicates), version=version)


def _render(file: Path) -> RenderedPhoto | str:
    """The file's renditions, or why it is refused."""
    name = Path(file).name
    try:
        return render_photo(_read(Path(file)), name=name)
    except MediaError as exc:
        return _reason(str(exc), name)
    except OSError as exc:
        return f"cannot be read ({exc.strerror or exc})"


def _rendered_in_order(files: Sequence[Path]) -> Iterator[tuple[Path, RenderedPhoto | str]]:
    """(file, its renditions or why it is refused) for each file in order, rendered on
    `RENDER_THREADS` threads at most that many files ahead of the one handed out (memory stays
    bounded). Closing the iterator early cancels the renders not yet started."""
    if RENDER_THREADS <= 1 or len(files) <= 1:
        for file in files:
            yield file, _render(file)
        return
    pool = ThreadPoolExecutor(RENDER_THREADS, thread_name_prefix="photo-render")
    ahead: list[tuple[Path, Future[RenderedPhoto | str]]] = []
    try:
        queue = iter(files)
        for file in queue:
            ahead.append((file, pool.submit(_render, file)))
            if len(ahead) < RENDER_THREADS:
                continue
            first, future = ahead.pop(0)
            yield first, future.result()
        for first, future in ahead:
            yield first, future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _forget(sessions: sessionmaker[Session], shas: set[str]) -> None:
    """Drop the blobs a cancelled batch stored (those nothing else names)."""
    if shas:
        with sessions.begin() as session:
            stored.collect_garbage(session, shas)


def _with_photos(ex: Exhibition, photos: list[Photo], bureau: str, story: str | None) -> Exhibition:
    try:
        return arrangement.add_photos(ex, bureau, photos, story=story)
    except ArrangementError as exc:
        raise KioskError(str(exc)) from None


def _audit(session: Session, photos: list[Photo], bureau: str, origin: str) -> None:
    audit.append(session, action="photo.add", target=f"bureaus.{bureau}",
                 new=", ".join(p.key for p in photos), origin=origin)


def _add_to_draft(
    sessions: sessionmaker[Session], photos: list[Photo], *, bureau: str, story: str | None, origin: str,
    keep: int,
) -> None:
    with sessions.begin() as session:
        changed = _with_photos(load_draft(session), photos, bureau, story)
        base = repository.draft_base_version(session)
        repository.replace_exhibition(session, changed, base_version_id=base)
        _audit(session, photos, bureau, origin)


def _add_live(
    sessions: sessionmaker[Session], photos: list[Photo], *, bureau: str, story: str | None, origin: str,
    keep: int,
) -> VersionInfo:
    """Publish the live exhibition plus `photos`. The editor's pending draft changes are not
    published, but the photos are added to the draft too, so publishing it later keeps them."""
    with sessions.begin() as session:
        stored.claim_write_lock(session)
        live = live_exhibition_in(session)
        old_live_id = stored.live_version(session).id
        draft = repository.load_exhibition(session)
        base = repository.draft_base_version(session)
        version = publish_in_session(
            session, _with_photos(live, photos, bureau, story), origin=origin, keep=keep, draft_follows=True
        )
        if draft is not None and draft != live:  # pending changes: kept, with the photos added
            try:
                changed = arrangement.add_photos(draft, bureau, photos, story=story)
            except ArrangementError:
                changed = draft  # the editor removed that bureau or story from the draft
            repository.replace_exhibition(
                session, changed, base_version_id=version.id if base == old_live_id else base
            )
        _audit(session, photos, bureau, origin)
    return version
