"""The exhibition visitors see: the newest published version, and photo bytes.

The visitor path reads with the standard library's `sqlite3` (`kiosk.store.live`) and
`json.loads`: no ORM between the database and Home. Home reads only its index of the live
version (`home()`: the bureaus' tiles, `kiosk.content.home_index`), and a bureau's panel is read
whole when a visitor opens it, from the same version; the few panels read last are kept. What
is parsed is cached until the live version's id changes, which `live_version_id()` checks
cheaply (`SELECT max(id)`) so the screens can poll it and reload after a publish — one made by
another process included. `exhibition()` parses the whole live document (tools and tests).
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from kiosk.content.serialization import bureau_from, exhibition_from_dict
from kiosk.content.types import Bureau, Exhibition
from kiosk.content.visibility import as_visitors_see_it, bureau_as_visitors_see_it
from kiosk.services.reader import ExhibitionReader
from kiosk.store.live import SqliteLiveReader

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

__all__ = ["EmptyExhibitionError", "ExhibitionReader", "ExhibitionService"]


PANELS_KEPT = 8  # bureau panels kept parsed: a visitor going back and forth reads none again


class EmptyExhibitionError(RuntimeError):
    """The database holds no published exhibition (seeding did not run)."""


class LiveSource(Protocol):
    def live_version_id(self) -> int | None: ...
    def live_document(self) -> tuple[int, str] | None: ...
    def live_home(self) -> tuple[int, str | None] | None: ...
    def version_bureau(self, version_id: int, slug: str) -> str | None: ...
    def version_document(self, version_id: int) -> str | None: ...
    def media_bytes(self, sha256: str) -> bytes | None: ...
    def close(self) -> None: ...


class ExhibitionService:
    """The live exhibition as an `ExhibitionReader`; safe to call from Qt's image-loading threads."""

    def __init__(
        self, sessions: sessionmaker[Session] | None = None, *, source: LiveSource | None = None
    ) -> None:
        if source is None:
            if sessions is None:
                raise TypeError("ExhibitionService needs sessions or a source")
            source = _source_for(sessions)
        self._source = source
        self._lock = threading.Lock()
        self._cached: tuple[int, Exhibition] | None = None
        self._home: tuple[int, Exhibition] | None = None
        self._panels: OrderedDict[tuple[int, str], Bureau] = OrderedDict()  # newest last

    @classmethod
    def for_sqlite_file(cls, database: Path) -> ExhibitionService:
        """A service reading `database` with `sqlite3` alone (SQLAlchemy never imported)."""
        return cls(source=SqliteLiveReader(database))

    def live_version_id(self) -> int | None:
        return self._source.live_version_id()

    def exhibition(self) -> Exhibition:
        """The live version as visitors see it, parsed once per version."""
        with self._lock:
            live_id = self._source.live_version_id()
            if live_id is None:
                raise EmptyExhibitionError("the database holds no published exhibition")
            if self._cached is None or self._cached[0] != live_id:
                found = self._source.live_document()
                if found is None:
                    raise EmptyExhibitionError("the database holds no published exhibition")
                version_id, text = found
                self._cached = (version_id, as_visitors_see_it(exhibition_from_dict(json.loads(text))))
            return self._cached[1]

    def home(self) -> Exhibition:
        """Home's index of the live version as visitors see it: a tile for every shown bureau
        (no stories, no gallery); its `bureau(slug)` reads that panel whole from the same
        version. A version stored without parts is parsed whole instead."""
        with self._lock:
            found = self._source.live_home()
            if found is None:
                raise EmptyExhibitionError("the database holds no published exhibition")
            version_id, index = found
            if self._home is None or self._home[0] != version_id:
                if index is None:
                    whole = self._source.version_document(version_id) or "null"
                    home = as_visitors_see_it(exhibition_from_dict(json.loads(whole)))
                else:
                    home = replace(
                        as_visitors_see_it(exhibition_from_dict(json.loads(index))),
                        whole_bureau=partial(self._panel, version_id),
                    )
                self._home = (version_id, home)
                self._panels.clear()
            return self._home[1]

    def _panel(self, version_id: int, slug: str) -> Bureau | None:
        """One bureau of `version_id` whole, as visitors see it; None where that version is gone."""
        with self._lock:
            key = (version_id, slug)
            if key in self._panels:
                self._panels.move_to_end(key)
                return self._panels[key]
            text = self._source.version_bureau(version_id, slug)
            if text is None:
                return None
            bureau = bureau_as_visitors_see_it(bureau_from(json.loads(text), f"bureaus[{slug}]"))
            self._panels[key] = bureau
            while len(self._panels) > PANELS_KEPT:
                self._panels.popitem(last=False)
            return bureau

    def invalidate(self) -> None:
        """Forget what was parsed, so the next read parses the live version again."""
        with self._lock:
            self._cached = None
            self._home = None
            self._panels.clear()

    def media_bytes(self, sha256: str) -> bytes | None:
        return self._source.media_bytes(sha256)

    def close(self) -> None:
        self._source.close()


def _source_for(sessions: sessionmaker[Session]) -> LiveSource:
    engine = sessions.kw["bind"]
    url = engine.url
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return SqliteLiveReader(Path(url.database))
    from kiosk.store.versions import EngineLiveReader  # another database: through SQLAlchemy

    return EngineLiveReader(engine)
