"""Opening the exhibition's database: check, recover, engine, migrations, first-start seeding.

`open_store` is what every command that reads the exhibition calls (the kiosk, `kiosk
screenshot`, export, import …). Before SQLAlchemy opens the SQLite file, `kiosk.services.
recovery` quick-checks it and puts the newest good backup in place of a damaged or missing
one, so visitors see content rather than an error. A read-only data folder is opened
read-only. Whatever still goes wrong is one `KioskError` line — never a SQLAlchemy error.

The usual start is fast: when the SQLite file is whole, its schema revision (read with
`sqlite3`) is the newest this kiosk knows and an exhibition is published, nothing needs
migrating or seeding, and the store opens without importing SQLAlchemy or Alembic. Its
engine and sessions are made on first use (admin mode, a command that writes), so a visitor's
kiosk shows Home without them. Anything else (a first start, an upgrade, another database)
takes the full path through Alembic.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import KioskError
from kiosk.services.exhibition import ExhibitionService
from kiosk.services.recovery import PreparedDatabase, Recovery, is_damage, prepare_database
from kiosk.settings import Settings
from kiosk.store.live import SCHEMA_HEAD, SqliteLiveReader

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

__all__ = ["OpenedStore", "open_store"]


class OpenedStore:
    """The database as the app uses it: the reading service, and the engine and sessions
    (made on first use when the store was opened on the fast path)."""

    def __init__(
        self,
        engine: Engine | None,
        sessions: sessionmaker[Session] | None = None,
        *,
        read_only: bool = False,
        recovery: Recovery | None = None,
        database_path: Path | None = None,
        exhibition: ExhibitionService | None = None,
    ) -> None:
        if engine is None and (database_path is None or exhibition is None):
            raise TypeError("a store without an engine yet needs its SQLite file and reading service")
        self._engine = engine
        self._sessions = sessions
        self.exhibition = exhibition or ExhibitionService(sessions)
        self.read_only = read_only  # the data folder cannot be written: show, never save
        self.recovery = recovery  # what the start did about a damaged or missing database
        self.database_path = database_path  # the SQLite file in use (None for other databases)

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            from kiosk.store.engine import create_store_engine  # SQLAlchemy: only when needed

            self._engine = create_store_engine(f"sqlite:///{self.database_path}")
        return self._engine

    @property
    def sessions(self) -> sessionmaker[Session]:
        if self._sessions is None:
            from kiosk.store.engine import session_factory

            self._sessions = session_factory(self.engine)
        return self._sessions

    @property
    def engine_made(self) -> bool:
        """Whether SQLAlchemy has been brought in (False for a visitor-only kiosk)."""
        return self._engine is not None

    def close(self) -> None:
        self.exhibition.close()
        if self._engine is not None:
            self._engine.dispose()


def open_store(
    settings: Settings,
    *,
    seed: bool = True,
    on_first_start: Callable[[], None] | None = None,
    whole_check: bool = True,
) -> OpenedStore:
    """Check, recover if need be, create or upgrade the database for `settings`, and seed the
    default exhibition on first start (calling `on_first_start` before it does).

    `whole_check=False` (a kiosk's start): no page check first; reading Home's index at open is
    the check of what Home shows, and the caller checks the whole file once Home is up
    (`recovery.whole_file_damage`).

    Raises only `KioskError`, with a one-line reason.
    """
    if settings.data_dir.exists() and not settings.data_dir.is_dir():
        raise KioskError(f"the data folder {settings.data_dir} is a file, not a folder")
    try:
        return _open(settings, seed=seed, on_first_start=on_first_start, whole_check=whole_check)
    except KioskError:
        raise
    except ModuleNotFoundError as exc:  # e.g. --database-url postgresql://… without its driver
        raise KioskError(f"no database driver for {settings.database_url.split(':')[0]} "
                         f"(the Python package {exc.name!r} is not installed)") from exc
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        raise KioskError(f"cannot open the data folder {settings.data_dir} ({exc.strerror or exc}{where})") \
            from exc
    except Exception as exc:
        if _is_database_error(exc):
            raise KioskError(f"cannot open the exhibition database ({_reason(exc)})") from exc
        raise


def _is_database_error(exc: BaseException) -> bool:
    """SQLite's or SQLAlchemy's (without importing SQLAlchemy when it was never loaded)."""
    if isinstance(exc, sqlite3.Error):
        return True
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    return sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.SQLAlchemyError)


def _reason(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).splitlines() or [type(exc).__name__])[0]


def _sqlite_file(settings: Settings) -> Path | None:
    url = settings.database_url
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///").split("?")[0])
    return None


def _open(
    settings: Settings, *, seed: bool, on_first_start: Callable[[], None] | None, whole_check: bool
) -> OpenedStore:
    path = _sqlite_file(settings)
    if path is None:  # another database (PostgreSQL …): its server looks after it
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return _open_writable(settings.database_url, None, None, seed=seed, on_first_start=on_first_start)
    prepared = prepare_database(settings, path, whole=whole_check)
    if prepared.read_only:
        return _open_read_only(prepared)
    try:
        ready = _open_ready(prepared) if seed else None
    except _DamagedOnRead as exc:  # what Home shows could not be read: recover before showing it
        log.warning("the database turned out damaged while reading Home (%s)", exc)
        prepared = prepare_database(settings, path, force_damaged=str(exc))
        ready = None
    if ready is not None:
        return ready
    url = f"sqlite:///{prepared.path}"
    try:
        return _open_writable(url, prepared.path, prepared.recovery, seed=seed, on_first_start=on_first_start)
    except Exception as exc:
        if not _is_database_error(exc) or "malformed" not in _reason(exc) or prepared.recovery is not None:
            raise
        # Damage the quick check did not see (an index, say) surfaced while opening: recover once.
        log.warning("the database turned out damaged while opening (%s)", _reason(exc))
        prepared = prepare_database(settings, path, force_damaged=_reason(exc))
        url = f"sqlite:///{prepared.path}"
        return _open_writable(url, prepared.path, prepared.recovery, seed=seed, on_first_start=on_first_start)


class _DamagedOnRead(Exception):
    """What Home shows cannot be read: SQLite calls the file damaged, or its text is not JSON."""


def _open_ready(prepared: PreparedDatabase) -> OpenedStore | None:
    """The fast path: a store over a whole SQLite file at the newest schema with an exhibition
    published, opened with `sqlite3` alone, Home's index already read and parsed (a kiosk's start
    checks no more than that before Home: reading it is its check); None when anything needs the
    full path. Raises `_DamagedOnRead`."""
    if not prepared.path.is_file():
        return None  # a first start
    reader = SqliteLiveReader(prepared.path)
    exhibition = ExhibitionService(source=reader)
    try:
        ready = reader.schema_revision() == SCHEMA_HEAD and reader.live_version_id() is not None
        if ready:
            exhibition.home()  # kept: the window shows it
    except sqlite3.Error as exc:  # no such table (a new file), locked …: the full path says it
        reader.close()
        if is_damage(exc):
            raise _DamagedOnRead(_reason(exc)) from exc
        log.debug("full open: %s", exc)
        return None
    except ValueError as exc:  # JSON or content that no longer parses (ContentError is one)
        reader.close()
        raise _DamagedOnRead(f"its live version cannot be read: {_reason(exc)}") from exc
    if not ready:
        reader.close()
        return None
    return OpenedStore(None, recovery=prepared.recovery, database_path=prepared.path, exhibition=exhibition)


def _open_writable(
    url: str, path: Path | None, recovery: Recovery | None, *, seed: bool,
    on_first_start: Callable[[], None] | None,
) -> OpenedStore:
    from kiosk.services.seeding import seed_if_empty
    from kiosk.store.engine import create_store_engine, session_factory
    from kiosk.store.migrations import upgrade_to_head

    engine = create_store_engine(url)
    try:
        upgrade_to_head(engine)
        sessions = session_factory(engine)
        if seed:
            seed_if_empty(sessions, announce=on_first_start)
    except BaseException:
        engine.dispose()
        raise
    return OpenedStore(engine, sessions, recovery=recovery, database_path=path)


def _read_only_engine(prepared: PreparedDatabase) -> Engine:
    from sqlalchemy import create_engine, event

    uri = prepared.sqlite_uri()

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5)

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _pragmas(connection, _record) -> None:  # noqa: ANN001 (DB-API types)
        connection.execute("PRAGMA foreign_keys=ON")
        connection.execute("PRAGMA query_only=ON")

    return engine


def _open_read_only(prepared: PreparedDatabase) -> OpenedStore:
    from kiosk.store.engine import session_factory
    from kiosk.store.migrations import current_revision, head_revision

    engine = _read_only_engine(prepared)
    try:
        if current_revision(engine) != head_revision():
            raise KioskError("the data folder is read-only, and its database needs an upgrade this kiosk "
                             "cannot write; make the folder writable once")
    except BaseException:
        engine.dispose()
        raise
    return OpenedStore(engine, session_factory(engine), read_only=True, recovery=prepared.recovery,
                       database_path=prepared.path)
