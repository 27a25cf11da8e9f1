"""The drawing kit of the placeholder motifs: a `Pen` in unit coordinates and curve helpers."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PIL import ImageDraw

Point = tuple[float, float]
RGBA = tuple[int, int, int, int]


class Pen:
    """Draws in unit coordinates of a square box on an RGBA layer."""

    def __init__(
        self, draw: ImageDraw.ImageDraw, origin: Point, size: float, ink: tuple[int, int, int]
    ) -> None:
        self.draw = draw
        self.x0, self.y0 = origin
        self.size = size
        self.ink = ink
        self.stroke = max(2, round(size * 0.011))

    def colour(self, alpha: float, rgb: tuple[int, int, int] | None = None) -> RGBA:
        r, g, b = rgb or self.ink
        return (r, g, b, round(255 * alpha))

    def p(self, x: float, y: float) -> Point:
        return (self.x0 + x * self.size, self.y0 + y * self.size)

    def line(self, pts: Sequence[Point], weight: float = 1.0, alpha: float = 0.9) -> None:
        width = max(1, round(self.stroke * weight))
        xy = [self.p(*pt) for pt in pts]
        self.draw.line(xy, fill=self.colour(alpha), width=width, joint="curve")
        for end in (xy[0], xy[-1]):  # round caps
            r = width / 2
            self.draw.ellipse((end[0] - r, end[1] - r, end[0] + r, end[1] + r),
                              fill=self.colour(alpha))

    def shape(
        self,
        pts: Sequence[Point],
        fill: float = 0.16,
        outline: float = 0.9,
        weight: float = 1.0,
        rgb: tuple[int, int, int] | None = None,
    ) -> None:
        xy = [self.p(*pt) for pt in pts]
        if fill:
            self.draw.polygon(xy, fill=self.colour(fill, rgb))
        if outline:
            self.line([*pts, pts[0], pts[1]], weight, outline)

    def circle(self, c: Point, r: float, fill: float = 0.0, outline: float = 0.9,
               weight: float = 1.0) -> None:
        self.ellipse(c, r, r, fill, outline, weight)

    def ellipse(self, c: Point, rx: float, ry: float, fill: float = 0.0,
                outline: float = 0.9, weight: float = 1.0) -> None:
        x, y = self.p(*c)
        box = (x - rx * self.size, y - ry * self.size, x + rx * self.size, y + ry * self.size)
        width = max(1, round(self.stroke * weight)) if outline else 0
        self.draw.ellipse(box, fill=self.colour(fill) if fill else None,
                          outline=self.colour(outline) if outline else None, width=width)

    def arc(self, c: Point, r: float, start: float, end: float, weight: float = 1.0,
            alpha: float = 0.9) -> None:
        """An arc from `start` to `end` degrees (0 = east, clockwise, as Pillow)."""
        steps = max(8, int(abs(end - start) / 4))
        angles = [math.radians(start + (end - start) * i / steps) for i in range(steps + 1)]
        self.line([(c[0] + r * math.cos(a), c[1] + r * math.sin(a)) for a in angles],
                  weight, alpha)

    def rect(self, x0: float, y0: float, x1: float, y1: float, fill: float = 0.16,
             outline: float = 0.9, weight: float = 1.0, radius: float = 0.0) -> None:
        a, b = self.p(x0, y0), self.p(x1, y1)
        width = max(1, round(self.stroke * weight)) if outline else 0
        self.draw.rounded_rectangle((a, b), radius=radius * self.size,
                                    fill=self.colour(fill) if fill else None,
                                    outline=self.colour(outline) if outline else None,
                                    width=width)


def bezier(*ctrl: Point, steps: int = 40) -> list[Point]:
    """Points along a quadratic or cubic Bézier curve."""
    pts = []
    n = len(ctrl) - 1
    for i in range(steps + 1):
        t = i / steps
        coeffs = [math.comb(n, k) * (1 - t) ** (n - k) * t**k for k in range(n + 1)]
        pts.append((sum(c * p[0] for c, p in zip(coeffs, ctrl, strict=True)),
                    sum(c * p[1] for c, p in zip(coeffs, ctrl, strict=True))))
    return pts


def lens(a: Point, b: Point, bulge: float) -> list[Point]:
    """A leaf or grain shape between `a` and `b`, `bulge` wide on each side."""
    mx, my = (a[0] + b[0]) / 2, (a[1] + b[1]) / 2
    dx, dy = b[0] - a[0], b[1] - a[1]
    nx, ny = -dy * bulge, dx * bulge
    side1 = bezier(a, (mx + nx, my + ny), b, steps=16)
    side2 = bezier(b, (mx - nx, my - ny), a, steps=16)
    return side1 + side2[1:]


def stadium(c: Point, length: float, r: float, angle: float) -> list[Point]:
    """A chain link: a rounded bar centred on `c`, turned by `angle` degrees."""
    pts = []
    half = length / 2 - r
    for end, base in ((half, -90), (-half, 90)):
        for i in range(19):
            a = math.radians(base + i * 10)
            pts.append((end + r * math.cos(a), r * math.sin(a)))
    t = math.radians(angle)
    return [(c[0] + x * math.cos(t) - y * math.sin(t), c[1] + x * math.sin(t) + y * math.cos(t))
            for x, y in pts]


def wave(y: float, amp: float, x0: float = 0.04, x1: float = 0.96, cycles: float = 2.5,
         phase: float = 0.0) -> list[Point]:
    return [(x0 + (x1 - x0) * i / 80,
             y + amp * math.sin(phase + 2 * math.pi * cycles * i / 80)) for i in range(81)]


def gear(c: Point, r: float, teeth: int, rotate: float = 0.0) -> list[Point]:
    pts = []
    for i in range(teeth):
        base = 2 * math.pi * i / teeth + rotate
        step = 2 * math.pi / teeth
        for frac, radius in ((0.0, r * 0.84), (0.2, r), (0.5, r), (0.7, r * 0.84)):
            a = base + frac * step
            pts.append((c[0] + radius * math.cos(a), c[1] + radius * math.sin(a)))
    return pts


# --- the motifs -------------------------------------------------------------------------
