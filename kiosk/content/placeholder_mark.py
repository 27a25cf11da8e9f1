"""Where placeholder artwork carries its "示意图 · 占位 PLACEHOLDER" mark, as fractions of the picture.

The art (kiosk/media/placeholder.py) draws its mark and the dashed rule under it inside `MARK`;
a Home tile lays a legible chip over exactly that box, since the art's own mark is too small to
read on a tile. One definition for both, so neither guesses where the other draws.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MarkBox:
    left: float
    top: float
    width: float  # the mark's usual width; a chip may grow to `max_width` to fit its words
    height: float
    max_width: float  # the art's motif starts to the right of this

    def as_list(self) -> list[float]:
        return [self.left, self.top, self.width, self.height, self.max_width]


MARK = MarkBox(left=0.03, top=0.05, width=0.31, height=0.095, max_width=0.40)
