"""Every setting the kiosk reads, declared once with its type and default.

Precedence: command-line flag, then environment (`KIOSK_DATA_DIR`), then default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kiosk.content.types import Language

APP_NAME = "hunan-tax-kiosk"
IDLE_TIMEOUT_S = 90.0  # seconds without a touch before the countdown shows
MIN_TOUCH_PX = 64  # the smallest touch target at 1080p; the screens scale it with the window
VERSIONS_KEPT = 50  # published versions kept; older ones are pruned at each publish


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path
    database_url: str
    default_language: Language = Language.ZH
    fullscreen: bool = True
    idle_enabled: bool = True  # on in fullscreen by default, off when windowed unless asked
    idle_timeout_s: float = IDLE_TIMEOUT_S
    idle_countdown_s: float = 15.0  # seconds the countdown runs before going Home
    min_touch_px: int = MIN_TOUCH_PX
    versions_kept: int = VERSIONS_KEPT  # pass as `keep=` to publishing (kiosk.services.versions)
    backups_kept: int = 20  # automatic backups in <data_dir>/backups (the newest N are kept)
    publish_poll_s: float = 2.0  # how often a running kiosk looks for a newly published exhibition
    # Where the photo browser looks for pictures: removable drives (and, on a laptop, home).
    photo_roots: tuple[Path, ...] = (Path("/media"), Path("/run/media"))
    show_cursor: bool = False  # a locked kiosk hides the cursor (a touchscreen has none)
    admin_idle_timeout_s: float = 300.0  # admin mode closes by itself after this long without input


def default_data_dir(environ: os._Environ[str] | dict[str, str] = os.environ) -> Path:
    """`KIOSK_DATA_DIR`, else the platform's user data folder."""
    explicit = environ.get("KIOSK_DATA_DIR")
    if explicit:
        return Path(explicit)
    from platformdirs import user_data_dir  # ~4 ms of a start that names its folder: only if asked

    return Path(user_data_dir(APP_NAME, appauthor=False))


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'exhibition.sqlite3').resolve()}"


def build_settings(
    *,
    data_dir: Path | None = None,
    database_url: str | None = None,
    language: str | None = None,
    windowed: bool = False,
    idle: bool | None = None,
    idle_timeout_s: float | None = None,
    environ: os._Environ[str] | dict[str, str] = os.environ,
) -> Settings:
    """Settings from flags (None: not given) over the environment over defaults."""
    folder = data_dir if data_dir is not None else default_data_dir(environ)
    return Settings(
        data_dir=folder,
        database_url=database_url or sqlite_url(folder),
        default_language=Language(language) if language else Language.ZH,
        fullscreen=not windowed,
        idle_enabled=idle if idle is not None else not windowed,
        idle_timeout_s=idle_timeout_s if idle_timeout_s is not None else IDLE_TIMEOUT_S,
    )
