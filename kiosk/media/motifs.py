"""Flat, light-stroke motifs for placeholder artwork, one per bureau theme.

Each motif draws into a square box in unit coordinates (0..1, y down) through a `Pen`,
so it scales to any canvas. Motifs are symbols of the bureaus' brands — a seed, a train,
a half quilt — never emblems, flags or stars.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from kiosk.media.pen import Pen, bezier, gear, lens, stadium, wave


def seed(pen: Pen) -> None:
    pen.line([(0.12, 0.84), (0.88, 0.84)], 0.8, 0.6)
    pen.shape(bezier((0.3, 0.84), (0.5, 0.74), (0.7, 0.84)), 0.12, 0)
    pen.shape(lens((0.4, 0.8), (0.58, 0.74), 0.35), 0.3)
    stem = bezier((0.5, 0.76), (0.46, 0.55), (0.52, 0.26))
    pen.line(stem, 1.2)
    pen.shape(lens((0.485, 0.6), (0.27, 0.47), 0.28), 0.2)
    pen.shape(lens((0.49, 0.5), (0.72, 0.38), 0.28), 0.2)
    ear = bezier((0.52, 0.26), (0.64, 0.12), (0.76, 0.3))
    pen.line(ear, 0.8)
    for i in range(3, len(ear) - 2, 6):
        x, y = ear[i]
        pen.shape(lens((x, y), (x + 0.05, y - 0.035), 0.3), 0.3, 0.9, 0.7)
        pen.shape(lens((x, y), (x - 0.015, y + 0.055), 0.3), 0.3, 0.9, 0.7)


def train(pen: Pen) -> None:
    pen.line([(0.04, 0.76), (0.96, 0.76)])
    for i in range(12):
        x = 0.07 + i * 0.075
        pen.line([(x, 0.79), (x + 0.03, 0.79)], 0.8, 0.5)
    pen.shape([(0.1, 0.7), (0.1, 0.48), (0.3, 0.44), (0.38, 0.5), (0.4, 0.7)], 0.2)
    pen.rect(0.14, 0.5, 0.24, 0.58, 0.35, 0.8, 0.7, 0.01)
    pen.line([(0.1, 0.64), (0.395, 0.64)], 0.7, 0.7)
    for x0 in (0.44, 0.71):
        pen.rect(x0, 0.46, x0 + 0.24, 0.7, 0.16, 0.9, 1.0, 0.02)
        for i in range(3):
            wx = x0 + 0.03 + i * 0.07
            pen.rect(wx, 0.51, wx + 0.045, 0.58, 0.4, 0.8, 0.6, 0.008)
    for x in (0.16, 0.32, 0.5, 0.62, 0.77, 0.89):
        pen.circle((x, 0.72), 0.032, 0.5, 0.9, 0.9)
    for y in (0.5, 0.58, 0.66):
        pen.line([(-0.02 - (y - 0.5), y), (0.05, y)], 0.6, 0.45)


def waves(pen: Pen) -> None:
    pen.circle((0.7, 0.3), 0.1, 0.2)
    pen.arc((0.7, 0.3), 0.15, 200, 340, 0.6, 0.4)
    top = wave(0.56, 0.035, phase=0.0)
    pen.shape([*top, *wave(0.66, 0.03, phase=1.2)[::-1]], 0.12, 0)
    pen.line(top, 1.0)
    pen.line(wave(0.66, 0.03, phase=1.2), 0.9, 0.75)
    pen.line(wave(0.76, 0.025, 0.1, 0.9, phase=2.4), 0.8, 0.6)
    for x, y in ((0.22, 0.26), (0.3, 0.22)):
        pen.line(bezier((x - 0.035, y), (x - 0.015, y - 0.025), (x, y)), 0.6, 0.8)
        pen.line(bezier((x, y), (x + 0.015, y - 0.025), (x + 0.035, y)), 0.6, 0.8)


def mountains(pen: Pen) -> None:
    pen.circle((0.74, 0.24), 0.07, 0.25, 0.8)
    back = [(0.04, 0.8), (0.24, 0.44), (0.34, 0.56), (0.5, 0.32), (0.64, 0.52),
            (0.76, 0.42), (0.96, 0.8)]
    pen.shape(back, 0.1, 0.5, 0.8)
    front = [(0.1, 0.8), (0.36, 0.5), (0.46, 0.6), (0.6, 0.46), (0.9, 0.8)]
    pen.shape(front, 0.22)
    pen.line([(0.36, 0.5), (0.33, 0.6), (0.38, 0.66)], 0.7, 0.6)
    pen.line([(0.6, 0.46), (0.63, 0.56), (0.59, 0.64)], 0.7, 0.6)
    pen.line([(0.04, 0.8), (0.96, 0.8)])
    pen.line(bezier((0.3, 0.86), (0.5, 0.82), (0.7, 0.88)), 0.7, 0.55)


def bands(pen: Pen) -> None:
    tints = ((255, 170, 160), (255, 205, 140), (255, 236, 150), (170, 225, 170),
             (160, 200, 245))
    for i, rgb in enumerate(tints):
        y = 0.26 + i * 0.1
        upper = wave(y, 0.05, 0.06, 0.94, 1.0, 0.6)
        lower = wave(y + 0.07, 0.05, 0.06, 0.94, 1.0, 0.6)
        pen.shape(upper + lower[::-1], 0.75, 0.0, rgb=rgb)
        pen.line(upper, 0.6, 0.6)


def quilt(pen: Pen) -> None:
    for x0, dy in ((0.1, 0.02), (0.54, -0.02)):
        x1 = x0 + 0.36
        pen.rect(x0, 0.34 + dy, x1, 0.78 + dy, 0.14, 0.9, 1.0, 0.015)
        for i in range(1, 4):
            pen.line([(x0 + 0.09 * i, 0.34 + dy), (x0 + 0.09 * i, 0.78 + dy)], 0.5, 0.5)
        for j in range(1, 4):
            pen.line([(x0, 0.34 + dy + 0.11 * j), (x1, 0.34 + dy + 0.11 * j)], 0.5, 0.5)
        for i in range(4):
            for j in range(4):
                if (i + j) % 2 == 0:
                    pen.rect(x0 + 0.09 * i + 0.02, 0.34 + dy + 0.11 * j + 0.025,
                             x0 + 0.09 * (i + 1) - 0.02, 0.34 + dy + 0.11 * (j + 1) - 0.025,
                             0.22, 0.0)
    for k in range(9):
        y = 0.32 + k * 0.055
        pen.line([(0.5, y), (0.5, y + 0.025)], 0.7, 0.8)
    pen.circle((0.45, 0.2), 0.035, 0.0, 0.9, 0.9)
    pen.circle((0.55, 0.2), 0.035, 0.0, 0.9, 0.9)
    pen.line([(0.47, 0.17), (0.53, 0.05)], 0.9)
    pen.line([(0.53, 0.17), (0.47, 0.05)], 0.9)


def sunrise(pen: Pen) -> None:
    c = (0.5, 0.66)
    pen.shape([(c[0] + 0.2 * math.cos(math.radians(a)), c[1] - 0.2 * math.sin(math.radians(a)))
               for a in range(0, 181, 5)], 0.28)
    pen.arc(c, 0.28, 190, 350, 0.7, 0.55)
    pen.arc(c, 0.36, 200, 340, 0.5, 0.35)
    pen.line([(0.06, 0.66), (0.94, 0.66)])
    for i, half in enumerate((0.3, 0.22, 0.14, 0.07)):
        y = 0.72 + i * 0.05
        pen.line([(0.5 - half, y), (0.5 + half, y)], 0.7, 0.7 - i * 0.1)
    for x, y in ((0.16, 0.3), (0.78, 0.22)):
        pen.line([(x, y), (x + 0.12, y)], 0.7, 0.6)
        pen.line([(x + 0.04, y - 0.035), (x + 0.1, y - 0.035)], 0.7, 0.45)


def links(pen: Pen) -> None:
    for i, (x, angle) in enumerate(((0.2, -24), (0.5, 24), (0.8, -24))):
        pts = stadium((x, 0.5), 0.42, 0.12, angle)
        pen.shape(pts, 0.12 if i % 2 else 0.2, 0.95, 1.5)
        pen.shape(stadium((x, 0.5), 0.24, 0.04, angle), 0.0, 0.6, 0.9)


def branch(pen: Pen) -> None:
    stem = bezier((0.1, 0.84), (0.36, 0.7), (0.6, 0.44), (0.9, 0.2))
    pen.line(stem, 1.5)
    for i, t in enumerate((8, 15, 22, 29, 35)):
        x, y = stem[t]
        size = 0.13 - i * 0.012
        pen.shape(lens((x, y), (x - size * 0.55, y - size), 0.28), 0.22, 0.9, 0.8)
        pen.shape(lens((x, y), (x + size, y + size * 0.25), 0.28), 0.22, 0.9, 0.8)
    twig = bezier(stem[18], (0.62, 0.62), (0.74, 0.66))
    pen.line(twig, 0.9)
    pen.shape(lens(twig[-1], (0.84, 0.6), 0.3), 0.22, 0.9, 0.8)
    for x, y in ((0.91, 0.19), (0.2, 0.78)):
        pen.circle((x, y), 0.018, 0.5, 0.9, 0.7)


def geese(pen: Pen) -> None:
    pen.line([(0.04, 0.82), (0.96, 0.82)], 0.6, 0.4)
    pen.shape(bezier((0.08, 0.82), (0.25, 0.7), (0.42, 0.82)), 0.1, 0.45, 0.6)
    birds = [(0.76, 0.24, 1.0)]
    for k in range(1, 4):
        s = 1.0 - k * 0.12
        birds.append((0.76 - k * 0.17, 0.24 + k * 0.08, s))
        birds.append((0.76 - k * 0.13, 0.24 + k * 0.17, s))
    for x, y, s in birds:
        w = 0.085 * s
        pen.line(bezier((x - w, y - w * 0.2), (x - w * 0.5, y - w * 0.55), (x, y)), 0.9 * s)
        pen.line(bezier((x, y), (x + w * 0.45, y - w * 0.6), (x + w * 0.9, y - w * 0.45)),
                 0.9 * s)


def pages(pen: Pen) -> None:
    left = bezier((0.5, 0.34), (0.34, 0.26), (0.12, 0.32))
    right = bezier((0.88, 0.32), (0.66, 0.26), (0.5, 0.34))
    bottom_l = bezier((0.12, 0.74), (0.34, 0.68), (0.5, 0.76))
    bottom_r = bezier((0.5, 0.76), (0.66, 0.68), (0.88, 0.74))
    pen.shape(left + bottom_l, 0.18)
    pen.shape(right + bottom_r, 0.12)
    pen.line([(0.5, 0.34), (0.5, 0.76)], 1.0)
    for i in range(5):
        y = 0.4 + i * 0.06
        pen.line([(0.18, y), (0.44, y + 0.02)], 0.6, 0.55)
        pen.line([(0.56, y + 0.02), (0.82 if i < 4 else 0.7, y)], 0.6, 0.55)
    pen.shape([(0.72, 0.29), (0.72, 0.44), (0.75, 0.41), (0.78, 0.44), (0.78, 0.28)], 0.4, 0.8,
              0.7)


def pillars(pen: Pen) -> None:
    pen.rect(0.1, 0.78, 0.9, 0.84, 0.2)
    pen.rect(0.06, 0.84, 0.94, 0.9, 0.12)
    pen.rect(0.12, 0.22, 0.88, 0.3, 0.22)
    pen.line([(0.16, 0.16), (0.84, 0.16)], 0.8, 0.6)
    for i in range(5):
        x = 0.18 + i * 0.16
        pen.rect(x - 0.035, 0.34, x + 0.035, 0.74, 0.16)
        pen.rect(x - 0.05, 0.3, x + 0.05, 0.34, 0.3, 0.9, 0.8)
        pen.rect(x - 0.05, 0.74, x + 0.05, 0.78, 0.3, 0.9, 0.8)
        pen.line([(x, 0.38), (x, 0.7)], 0.5, 0.4)


def engine(pen: Pen) -> None:
    pen.shape(gear((0.4, 0.55), 0.25, 14), 0.18, 0.95, 1.2)
    pen.circle((0.4, 0.55), 0.11, 0.0, 0.9)
    pen.circle((0.4, 0.55), 0.035, 0.4, 0.9)
    pen.shape(gear((0.735, 0.3), 0.14, 9, 0.2), 0.12, 0.95, 1.1)
    pen.circle((0.735, 0.3), 0.05, 0.0, 0.9)
    pen.arc((0.4, 0.55), 0.34, 100, 160, 0.8, 0.6)
    pen.arc((0.4, 0.55), 0.4, 105, 150, 0.7, 0.4)
    pen.arc((0.735, 0.3), 0.22, -80, -10, 0.8, 0.6)


def path(pen: Pen) -> None:
    pen.line([(0.04, 0.42), (0.96, 0.42)], 0.7, 0.5)
    pen.shape([(0.04, 0.42), (0.2, 0.3), (0.32, 0.36), (0.5, 0.26), (0.7, 0.34),
               (0.82, 0.3), (0.96, 0.42)], 0.1, 0.45, 0.6)
    pen.circle((0.66, 0.2), 0.05, 0.2, 0.7, 0.8)
    left = bezier((0.49, 0.42), (0.36, 0.56), (0.62, 0.66), (0.14, 0.94))
    right = bezier((0.51, 0.42), (0.46, 0.56), (0.9, 0.64), (0.7, 0.94))
    pen.shape(left + right[::-1], 0.18, 0.9)
    centre = bezier((0.5, 0.44), (0.42, 0.56), (0.76, 0.66), (0.42, 0.94))
    for i in range(2, len(centre) - 3, 5):
        pen.line(centre[i:i + 3], 0.4 + i * 0.02, 0.7)


def hall(pen: Pen) -> None:
    pen.rect(0.14, 0.78, 0.86, 0.84, 0.2)
    pen.rect(0.08, 0.84, 0.92, 0.9, 0.12)
    roof = (bezier((0.06, 0.38), (0.2, 0.44), (0.3, 0.28)) + [(0.7, 0.28)]
            + bezier((0.7, 0.28), (0.8, 0.44), (0.94, 0.38)))
    pen.shape([*roof, (0.84, 0.46), (0.16, 0.46)], 0.22)
    pen.line([(0.28, 0.24), (0.72, 0.24)], 1.2)
    pen.line([(0.26, 0.2), (0.3, 0.24)], 1.0)
    pen.line([(0.74, 0.2), (0.7, 0.24)], 1.0)
    pen.rect(0.2, 0.46, 0.8, 0.51, 0.25, 0.8, 0.8)
    for x in (0.24, 0.38, 0.62, 0.76):
        pen.rect(x - 0.02, 0.51, x + 0.02, 0.78, 0.2, 0.9, 0.8)
    pen.rect(0.44, 0.56, 0.56, 0.78, 0.3, 0.9, 0.8)
    pen.line([(0.5, 0.56), (0.5, 0.78)], 0.6, 0.6)


def hands(pen: Pen) -> None:
    pen.line([(0.04, 0.84), (0.96, 0.84)], 0.7, 0.5)
    xs = (0.17, 0.39, 0.61, 0.83)
    for i, x in enumerate(xs):
        h = 1.0 if i % 2 == 0 else 0.9
        top = 0.84 - 0.5 * h
        pen.circle((x, top + 0.06), 0.055, 0.3, 0.9)
        pen.shape([(x - 0.06, top + 0.16), (x + 0.06, top + 0.16), (x + 0.08, top + 0.36),
                   (x - 0.08, top + 0.36)], 0.2, 0.9, 0.9)
        pen.line([(x - 0.03, top + 0.36), (x - 0.04, 0.84)], 1.0)
        pen.line([(x + 0.03, top + 0.36), (x + 0.04, 0.84)], 1.0)
        if i + 1 < len(xs):
            nxt = xs[i + 1]
            pen.line(bezier((x + 0.06, top + 0.18), (x + 0.1, top + 0.3),
                            ((x + nxt) / 2, top + 0.28)), 1.0)
            pen.line(bezier(((x + nxt) / 2, top + 0.28), (nxt - 0.1, top + 0.3),
                            (nxt - 0.06, top + 0.18)), 1.0)
            pen.circle(((x + nxt) / 2, top + 0.28), 0.014, 0.8, 0.9, 0.6)


def memorial(pen: Pen) -> None:
    pen.rect(0.22, 0.84, 0.78, 0.9, 0.12)
    pen.rect(0.3, 0.78, 0.7, 0.84, 0.18)
    pen.rect(0.38, 0.72, 0.62, 0.78, 0.22)
    pen.shape([(0.44, 0.72), (0.46, 0.22), (0.5, 0.14), (0.54, 0.22), (0.56, 0.72)], 0.22)
    pen.rect(0.475, 0.3, 0.525, 0.6, 0.3, 0.6, 0.6, 0.01)
    for x in (0.16, 0.84):
        for k, (w, y) in enumerate(((0.1, 0.54), (0.08, 0.46), (0.06, 0.38))):
            pen.shape([(x - w, y + 0.14 + k * 0.01), (x, y), (x + w, y + 0.14 + k * 0.01)],
                      0.16, 0.9, 0.9)
        pen.line([(x, 0.69), (x, 0.84)], 1.0)
    pen.arc((0.5, 0.78), 0.1, 200, 340, 0.6, 0.4)


MOTIF_FUNCTIONS: dict[str, Callable[[Pen], None]] = {
    "seed": seed, "train": train, "waves": waves, "mountains": mountains, "bands": bands,
    "quilt": quilt, "sunrise": sunrise, "links": links, "branch": branch, "geese": geese,
    "pages": pages, "pillars": pillars, "engine": engine, "path": path, "hall": hall,
    "hands": hands, "memorial": memorial,
}
