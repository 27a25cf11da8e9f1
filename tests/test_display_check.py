"""The pre-flight check that turns Qt's abort into one line an operator can act on."""

from __future__ import annotations

import ctypes.util

import pytest

from kiosk.errors import KioskError
from kiosk.ui.display import XCB_LIBRARIES, XCB_SONAMES, check_display, loadable


def found(name: str) -> str:
    return f"lib{name}.so.0"


def test_no_screen_is_one_line_saying_what_to_do() -> None:
    with pytest.raises(KioskError, match="no screen to show the kiosk on") as caught:
        check_display(environ={}, find_library=found, platform="linux")
    assert "\n" not in str(caught.value)


def test_missing_xcb_library_names_the_apt_package() -> None:
    def without_cursor(name: str) -> str | None:
        return None if name == "xcb-cursor" else found(name)

    with pytest.raises(KioskError) as caught:
        check_display(environ={"DISPLAY": ":0"}, find_library=without_cursor, platform="linux")
    assert str(caught.value).endswith("sudo apt-get install -y libxcb-cursor0")


@pytest.mark.parametrize(
    ("environ", "checks_x11"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"}, True),
        ({"QT_QPA_PLATFORM": "offscreen"}, False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ],
)
def test_a_usable_setup_passes_having_looked_for_what_its_platform_needs(environ, checks_x11) -> None:
    looked_for: list[str] = []

    def find(name: str) -> str:
        looked_for.append(name)
        return found(name)

    assert check_display(environ=environ, find_library=find, platform="linux") is None
    assert looked_for == (list(XCB_LIBRARIES) if checks_x11 else [])


def test_another_system_is_not_checked() -> None:
    def find(name: str) -> str | None:
        raise AssertionError(f"looked for {name} on Windows")

    check_display(environ={}, find_library=find, platform="win32")


def test_the_quick_library_check_agrees_with_ldconfig_for_every_library() -> None:
    """The check loads each library as Qt will instead of asking `ldconfig` seven times."""
    assert set(XCB_SONAMES) == set(XCB_LIBRARIES)
    for library in XCB_LIBRARIES:  # the loader and ldconfig agree, present or not
        assert (loadable(library) is None) == (ctypes.util.find_library(library) is None), library
