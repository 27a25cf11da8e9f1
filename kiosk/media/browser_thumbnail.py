"""Small previews of pictures on a USB stick, for the photo browser: decoded by Pillow within
the pipeline's limits (never by Qt, whose decoders would log every broken file), shrunk with
`draft`, turned upright, returned as a clean small JPEG — or None for anything unreadable."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps

from kiosk.media.renditions import MAX_INPUT_BYTES, MAX_PIXELS


def browser_thumbnail(path: Path, box: tuple[int, int]) -> bytes | None:
    """A JPEG of the picture at `path` fitting `box`, or None when it cannot be read safely."""
    try:
        if path.stat().st_size > MAX_INPUT_BYTES:
            return None
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as image:
                if image.width * image.height > MAX_PIXELS:
                    return None
                image.draft("RGB", box)
                image.load()
                upright = ImageOps.exif_transpose(image).convert("RGB")
        upright.thumbnail(box)
        out = io.BytesIO()
        upright.save(out, "JPEG", quality=80)
        return out.getvalue()
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
