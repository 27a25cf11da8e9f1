"""Placeholder art draws its mark inside the box a Home tile covers with a legible chip
(kiosk/content/placeholder_mark.py): one definition, checked against the pixels drawn."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kiosk.content.placeholder_mark import MARK
from kiosk.media.placeholder import MOTIFS, draw_placeholder
from kiosk.services.seeding import PLACEHOLDER_LABEL, PLACEHOLDER_SIZE, placeholder_font


@pytest.mark.parametrize(
    ("colour", "tag_is_light"), [("#9b1c1c", True), ("#e8d9a8", False)], ids=["dark ground", "light ground"]
)
@pytest.mark.parametrize("size", [PLACEHOLDER_SIZE, (1600, 1000)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_mark_lies_inside_the_box_tiles_cover(
    colour: str, tag_is_light: bool, size: tuple[int, int]
) -> None:
    art = Image.open(io.BytesIO(draw_placeholder(
        motif=MOTIFS[0], colour=colour, title="怀化", subtitle="Huaihua", label=PLACEHOLDER_LABEL,
        font_path=placeholder_font(), size=size,
    ))).convert("L")
    w, h = size
    # The mark is a solid tag contrasting the ground (white on dark, near-black on light) with a
    # dashed rule under it; the motif starts right of 44 % across, the title below 40 % down.
    region = art.crop((0, 0, round(0.44 * w), round(0.40 * h)))
    tag = region.point(lambda v: 255 if (v > 225 if tag_is_light else v < 70) else 0)
    bbox = tag.getbbox()
    assert bbox is not None, "no mark drawn"
    left, top, right, bottom = bbox
    assert right - left > 0.15 * w, "the tag is found, not a stray pixel"
    assert left >= MARK.left * w and top >= MARK.top * h, (bbox, size)
    assert right <= (MARK.left + MARK.width) * w and bottom <= (MARK.top + MARK.height) * h, (bbox, size)
