"""Alembic migrations, applied at start; the scripts live in the repository's db/migrations."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from kiosk.errors import KioskError


@contextmanager
def alembic_config(engine: Engine | None = None) -> Iterator[Config]:
    """An Alembic config whose scripts are the installed `kiosk.db.migrations`."""
    with resources.as_file(resources.files("kiosk.db") / "migrations") as folder:
        config = Config()
        config.set_main_option("script_location", str(Path(folder)))
        if engine is not None:
            # '%' doubled: Alembic's config is a ConfigParser, and a URL percent-encodes the
            # characters of a folder named in Chinese (C:\Users\张三\…) or with spaces.
            url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
            config.set_main_option("sqlalchemy.url", url)
        yield config


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema up to date; a no-op when it already is."""
    with alembic_config(engine) as config, engine.begin() as connection:
        config.attributes["connection"] = connection
        try:
            command.upgrade(config, "head")
        except CommandError as exc:  # e.g. a revision this version of the kiosk does not know
            raise KioskError(
                f"the database's schema is not one this kiosk knows ({exc}); "
                "it may come from a newer version of the kiosk"
            ) from exc


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def head_revision() -> str | None:
    with alembic_config() as config:
        return ScriptDirectory.from_config(config).get_current_head()
