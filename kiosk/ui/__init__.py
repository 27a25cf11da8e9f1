"""The touchscreen: Qt Quick screens (`qml/`) and the Python objects they bind to."""

from pathlib import Path

# Beside the modules, as installed from the wheel and in the bundle (read through a path, not
# `importlib.resources`, whose first use costs ~5 ms of the start before Home's first frame).
QML_DIR = Path(__file__).resolve().parent / "qml"
