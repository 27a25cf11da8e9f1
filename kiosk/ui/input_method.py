"""Qt Virtual Keyboard as the input method: Pinyin on the touchscreen in admin mode.

Qt reads QT_IM_MODULE once, when the application object is made, so this runs before that.
It costs a bare window ~15 ms at start while no keyboard panel exists; the panel itself
(`qml/KeyboardPanel.qml`) loads only in admin mode. A physical keyboard works as usual."""

from __future__ import annotations

import os
from collections.abc import MutableMapping

MODULE = "qtvirtualkeyboard"


def use_virtual_keyboard(environ: MutableMapping[str, str] = os.environ) -> None:
    """Choose the virtual keyboard, unless the environment already chose an input method."""
    environ.setdefault("QT_IM_MODULE", MODULE)
