"""Sample artwork for bureaus that have no photos yet, drawn with Pillow.

Each picture is the bureau's colour with a light motif of its brand, the brand or bureau
name, a subtitle, and a placeholder mark visible in the image itself, so that nobody takes
it for a photograph. The caller feeds the PNG bytes through `render_photo` like any photo.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kiosk.media.motifs import MOTIF_FUNCTIONS
from kiosk.media.pen import Pen

__all__ = ["MOTIFS", "draw_placeholder"]

MOTIFS: tuple[str, ...] = tuple(MOTIF_FUNCTIONS)

_SUPERSAMPLE = 2  # ImageDraw strokes have no anti-aliasing: draw large, scale down
_NO_BREAK_BEFORE = set("，。、：；！？）》」』”’…·,.;:!?)]}%")
_NO_BREAK_AFTER = set("（《「『“‘([{")
_COLOUR = re.compile(r"#?([0-9a-fA-F]{6})")


def draw_placeholder(
    *,
    motif: str,
    colour: str,
    title: str,
    subtitle: str,
    label: str,
    font_path: Path,
    latin_font_path: Path | None = None,
    size: tuple[int, int] = (1600, 1000),
) -> bytes:
    """PNG bytes of placeholder artwork.

    `motif` is one of `MOTIFS`; `colour` is the bureau's "#rrggbb"; `title` (large, e.g.
    the brand name) and `subtitle` (e.g. the English name or the city) shrink to fit and
    wrap onto two lines; `label` is the placeholder mark, e.g. "示意图 · 占位 PLACEHOLDER".
    `font_path` is a font with the Chinese glyphs (kiosk/assets/fonts/NotoSansSC-Bold.otf);
    `latin_font_path`, if given, sets a subtitle without Chinese (NotoSans-Bold.ttf): the
    Chinese face's ’ “ ” are full-width, a gap in English ("Building’ s").
    Raises ValueError for an unknown motif, a malformed colour or a silly size.
    """
    if motif not in MOTIF_FUNCTIONS:
        raise ValueError(f"unknown placeholder motif {motif!r}; known: {', '.join(MOTIFS)}")
    base = _parse_colour(colour)
    width, height = size
    if not (200 <= width <= 8000 and 200 <= height <= 8000):
        raise ValueError(f"placeholder size {width}×{height} is out of range")

    ink = (255, 255, 255) if _luminance(base) < 0.62 else (34, 34, 34)
    unit = min(width, height) / 1000
    margin = round(70 * unit)
    subtitle_font = latin_font_path if latin_font_path is not None and _latin(subtitle) else font_path
    caption = _layout_caption(title, subtitle, font_path, subtitle_font, size, margin, unit)
    box = _motif_box(size, caption, margin)

    canvas = _background(base, size, box)
    motif_layer, motif_at = _motif_layer(motif, ink, size, box)
    canvas.alpha_composite(motif_layer, motif_at)
    canvas.alpha_composite(_bottom_shade(base, ink, size))
    draw = ImageDraw.Draw(canvas)
    _draw_label(draw, label, font_path, base, ink, margin, unit)
    for text, font, (x, y), alpha in caption.lines:
        # Align the ink, not the advance box: a leading “ or （ has its blank on the left.
        x -= _ink_left(font, text)
        draw.text((x, y), text, font=font, anchor="ld", fill=(*ink, alpha))

    out = io.BytesIO()
    canvas.convert("RGB").save(out, "PNG", optimize=False, compress_level=1)  # decoded at once
    return out.getvalue()


# --- background and motif ---------------------------------------------------------------

Box = tuple[float, float, float]  # left, top, side of the square the motif fills


def _background(base: tuple[int, int, int], size: tuple[int, int], box: Box) -> Image.Image:
    light = Image.new("RGBA", size, (*_mix(base, (255, 255, 255), 0.12), 255))
    dark = Image.new("RGBA", size, (*_mix(base, (0, 0, 0), 0.22), 255))
    # A diagonal gradient: light at the top left, darker at the bottom right.
    ramp = Image.linear_gradient("L").rotate(45, resample=Image.Resampling.BICUBIC, expand=True)
    inset = ramp.width // 4
    ramp = ramp.crop((inset, inset, ramp.width - inset, ramp.height - inset))
    canvas = Image.composite(dark, light, ramp.resize(size, Image.Resampling.BICUBIC))
    # A soft glow behind the motif.
    side = round(box[2] * 1.5)
    glow_mask = Image.radial_gradient("L").resize((side, side), Image.Resampling.BICUBIC)
    # radial_gradient is 0 at the centre and 181 mid-edge: fade to nothing before the edge
    glow_mask = glow_mask.point(lambda v: round(255 * 0.18 * max(0.0, 1 - v / 170) ** 2))
    glow = Image.new("RGBA", (side, side), (255, 255, 255, 0))
    glow.putalpha(glow_mask)
    cx, cy = box[0] + box[2] / 2, box[1] + box[2] / 2
    canvas.alpha_composite(glow, (round(cx - side / 2), round(cy - side / 2)))
    return canvas


def _motif_box(size: tuple[int, int], caption: _Caption, margin: int) -> Box:
    """Where the motif goes: right of centre (landscape) or above (portrait), clear of text."""
    width, height = size
    if width >= height:
        side = min(0.6 * height, 0.46 * width)
        cx, cy = 0.7 * width, 0.38 * height
    else:
        side = 0.72 * width
        cx, cy = 0.5 * width, 0.36 * height
    top_limit = margin * 1.4  # below the placeholder tag's line
    if caption.right > cx - side / 2 and cy + side / 2 > caption.top - margin * 0.5:
        room = caption.top - margin * 0.5 - top_limit
        side = max(min(side, room), 0.2 * min(width, height))
        cy = top_limit + max(room, side) / 2
    return (cx - side / 2, cy - side / 2, side)


def _motif_layer(motif: str, ink: tuple[int, int, int], size: tuple[int, int],
                 box: Box) -> tuple[Image.Image, tuple[int, int]]:
    """The motif drawn around its box (not the whole canvas: supersampling costs the square),
    and where to put it."""
    left, top, side = box
    pad = 0.2 * side  # strokes may reach a little past the box
    x0, y0 = max(0, math.floor(left - pad)), max(0, math.floor(top - pad))
    x1, y1 = min(size[0], math.ceil(left + side + pad)), min(size[1], math.ceil(top + side + pad))
    layer = Image.new("RGBA", ((x1 - x0) * _SUPERSAMPLE, (y1 - y0) * _SUPERSAMPLE), (*ink, 0))
    origin = ((left - x0) * _SUPERSAMPLE, (top - y0) * _SUPERSAMPLE)
    MOTIF_FUNCTIONS[motif](Pen(ImageDraw.Draw(layer), origin, side * _SUPERSAMPLE, ink))
    return layer.reduce(_SUPERSAMPLE), (x0, y0)  # a box filter: as smooth as Lanczos at 2×


def _bottom_shade(base: tuple[int, int, int], ink: tuple[int, int, int],
                  size: tuple[int, int]) -> Image.Image:
    """A shade towards the bottom edge, away from the ink, so the caption reads."""
    width, height = size
    band = round(height * 0.5)
    ramp = Image.linear_gradient("L").resize((width, band), Image.Resampling.BICUBIC)
    away = (0, 0, 0) if ink == (255, 255, 255) else (255, 255, 255)
    shade = Image.new("RGBA", (width, height), (*_mix(base, away, 0.55), 0))
    alpha = Image.new("L", (width, height), 0)
    alpha.paste(ramp.point(lambda v: round(v * 0.42)), (0, height - band))
    shade.putalpha(alpha)
    return shade


# --- text -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Caption:
    lines: list[tuple[str, ImageFont.FreeTypeFont, tuple[int, int], int]]  # text, font, xy, α
    top: float  # the highest pixel the caption reaches
    right: float  # the rightmost


def _draw_label(draw: ImageDraw.ImageDraw, label: str, font_path: Path,
                base: tuple[int, int, int], ink: tuple[int, int, int], margin: int,
                unit: float) -> None:
    """The placeholder mark: a solid tag in the top-left corner, contrasting the ground."""
    font = ImageFont.truetype(str(font_path), max(12, round(30 * unit)))
    text = " ".join(label.split())
    on_dark = ink == (255, 255, 255)
    tag = (255, 255, 255, 235) if on_dark else (34, 34, 34, 230)
    text_colour = (*_mix(base, (0, 0, 0), 0.45), 255) if on_dark else (255, 255, 255, 255)
    pad_x, pad_y = round(22 * unit), round(12 * unit)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font, anchor="lt")
    box = (margin - pad_x // 2, margin - pad_y // 2,
           margin - pad_x // 2 + (right - left) + 2 * pad_x,
           margin - pad_y // 2 + (bottom - top) + 2 * pad_y)
    draw.rounded_rectangle(box, radius=round(8 * unit), fill=tag)
    draw.text((box[0] + pad_x - left, box[1] + pad_y - top), text, font=font,
              fill=text_colour)
    # a dashed rule under the tag: reads as "draft" at a glance
    y = box[3] + round(14 * unit)
    dash = round(16 * unit)
    for x in range(box[0], box[2], dash * 2):
        draw.line([(x, y), (min(x + dash, box[2]), y)], fill=(*ink, 200),
                  width=max(2, round(4 * unit)))


def _latin(text: str) -> bool:
    """No character from the CJK blocks on (U+2E80 and above: ideographs, full-width forms)."""
    return all(ord(ch) < 0x2E80 for ch in text)


def _layout_caption(title: str, subtitle: str, font_path: Path, subtitle_font_path: Path,
                    size: tuple[int, int], margin: int, unit: float) -> _Caption:
    """Title over subtitle, bottom-left, each shrunk to fit and wrapped to two lines."""
    width, height = size
    max_width = width - 2 * margin
    sub_font, sub_lines = _fit(subtitle, subtitle_font_path, max_width, round(46 * unit),
                               round(26 * unit))
    title_font, title_lines = _fit(title, font_path, max_width, round(118 * unit),
                                   round(56 * unit))
    placed: list[tuple[str, ImageFont.FreeTypeFont, tuple[int, int], int]] = []
    right = 0.0
    y = height - margin
    for line in reversed(sub_lines):
        placed.append((line, sub_font, (margin, y), 215))
        right = max(right, margin + sub_font.getlength(line))
        y -= round(sub_font.size * 1.35)
    if sub_lines:
        y -= round(18 * unit)
    for line in reversed(title_lines):
        placed.append((line, title_font, (margin, y), 255))
        right = max(right, margin + title_font.getlength(line))
        y -= round(title_font.size * 1.22)
    return _Caption(placed, top=y, right=right)


def _fit(text: str, font_path: Path, max_width: int, largest: int,
         smallest: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest font size (and line split) at which `text` fits in two lines at most."""
    text = " ".join(text.split())
    font = ImageFont.truetype(str(font_path), largest)
    if not text:
        return font, []
    step = max(1, (largest - smallest) // 16)
    # One line while the text stays large; below 72 % of the size, two lines read better
    # (and start a little smaller, so that two lines do not crowd the motif out).
    single_floor = max(smallest, round(largest * 0.72))
    for lines_allowed, top, floor in ((1, largest, single_floor),
                                      (2, round(largest * 0.82), smallest)):
        for px in range(max(top, smallest), floor - 1, -step):
            font = font.font_variant(size=px)
            lines = _split(text, font, max_width, lines_allowed)
            if lines is not None:
                return font, lines
    font = font.font_variant(size=smallest)
    first, rest = _split_greedy(text, font, max_width)
    return font, [first, _ellipsize(rest, font, max_width)] if rest else [first]


def _ink_left(font: ImageFont.FreeTypeFont, text: str) -> int:
    """How far right of the pen position the first ink of `text` falls."""
    mask, offset = font.getmask2(text, anchor="ld")
    bbox = mask.getbbox()
    return offset[0] + bbox[0] if bbox else 0


def _units(text: str) -> list[str]:
    """Breakable pieces: a Latin word with its trailing space, or one CJK character."""
    return re.findall(r"[A-Za-z0-9\u00C0-\u024F'’\-.,:;!?%&/()]+\s*|\s+|.", text)


def _break_points(units: list[str]) -> list[int]:
    points = []
    for i in range(1, len(units)):
        before, after = units[i - 1], units[i]
        if after[:1] in _NO_BREAK_BEFORE or before[-1:] in _NO_BREAK_AFTER:
            continue
        points.append(i)
    return points


def _split(text: str, font: ImageFont.FreeTypeFont, max_width: int,
           lines_allowed: int) -> list[str] | None:
    if font.getlength(text) <= max_width:
        return [text]
    if lines_allowed < 2:
        return None
    units = _units(text)
    best: tuple[bool, float, list[str]] | None = None
    for i in _break_points(units):
        a, b = "".join(units[:i]).strip(), "".join(units[i:]).strip()
        widest = max(font.getlength(a), font.getlength(b))
        if widest > max_width:
            continue
        # Prefer a break at a space or punctuation (not inside “一局一品”), then balance.
        key = (not _natural_break(units, i), widest)
        if best is None or key < best[:2]:
            best = (*key, [a, b])
    return best[2] if best else None


def _natural_break(units: list[str], i: int) -> bool:
    before, after = units[i - 1], units[i]
    return (before[-1:].isspace() or before[-1:] in _NO_BREAK_BEFORE
            or after[:1] in _NO_BREAK_AFTER)


def _split_greedy(text: str, font: ImageFont.FreeTypeFont, max_width: int) -> tuple[str, str]:
    """As much as fits on the first line, broken where breaking is allowed (a natural
    break — space, punctuation — if one falls in the last quarter of the line)."""
    units = _units(text)
    fitting = [i for i in _break_points(units)
               if font.getlength("".join(units[:i]).rstrip()) <= max_width]
    if not fitting:
        return _ellipsize(text, font, max_width), ""
    cut = fitting[-1]
    natural = [i for i in fitting if _natural_break(units, i)
               and font.getlength("".join(units[:i])) >= 0.75 * max_width]
    if natural:
        cut = natural[-1]
    return "".join(units[:cut]).strip(), "".join(units[cut:]).strip()


def _ellipsize(text: str, font: ImageFont.FreeTypeFont, max_width: int) -> str:
    if font.getlength(text) <= max_width:
        return text
    while text and font.getlength(text + "…") > max_width:
        text = text[:-1]
    return text.rstrip() + "…"


# --- colour -----------------------------------------------------------------------------


def _parse_colour(colour: str) -> tuple[int, int, int]:
    match = _COLOUR.fullmatch(colour.strip())
    if not match:
        raise ValueError(f"colour {colour!r} is not of the form #rrggbb")
    value = match.group(1)
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def _mix(a: tuple[int, int, int], b: tuple[int, int, int], t: float) -> tuple[int, int, int]:
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def _luminance(rgb: tuple[int, int, int]) -> float:
    def linear(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
