"""Opening the exhibition's database: engine, migrations, first-start seeding."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from kiosk.services.exhibition import ExhibitionService
from kiosk.services.seeding import seed_if_empty
from kiosk.settings import Settings
from kiosk.store.engine import create_store_engine, session_factory
from kiosk.store.migrations import upgrade_to_head


class OpenedStore:
    """The database as the app uses it: engine, sessions and the reading service."""

    def __init__(self, engine: Engine, sessions: sessionmaker[Session]) -> None:
        self.engine = engine
        self.sessions = sessions
        self.exhibition = ExhibitionService(sessions)

    def close(self) -> None:
        self.engine.dispose()


def open_store(
    settings: Settings, *, seed: bool = True, on_first_start: Callable[[], None] | None = None
) -> OpenedStore:
    """Create or upgrade the database for `settings`; seed the default exhibition on first start
    (calling `on_first_start` before it does)."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = create_store_engine(settings.database_url)
    upgrade_to_head(engine)
    sessions = session_factory(engine)
    if seed:
        seed_if_empty(sessions, announce=on_first_start)
    return OpenedStore(engine, sessions)
