"""Is the database whole? `kiosk check`, the check of a backup, and the quick check at start.

Everything here reads the SQLite file directly (`sqlite3`, read-only), so it works on a
database SQLAlchemy could not even open, and never changes what it looks at.
Each function returns a list of problems, one line each; an empty list means all is well.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from kiosk.content.home_index import split_document
from kiosk.content.serialization import media_of


def sqlite_uri(path: Path, query: str = "") -> str:
    """An SQLite `file:` URI for `path` (any characters, any platform), e.g. with "mode=ro"."""
    uri = Path(path).resolve().as_uri()  # percent-encodes '?', '#', spaces …; SQLite decodes them
    return f"{uri}?{query}" if query else uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    """`mode=ro`; in a folder where SQLite cannot even make the `-shm` file of a WAL database
    (a read-only medium), `immutable=1`: nobody can be writing there."""
    connection = sqlite3.connect(sqlite_uri(path, "mode=ro"), uri=True, timeout=5)
    try:
        connection.execute("PRAGMA schema_version").fetchone()
        return connection
    except sqlite3.OperationalError as exc:
        connection.close()
        if getattr(exc, "sqlite_errorname", "") != "SQLITE_CANTOPEN":
            raise
    return sqlite3.connect(sqlite_uri(path, "immutable=1"), uri=True)


@contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the database file at `path` (it must exist)."""
    if not path.is_file():
        raise sqlite3.OperationalError(f"no database file at {path}")
    with closing(connect_read_only(path)) as connection:
        yield connection


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0]


def _pragma_check(connection: sqlite3.Connection, *, quick: bool) -> list[str]:
    rows = [r[0] for r in connection.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check")]
    if rows == ["ok"]:
        return []
    lines = [line for row in rows for line in str(row).splitlines() if not line.startswith("*** in database")]
    return [f"integrity: {line}" for line in lines] or ["integrity: not ok"]


def problems_of_file(path: Path, *, quick: bool = True) -> list[str]:
    """`PRAGMA quick_check` (or the full `integrity_check`): the pages and indexes are whole."""
    try:
        with read_only(path) as connection:
            return _pragma_check(connection, quick=quick)
    except sqlite3.Error as exc:
        return [f"the database cannot be read ({_first_line(exc)})"]


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def known_revision_problem(revision: str | None) -> str | None:
    """Why a schema revision is not one this kiosk can open, or None when it can."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    from kiosk.store.migrations import alembic_config

    if revision is None:
        return "it has no schema revision (not a kiosk database)"
    with alembic_config() as config:
        try:
            if ScriptDirectory.from_config(config).get_revision(revision) is not None:
                return None
        except CommandError:
            pass
    return f"its schema revision {revision!r} is not one this kiosk knows (from a newer kiosk?)"


def problems_of_backup(path: Path) -> list[str]:
    """A backup fit to restore from: whole (`integrity_check`), a schema revision this kiosk
    knows, and an exhibition in it."""
    try:
        with read_only(path) as connection:
            problems = _pragma_check(connection, quick=False)
            if problems:
                return problems
            tables = _tables(connection)
            if "alembic_version" not in tables:
                return ["it has no schema revision (not a kiosk database)"]
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            problem = known_revision_problem(row[0] if row else None)
            if problem:
                return [problem]
            has_content = any(
                table in tables and connection.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
                for table in ("published_versions", "exhibitions")
            )
            return [] if has_content else ["it holds no exhibition"]
    except sqlite3.Error as exc:
        return [f"it cannot be read ({_first_line(exc)})"]


def _foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    return [
        f"foreign key: {table} row {rowid} points at a missing row of {parent}"
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check")
    ]


def _referenced_media(connection: sqlite3.Connection, tables: set[str]) -> tuple[dict[str, str], list[str]]:
    """sha256 → who needs it (the first found: a kept version, the draft, the trash), and the
    versions whose documents cannot be read."""
    needed: dict[str, str] = {}
    unreadable: list[str] = []
    if "published_versions" in tables:
        for version_id, document in connection.execute("SELECT id, document FROM published_versions"):
            try:
                shas = media_of(json.loads(document))
            except (ValueError, TypeError, AttributeError, KeyError):
                unreadable.append(f"version {version_id}: its document cannot be read")
                continue
            for sha256 in shas:
                needed.setdefault(sha256, f"version {version_id}")
    if "version_media" in tables:
        for version_id, sha256 in connection.execute("SELECT version_id, sha256 FROM version_media"):
            needed.setdefault(sha256, f"version {version_id}")
    if "renditions" in tables:
        for (sha256,) in connection.execute("SELECT sha256 FROM renditions"):
            needed.setdefault(sha256, "the draft")
    if "trash_media" in tables:
        for (sha256,) in connection.execute("SELECT sha256 FROM trash_media"):
            needed.setdefault(sha256, "the trash")
    return needed, unreadable


def _media_problems(connection: sqlite3.Connection) -> list[str]:
    import hashlib  # not on the kiosk's start, which only needs `sqlite_uri`

    tables = _tables(connection)
    needed, problems = _referenced_media(connection, tables)
    present: set[str] = set()
    damaged: list[str] = []
    if "media_blobs" in tables:
        for sha256, size, data in connection.execute("SELECT sha256, size, data FROM media_blobs"):
            present.add(sha256)
            if not isinstance(data, bytes) or hashlib.sha256(data).hexdigest() != sha256 or size != len(data):
                damaged.append(f"media: {sha256} is damaged (its bytes no longer match their SHA-256)"
                               + (f", needed by {needed[sha256]}" if sha256 in needed else ""))
    missing = [f"media: {sha256} is missing, needed by {who}"
               for sha256, who in sorted(needed.items()) if sha256 not in present]
    return problems + damaged + missing


def _part_problems(connection: sqlite3.Connection) -> list[str]:
    """Versions whose parts (what visitors read: Home's index, each bureau) are not those of
    their document."""
    if "version_parts" not in _tables(connection):
        return []
    problems = []
    for version_id, document in connection.execute("SELECT id, document FROM published_versions"):
        stored = dict(connection.execute(
            "SELECT part, document FROM version_parts WHERE version_id = ?", (version_id,)))
        if not stored:
            continue  # stored without parts: visitors read the document itself
        try:
            expected = split_document(document)
        except (ValueError, TypeError, AttributeError, KeyError):
            continue  # the media check names an unreadable document
        if stored != expected:
            problems.append(f"version {version_id}: what visitors read of it is not its document")
    return problems


def check_database_file(path: Path) -> list[str]:
    """`kiosk check`: `integrity_check`, `foreign_key_check`, every picture that the draft, a kept
    version or the trash names present with the right SHA-256, and each version's parts."""
    try:
        with read_only(path) as connection:
            problems = _pragma_check(connection, quick=False)
            if problems:
                return problems
            return (_foreign_key_problems(connection) + _media_problems(connection)
                    + _part_problems(connection))
    except sqlite3.Error as exc:
        return [f"the database cannot be read ({_first_line(exc)})"]
