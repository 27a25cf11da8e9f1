"""The bundled font files (Noto Sans CJK SC and Noto Sans, SIL Open Font License: OFL.txt)."""

from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parent
