"""Validate untrusted picture bytes and render the kiosk's JPEG renditions.

Everything that reaches the store as a photo comes through `render_photo`: a camera file
an editor adds, a picture inside a content package, a placeholder drawn by Pillow. The
input is untrusted: only JPEG, PNG and WebP are decoded, size and pixel count are capped
before decoding, and any failure becomes a `MediaError` with a one-line message.
The renditions carry no metadata (no EXIF, so no GPS position) and are sRGB.
"""

from __future__ import annotations

import hashlib
import io
import re
import threading
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError

from kiosk.content.types import Rendition, RenditionKind
from kiosk.media.errors import MediaError

__all__ = [
    "MAX_INPUT_BYTES",
    "MAX_PIXELS",
    "MediaError",
    "RenderedImage",
    "RenderedPhoto",
    "render_photo",
]

MAX_INPUT_BYTES = 80 * 1024 * 1024
MAX_PIXELS = 89_478_485  # Pillow's own MAX_IMAGE_PIXELS default, here a hard limit
ACCEPTED_FORMATS = ("JPEG", "PNG", "WEBP")
JPEG_MIME = "image/jpeg"

DISPLAY_BOX = (2560, 2560)
THUMB_BOX = (960, 960)  # a Home tile at 4K is ~710 px wide: still downscaled, still crisp
DISPLAY_QUALITY = 88
THUMB_QUALITY = 85
# A camera file decoded at 1/2 scale is ~1.2× the display size: bicubic (Pillow's `thumbnail`
# default) is as sharp there as Lanczos and ~1/3 cheaper. The thumbnail, ~2.7× down from the
# display: averaged 2×2 first (`reducing_gap`), then Lanczos; shown on screen at ≤ 400 px.
DISPLAY_FILTER = Image.Resampling.BICUBIC
THUMB_FILTER = Image.Resampling.LANCZOS
THUMB_REDUCING_GAP = 1.3

_OPENING = threading.Lock()  # see _decode: warnings filters are one per process

WHITE = (255, 255, 255)
DARK = (24, 24, 24)

# Formats people do try to add, recognised by their first bytes, for a helpful message.
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"GIF8", 0, "a GIF image; save it as JPEG or PNG"),
    (b"II*\x00", 0, "a TIFF image; save it as JPEG or PNG"),
    (b"MM\x00*", 0, "a TIFF image; save it as JPEG or PNG"),
    (b"BM", 0, "a BMP image; save it as JPEG or PNG"),
    (b"ftypheic", 4, "a HEIC photo; export it as JPEG"),
    (b"ftypheix", 4, "a HEIC photo; export it as JPEG"),
    (b"ftypmif1", 4, "a HEIF image; export it as JPEG"),
    (b"ftypavif", 4, "an AVIF image; export it as JPEG"),
    (b"%PDF", 0, "a PDF document"),
    (b"PK\x03\x04", 0, "a ZIP archive"),
    (b"<svg", 0, "an SVG drawing; export it as PNG"),
)


@dataclass(frozen=True, slots=True)
class RenderedImage:
    """One rendition: its JPEG bytes and what the store records about them."""

    kind: RenditionKind
    data: bytes
    sha256: str
    width: int
    height: int
    mime: str = JPEG_MIME

    def rendition(self) -> Rendition:
        """The plain `Rendition` record (no bytes) for a `Photo`."""
        return Rendition(self.kind, self.sha256, self.width, self.height, self.mime)


@dataclass(frozen=True, slots=True)
class RenderedPhoto:
    """What `render_photo` made of one picture."""

    original_sha256: str
    source_format: str  # "JPEG", "PNG" or "WEBP"
    source_width: int  # full size of the original, upright as the viewer sees it
    source_height: int
    display: RenderedImage
    thumb: RenderedImage

    @property
    def renditions(self) -> tuple[RenderedImage, ...]:
        return (self.display, self.thumb)


def render_photo(
    data: bytes,
    *,
    name: str = "the picture",
    background: tuple[int, int, int] = WHITE,
) -> RenderedPhoto:
    """Validate `data` and render its display and thumbnail JPEGs.

    `name` (usually the file name) is used in error messages; `background` is what
    transparent pixels are flattened onto (`WHITE` or `DARK`).
    Raises `MediaError` for anything that is not a readable JPEG, PNG or WebP within limits.
    """
    name = _printable(name)
    if len(data) > MAX_INPUT_BYTES:
        raise MediaError(
            f"{name} is too large ({len(data) / 1e6:.0f} MB; "
            f"the limit is {MAX_INPUT_BYTES // (1024 * 1024)} MB)"
        )
    if not data:
        raise MediaError(f"{name} is empty")

    image, source_format, (width, height) = _decode(data, name)
    stored = image.size
    image = _upright(image)
    if image.size != stored:  # turned a quarter: the source's upright size turns too
        width, height = height, width
    image = _to_srgb(image, background)

    display = _fit(image, DISPLAY_BOX, DISPLAY_FILTER)
    # The thumbnail from the display rendition: a third of the pixels to read.
    thumb = _fit(display, THUMB_BOX, THUMB_FILTER, reducing_gap=THUMB_REDUCING_GAP)
    return RenderedPhoto(
        original_sha256=hashlib.sha256(data).hexdigest(),
        source_format=source_format,
        source_width=width,
        source_height=height,
        display=_encode(display, RenditionKind.DISPLAY, DISPLAY_QUALITY, optimize=False),
        thumb=_encode(thumb, RenditionKind.THUMB, THUMB_QUALITY, optimize=True),
    )


def _fit(
    image: Image.Image, box: tuple[int, int], resample: Image.Resampling, reducing_gap: float | None = None
) -> Image.Image:
    """A new image of `image` scaled down (never up) into `box`; `image` itself when it fits."""
    size = _fitted(image.size, box)
    if size == image.size:
        return image
    return image.resize(size, resample, reducing_gap=reducing_gap)


def _decode(data: bytes, name: str) -> tuple[Image.Image, str, tuple[int, int]]:
    """Open and fully decode `data`, refusing anything unexpected.

    Returns the image (JPEGs decoded at a reduced scale where that still covers the display
    size), its format, and its full stored size.
    """
    unreadable = f"{name} is not a picture the kiosk can read"
    # Opening reads only the header (where Pillow's pixel-count check warns). `catch_warnings`
    # changes process-wide state, so photos rendered on several threads take turns here.
    with _OPENING, warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
        except UnidentifiedImageError:
            raise MediaError(f"{unreadable} ({_what_it_is(data)})") from None
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
            raise MediaError(_too_many_pixels(name, str(error))) from None
        except Exception as error:  # noqa: BLE001 — untrusted input: any failure is "bad"
            raise MediaError(f"{unreadable} ({_reason(error, 'damaged header')})") from None

    # Many cameras write MPO (a JPEG with extra frames): it is a JPEG, first frame used.
    source_format = "JPEG" if image.format == "MPO" else image.format or "?"
    kind = _format_label(source_format)
    width, height = image.size
    if width < 1 or height < 1:
        raise MediaError(f"{unreadable} (empty {kind})")
    if width * height > MAX_PIXELS:
        raise MediaError(_too_many_pixels(name, f"{width * height} pixels"))
    if source_format == "PNG":
        _verify_checksums(data, unreadable)
    try:
        if source_format == "JPEG":
            # Decode at the smallest 1/2, 1/4, 1/8 scale still covering the display
            # size: several times faster for camera files. Orientation comes after.
            # (Ask for the fitted size, not the square box: draft needs both sides.)
            image.draft("RGB", _fitted((width, height), DISPLAY_BOX))
        image.load()
    except (Image.DecompressionBombWarning, Image.DecompressionBombError) as error:
        raise MediaError(_too_many_pixels(name, str(error))) from None
    except Exception as error:  # noqa: BLE001
        raise MediaError(f"{unreadable} ({_reason(error, f'damaged {kind}', kind)})") from None
    return image, source_format, (width, height)


def _verify_checksums(data: bytes, unreadable: str) -> None:
    """Refuse a PNG with a bad chunk checksum (CRC): decoding alone does not check every chunk's."""
    try:
        Image.open(io.BytesIO(data), formats=("PNG",)).verify()
    except Exception as error:  # noqa: BLE001 - untrusted input
        text = str(error).lower()
        detail = "damaged PNG: bad checksum" if "checksum" in text or "crc" in text else (
            _reason(error, "damaged PNG", "PNG")
        )
        raise MediaError(f"{unreadable} ({detail})") from None


def _fitted(size: tuple[int, int], box: tuple[int, int]) -> tuple[int, int]:
    """`size` scaled down (never up) to fit in `box`, keeping its aspect ratio."""
    scale = min(1.0, box[0] / size[0], box[1] / size[1])
    return (max(1, round(size[0] * scale)), max(1, round(size[1] * scale)))


def _upright(image: Image.Image) -> Image.Image:
    """Apply the EXIF orientation; a photo with unreadable EXIF is kept as stored."""
    try:
        ImageOps.exif_transpose(image, in_place=True)  # no copy when it is upright already
        return image
    except Exception:  # noqa: BLE001 — broken EXIF is not a reason to refuse a photo
        return image


def _to_srgb(image: Image.Image, background: tuple[int, int, int]) -> Image.Image:
    """An RGB image in sRGB, transparency flattened onto `background`."""
    if image.mode in ("I", "F") or image.mode.startswith("I;16"):
        image = image.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    icc = image.info.get("icc_profile")
    if icc and image.mode in ("RGB", "RGBA", "CMYK"):
        image = _convert_profile(image, icc)
    has_alpha = image.mode in ("RGBA", "LA", "PA", "RGBa", "La") or (
        image.mode in ("P", "L", "RGB") and "transparency" in image.info
    )
    if has_alpha:
        rgba = image.convert("RGBA")
        flat = Image.new("RGB", rgba.size, background)
        flat.paste(rgba, mask=rgba.getchannel("A"))
        return flat
    return image if image.mode == "RGB" else image.convert("RGB")


def _convert_profile(image: Image.Image, icc: bytes) -> Image.Image:
    """Convert from the embedded colour profile to sRGB (Display P3 phone photos, CMYK)."""
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
        srgb = ImageCms.createProfile("sRGB")
        if image.mode == "RGBA":
            alpha = image.getchannel("A")
            rgb = ImageCms.profileToProfile(image.convert("RGB"), source, srgb, outputMode="RGB")
            rgb.putalpha(alpha)
            return rgb
        return ImageCms.profileToProfile(image, source, srgb, outputMode="RGB")
    except Exception:  # noqa: BLE001 — a bad profile: fall back to the numbers as they are
        return image


def _encode(image: Image.Image, kind: RenditionKind, quality: int, *, optimize: bool) -> RenderedImage:
    """Baseline JPEG: the kiosk decodes it at the size shown (libjpeg's DCT scaling), about twice
    as fast as a progressive one. `optimize` (Huffman tables fitted to the picture) makes a
    display rendition ~4 % smaller for three times the encoding time: used for thumbnails only."""
    out = io.BytesIO()
    image.info.clear()  # no EXIF (GPS, camera, owner), no comment, no XMP, no profile: nothing carried
    image.save(out, "JPEG", quality=quality, optimize=optimize, progressive=False, exif=b"")
    data = out.getvalue()
    return RenderedImage(
        kind=kind,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        width=image.width,
        height=image.height,
    )


def _too_many_pixels(name: str, detail: str) -> str:
    """The message for a picture over the pixel limit; `detail` starts "N pixels"."""
    match = re.search(r"(\d+) pixels", detail)
    size = f"{int(match.group(1)) / 1e6:.0f} megapixels; " if match else ""
    return f"{name} is too large ({size}the limit is {MAX_PIXELS / 1e6:.0f} megapixels)"


def _format_label(source_format: str) -> str:
    return {"WEBP": "WebP"}.get(source_format, source_format)


def _reason(error: Exception, fallback: str, kind: str = "") -> str:
    text = str(error).lower()
    if "truncated" in text or isinstance(error, EOFError):
        return f"truncated {kind}".strip() if kind else "truncated file"
    return fallback


def _what_it_is(data: bytes) -> str:
    head = data[:64]
    for signature, offset, description in _SIGNATURES:
        if head[offset:offset + len(signature)] == signature:
            return description
    start = head.lstrip().lower()
    if start.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        return "an HTML page, not an image"
    if start.startswith((b"<?xml", b"<svg")):
        return "an XML or SVG file; export it as PNG"
    if _looks_like_text(data[:4096]):
        return "a text file, not an image"
    if data[:3] == b"\xff\xd8\xff":
        return "damaged JPEG"
    if data[:8] == b"\x89PNG\r\n\x1a\n":
        return "damaged PNG"
    return "not a JPEG, PNG or WebP image"


def _looks_like_text(sample: bytes) -> bool:
    if not sample or b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not just a character cut at the sample's end
            return False
    return True


def _printable(name: str) -> str:
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in name).strip()
    return cleaned or "the picture"

