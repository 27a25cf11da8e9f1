"""Real picture files made with Pillow, good and bad, for the photo tests."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def photo(size: tuple[int, int] = (1600, 1200), colour: tuple[int, int, int] = (40, 90, 160)) -> Image.Image:
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    w, h = size
    for i in range(0, w, max(1, w // 12)):
        draw.rectangle((i, 0, i + w // 40, h), fill=(i * 255 // w, 140, 60))
    return image


def write_jpeg(path: Path, image: Image.Image, **params: object) -> Path:
    image.save(path, "JPEG", quality=90, **params)
    return path


def sideways_with_gps(path: Path) -> Path:
    """Stored sideways (red left, blue right; EXIF Orientation 6 = turn 90° clockwise) with a GPS
    position: upright, red is on top and blue at the bottom."""
    stored = Image.new("RGB", (1200, 600), (220, 20, 20))
    stored.paste((20, 20, 220), (600, 0, 1200, 600))
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[GPS_IFD] = {1: "N", 2: (28.0, 12.0, 30.0), 3: "E", 4: (112.0, 58.0, 10.0)}
    return write_jpeg(path, stored, exif=exif.tobytes())


def truncated_jpeg(path: Path) -> Path:
    buffer = io.BytesIO()
    photo().save(buffer, "JPEG", quality=92)
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    return path


def html_named_jpg(path: Path) -> Path:
    path.write_text("<!DOCTYPE html><html><body>not a photo</body></html>\n", encoding="utf-8")
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path
