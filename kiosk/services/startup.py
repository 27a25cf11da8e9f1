"""Opening the exhibition's database: check, recover, engine, migrations, first-start seeding.

`open_store` is what every command that reads the exhibition calls (the kiosk, `kiosk
screenshot`, export, import …). Before SQLAlchemy opens the SQLite file, `kiosk.services.
recovery` quick-checks it and puts the newest good backup in place of a damaged or missing
one, so visitors see content rather than an error. A read-only data folder is opened
read-only. Whatever still goes wrong is one `KioskError` line — never a SQLAlchemy error.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import KioskError
from kiosk.services.exhibition import ExhibitionService
from kiosk.services.recovery import PreparedDatabase, Recovery, prepare_database
from kiosk.services.seeding import seed_if_empty
from kiosk.settings import Settings
from kiosk.store.engine import create_store_engine, session_factory
from kiosk.store.migrations import current_revision, head_revision, upgrade_to_head

log = logging.getLogger(__name__)

__all__ = ["OpenedStore", "open_store"]


class OpenedStore:
    """The database as the app uses it: engine, sessions and the reading service."""

    def __init__(
        self,
        engine: Engine,
        sessions: sessionmaker[Session],
        *,
        read_only: bool = False,
        recovery: Recovery | None = None,
        database_path: Path | None = None,
    ) -> None:
        self.engine = engine
        self.sessions = sessions
        self.exhibition = ExhibitionService(sessions)
        self.read_only = read_only  # the data folder cannot be written: show, never save
        self.recovery = recovery  # what the start did about a damaged or missing database
        self.database_path = database_path  # the SQLite file in use (None for other databases)

    def close(self) -> None:
        self.exhibition.close()
        self.engine.dispose()


def open_store(
    settings: Settings, *, seed: bool = True, on_first_start: Callable[[], None] | None = None
) -> OpenedStore:
    """Check, recover if need be, create or upgrade the database for `settings`, and seed the
    default exhibition on first start (calling `on_first_start` before it does).

    Raises only `KioskError`, with a one-line reason.
    """
    if settings.data_dir.exists() and not settings.data_dir.is_dir():
        raise KioskError(f"the data folder {settings.data_dir} is a file, not a folder")
    try:
        return _open(settings, seed=seed, on_first_start=on_first_start)
    except KioskError:
        raise
    except (SQLAlchemyError, sqlite3.Error) as exc:
        raise KioskError(f"cannot open the exhibition database ({_reason(exc)})") from exc
    except ModuleNotFoundError as exc:  # e.g. --database-url postgresql://… without its driver
        raise KioskError(f"no database driver for {settings.database_url.split(':')[0]} "
                         f"(the Python package {exc.name!r} is not installed)") from exc
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        raise KioskError(f"cannot open the data folder {settings.data_dir} ({exc.strerror or exc}{where})") \
            from exc


def _reason(exc: BaseException) -> str:
    return (str(getattr(exc, "orig", None) or exc).splitlines() or [type(exc).__name__])[0]


def _sqlite_file(settings: Settings) -> Path | None:
    url = settings.database_url
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        return Path(url.removeprefix("sqlite:///").split("?")[0])
    return None


def _open(settings: Settings, *, seed: bool, on_first_start: Callable[[], None] | None) -> OpenedStore:
    path = _sqlite_file(settings)
    if path is None:  # another database (PostgreSQL …): its server looks after it
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        return _open_writable(settings.database_url, None, None, seed=seed, on_first_start=on_first_start)
    prepared = prepare_database(settings, path)
    if prepared.read_only:
        return _open_read_only(prepared)
    url = f"sqlite:///{prepared.path}"
    try:
        return _open_writable(url, prepared.path, prepared.recovery, seed=seed, on_first_start=on_first_start)
    except (SQLAlchemyError, sqlite3.Error) as exc:
        if "malformed" not in _reason(exc) or prepared.recovery is not None:
            raise
        # Damage the quick check did not see (an index, say) surfaced while opening: recover once.
        log.warning("the database turned out damaged while opening (%s)", _reason(exc))
        prepared = prepare_database(settings, path, force_damaged=_reason(exc))
        url = f"sqlite:///{prepared.path}"
        return _open_writable(url, prepared.path, prepared.recovery, seed=seed, on_first_start=on_first_start)


def _open_writable(
    url: str, path: Path | None, recovery: Recovery | None, *, seed: bool,
    on_first_start: Callable[[], None] | None,
) -> OpenedStore:
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
