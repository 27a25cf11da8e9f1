"""Settings: flags over the environment over defaults, in one typed place."""

from __future__ import annotations

from pathlib import Path

from kiosk.cli import build_parser
from kiosk.content.types import Language
from kiosk.settings import build_settings


def test_data_dir_flag_beats_environment_beats_platform_folder(tmp_path: Path) -> None:
    env = {"KIOSK_DATA_DIR": str(tmp_path / "from-env")}
    assert build_settings(data_dir=tmp_path / "flag", environ=env).data_dir == tmp_path / "flag"
    assert build_settings(environ=env).data_dir == tmp_path / "from-env"
    platform = build_settings(environ={}).data_dir
    assert platform.name == "hunan-tax-kiosk" and platform.is_absolute()


def test_database_url_defaults_to_sqlite_in_the_data_dir(tmp_path: Path) -> None:
    settings = build_settings(data_dir=tmp_path, environ={})
    assert settings.database_url == f"sqlite:///{tmp_path.resolve() / 'exhibition.sqlite3'}"
    url = "postgresql+psycopg://kiosk@db/exhibition"
    assert build_settings(data_dir=tmp_path, database_url=url, environ={}).database_url == url


def test_kiosk_is_fullscreen_with_idle_return_and_a_laptop_window_is_not() -> None:
    kiosk = build_settings(environ={})
    assert kiosk.fullscreen and kiosk.idle_enabled and kiosk.idle_timeout_s == 90
    assert kiosk.default_language is Language.ZH
    laptop = build_settings(windowed=True, environ={})
    assert not laptop.fullscreen and not laptop.idle_enabled
    asked = build_settings(windowed=True, idle=True, idle_timeout_s=30, language="en", environ={})
    assert asked.idle_enabled and asked.idle_timeout_s == 30 and asked.default_language is Language.EN


def test_command_line_accepts_run_alone_and_explicitly() -> None:
    parser = build_parser()
    bare = parser.parse_args([])
    assert bare.command is None and not bare.windowed
    run = parser.parse_args(["run", "--windowed", "--lang", "en", "--no-idle"])
    assert run.command == "run" and run.windowed and run.lang == "en" and run.idle is False
