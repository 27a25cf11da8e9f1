"""Before Qt opens a window: is there a screen, and the libraries Qt's X11 plugin needs?

Without them Qt prints several lines and aborts the process; the operator gets one line
saying what to do instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping

from kiosk.errors import KioskError

# library (as ctypes.util.find_library names it) → the Debian/Ubuntu package that has it
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xcb-image": "libxcb-image0",
    "xcb-render-util": "libxcb-render-util0",
    "xcb-shape": "libxcb-shape0",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
# the file each package installs, as Qt's plugin loads it
XCB_SONAMES = {
    "xcb-cursor": "libxcb-cursor.so.0",
    "xcb-icccm": "libxcb-icccm.so.4",
    "xcb-keysyms": "libxcb-keysyms.so.1",
    "xcb-image": "libxcb-image.so.0",
    "xcb-render-util": "libxcb-render-util.so.0",
    "xcb-shape": "libxcb-shape.so.0",
    "xkbcommon-x11": "libxkbcommon-x11.so.0",
}


def loadable(library: str) -> str | None:
    """The library's file if the dynamic loader finds it (as Qt's plugin will), else None.
    Loading it is what Qt does next anyway; `ctypes.util.find_library` would run `ldconfig`
    once per library, tens of milliseconds at every start."""
    import ctypes  # on the X11 check's path only

    soname = XCB_SONAMES[library]
    try:
        ctypes.CDLL(soname)
    except OSError:
        return None
    return soname


def check_display(
    environ: Mapping[str, str] = os.environ,
    find_library: Callable[[str], str | None] = loadable,
    platform: str = sys.platform,
) -> None:
    """Raise `KioskError` (one line) where Qt would abort for want of a screen or a library."""
    if platform != "linux":
        return
    requested = environ.get("QT_QPA_PLATFORM", "")
    if requested and not requested.startswith(("xcb", "wayland")):
        return  # offscreen, eglfs, linuxfb, vnc …: nothing to check here
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        raise KioskError(
            "no screen to show the kiosk on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
            "'kiosk screenshot DIR' renders every screen to PNG without one"
        )
    if requested.startswith("wayland") or (environ.get("WAYLAND_DISPLAY") and not requested):
        return
    missing = [package for library, package in XCB_LIBRARIES.items() if find_library(library) is None]
    if missing:
        raise KioskError(
            "Qt needs system libraries that are missing; install them with: "
            f"sudo apt-get install -y {' '.join(missing)}"
        )
