"""The media pipeline: untrusted pictures in, two clean JPEG renditions out; placeholders."""

from __future__ import annotations

import hashlib
import io
import random
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageCms, ImageDraw, ImageFont, features

from kiosk.assets.fonts import FONTS_DIR
from kiosk.content.types import Rendition, RenditionKind
from kiosk.media.errors import MediaError
from kiosk.media.placeholder import MOTIFS, draw_placeholder
from kiosk.media.renditions import DARK, MAX_INPUT_BYTES, render_photo

LABEL = "示意图 · 占位 PLACEHOLDER"


@pytest.fixture(scope="module")
def bold_font() -> Path:
    path = FONTS_DIR / "NotoSansSC-Bold.otf"
    assert path.exists(), "run assets/fonts/make_font_subset.py"
    return path


def picture(size: tuple[int, int], mode: str = "RGB") -> Image.Image:
    """A picture with structure (not flat), so encoders and resizers do real work."""
    image = Image.new(mode, size, "white" if mode != "RGBA" else (255, 255, 255, 255))
    draw = ImageDraw.Draw(image)
    w, h = size
    for i in range(0, w, max(1, w // 16)):
        draw.rectangle((i, 0, i + w // 32, h), fill=(i * 255 // w, 90, 160) + (
            (255,) if mode == "RGBA" else ()))
    draw.ellipse((w // 4, h // 4, 3 * w // 4, 3 * h // 4), outline="black", width=max(1, w // 100))
    return image


def encode(image: Image.Image, fmt: str, **params: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **params)
    return out.getvalue()


def decode(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


def check_rendition(rendered, kind: RenditionKind, box: int) -> Image.Image:
    image = decode(rendered.data)
    assert image.format == "JPEG"
    assert rendered.kind is kind
    assert rendered.mime == "image/jpeg"
    assert (image.width, image.height) == (rendered.width, rendered.height)
    assert max(image.size) <= box
    assert rendered.sha256 == hashlib.sha256(rendered.data).hexdigest()
    assert not image.getexif(), "renditions carry no EXIF"
    return image


# --- valid pictures ---------------------------------------------------------------------


def test_large_jpeg_gives_display_and_thumb_with_its_aspect_ratio():
    data = encode(picture((5200, 3900)), "JPEG", quality=80)  # big enough to decode at 1/2
    photo = render_photo(data, name="camera.jpg")

    assert photo.original_sha256 == hashlib.sha256(data).hexdigest()
    assert photo.source_format == "JPEG"
    assert (photo.source_width, photo.source_height) == (5200, 3900)
    display = check_rendition(photo.display, RenditionKind.DISPLAY, 2560)
    thumb = check_rendition(photo.thumb, RenditionKind.THUMB, 960)
    assert display.size == (2560, 1920)
    assert thumb.size == (960, 720)
    assert not display.info.get("progressive"), "baseline: the kiosk decodes it at the size shown, fast"
    assert [r.kind for r in photo.renditions] == [RenditionKind.DISPLAY, RenditionKind.THUMB]
    assert photo.display.rendition() == Rendition(
        RenditionKind.DISPLAY, photo.display.sha256, 2560, 1920, "image/jpeg"
    )


def test_large_jpeg_is_decoded_at_a_reduced_scale():
    from kiosk.media.renditions import _decode

    data = encode(picture((5200, 3900)), "JPEG", quality=80)
    image, source_format, stored = _decode(data, "camera.jpg")
    assert stored == (5200, 3900)
    assert image.size == (2600, 1950), "Image.draft should decode at 1/2 scale"


def test_portrait_png_keeps_its_aspect_ratio():
    photo = render_photo(encode(picture((1000, 3000)), "PNG"), name="scan.png")
    assert photo.source_format == "PNG"
    for rendered, box in ((photo.display, 2560), (photo.thumb, 960)):
        check_rendition(rendered, rendered.kind, box)
        assert rendered.height == box
        assert rendered.width / rendered.height == pytest.approx(1 / 3, abs=0.003)


def test_small_picture_is_not_upscaled():
    photo = render_photo(encode(picture((300, 200)), "JPEG"), name="small.jpg")
    assert (photo.display.width, photo.display.height) == (300, 200)
    assert (photo.thumb.width, photo.thumb.height) == (300, 200)


def test_exif_rotated_jpeg_comes_out_upright():
    # Stored sideways: red on the left, blue on the right, Orientation 6 ("rotate 90° CW").
    stored = Image.new("RGB", (800, 400), (220, 20, 20))
    stored.paste((20, 20, 220), (400, 0, 800, 400))
    exif = Image.Exif()
    exif[0x0112] = 6
    photo = render_photo(encode(stored, "JPEG", exif=exif.tobytes()), name="phone.jpg")

    upright = check_rendition(photo.display, RenditionKind.DISPLAY, 2560)
    assert upright.size == (400, 800)
    top, bottom = upright.getpixel((200, 100)), upright.getpixel((200, 700))
    assert top[0] > 180 > top[2], f"the left (red) side should now be on top, got {top}"
    assert bottom[2] > 180 > bottom[0], f"the right (blue) side should be below, got {bottom}"
    assert (photo.source_width, photo.source_height) == (400, 800)


def test_transparency_is_flattened_on_the_chosen_background():
    clear = encode(Image.new("RGBA", (64, 64), (255, 0, 0, 0)), "PNG")
    on_white = decode(render_photo(clear).thumb.data).getpixel((32, 32))
    on_dark = decode(render_photo(clear, background=DARK).thumb.data).getpixel((32, 32))
    assert min(on_white) > 245
    assert max(on_dark) < 40


@pytest.mark.skipif(not features.check("webp"), reason="Pillow built without WebP")
def test_webp_is_accepted():
    photo = render_photo(encode(picture((900, 600)), "WEBP", quality=80), name="web.webp")
    assert photo.source_format == "WEBP"
    assert (photo.display.width, photo.display.height) == (900, 600)


def test_camera_mpo_is_read_as_jpeg():
    first, second = picture((3000, 2000)), Image.new("RGB", (3000, 2000), "blue")
    data = encode(first, "MPO", save_all=True, append_images=[second])
    photo = render_photo(data, name="camera.jpg")
    assert photo.source_format == "JPEG"
    assert (photo.display.width, photo.display.height) == (2560, 1707)
    r, g, b = decode(photo.thumb.data).getpixel((320, 213))
    assert not (r < 30 and g < 30 and b > 220), "the first frame, not the blue second one"


def test_same_input_gives_same_renditions():
    data = encode(picture((1200, 800)), "PNG")
    assert render_photo(data).display.sha256 == render_photo(data).display.sha256


# --- bad input --------------------------------------------------------------------------


def truncated_jpeg() -> bytes:
    data = encode(picture((1600, 1200)), "JPEG", quality=92)
    return data[: len(data) // 2]


def random_bytes() -> bytes:
    return random.Random(20240501).randbytes(50_000)


def text_file() -> bytes:
    return "湖南税务“一局一品”\nThis is a caption, not a picture.\n".encode() * 20


def hundred_megapixel_png() -> bytes:
    return encode(Image.new("1", (10_000, 10_000)), "PNG")  # ~12 KB on disk


def gif_file() -> bytes:
    return encode(picture((64, 64)).convert("P"), "GIF")


def html_page() -> bytes:
    return b"<!DOCTYPE html>\n<html><body><img src='x.jpg'></body></html>\n"


def png_with_bad_crc() -> bytes:
    """A PNG whose image data's checksum is wrong (the pixels themselves would still decode)."""
    data = bytearray(encode(picture((300, 200)), "PNG"))
    at = data.find(b"IDAT")
    length = int.from_bytes(data[at - 4:at], "big")
    data[at + 4 + length] ^= 0xFF  # the first byte of the chunk's CRC
    return bytes(data)


def png_with_bad_header_crc() -> bytes:
    data = bytearray(encode(picture((300, 200)), "PNG"))
    data[data.find(b"IHDR") + 4 + 13] ^= 0x01
    return bytes(data)


BAD_INPUTS = {
    "truncated-jpeg": (truncated_jpeg, "truncated JPEG"),
    "random-bytes": (random_bytes, "not a JPEG, PNG or WebP"),
    "text-file": (text_file, "text file"),
    "100-megapixel-png": (hundred_megapixel_png, "too large (100 megapixels; the limit is 89"),
    "gif": (gif_file, "GIF"),
    "empty": (lambda: b"", "empty"),
    "html-named-jpg": (html_page, "an HTML page, not an image"),
    "png-bad-data-crc": (png_with_bad_crc, "damaged PNG: bad checksum"),
    "png-bad-header-crc": (png_with_bad_header_crc, "damaged PNG"),
}


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_raises_media_error_with_one_line_message(case):
    make, expected = BAD_INPUTS[case]
    data = make()
    assert len(data) < 20_000_000
    with pytest.raises(MediaError) as caught:
        render_photo(data, name="photo.jpg")
    message = str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert "\n" not in message and message.strip() == message
    assert message.startswith("photo.jpg ")
    assert expected in message


def test_input_over_80_mb_is_refused_before_decoding():
    data = encode(picture((64, 64)), "PNG")
    data += b"\0" * (MAX_INPUT_BYTES + 1 - len(data))
    with pytest.raises(MediaError, match=r"too large .*80 MB"):
        render_photo(data, name="huge.png")


def test_a_name_with_control_characters_stays_one_line():
    with pytest.raises(MediaError) as caught:
        render_photo(b"nope", name="evil\nname.jpg")
    assert "\n" not in str(caught.value)


# --- placeholders -----------------------------------------------------------------------


@pytest.fixture(scope="module")
def drawn(bold_font) -> dict[str, bytes]:
    return {
        motif: draw_placeholder(motif=motif, colour="#3f7d3a", title="种子", subtitle="Huaihua",
                                label=LABEL, font_path=bold_font, size=(800, 500))
        for motif in MOTIFS
    }


def test_the_motifs_are_the_ones_the_exhibition_names():
    """Every motif the default exhibition asks for is drawn, and none is drawn that it never asks for."""
    from kiosk.services.seeding import default_exhibition_data, placeholder_requests

    asked = {request.motif for request in placeholder_requests(default_exhibition_data()).values()}
    assert asked == set(MOTIFS)


@pytest.mark.parametrize("motif", MOTIFS)
def test_every_motif_draws_and_goes_through_the_pipeline(drawn, motif):
    image = decode(drawn[motif])
    assert image.format == "PNG" and image.size == (800, 500) and image.mode == "RGB"
    photo = render_photo(drawn[motif], name=f"{motif}.png")
    assert (photo.display.width, photo.display.height) == (800, 500)
    assert (photo.thumb.width, photo.thumb.height) == (800, 500)  # never enlarged


def test_every_motif_is_different(drawn):
    images = {motif: decode(data) for motif, data in drawn.items()}
    for a in MOTIFS:
        for b in MOTIFS:
            if a < b:
                assert ImageChops.difference(images[a], images[b]).getbbox(), (a, b)


def test_placeholder_mark_is_in_the_image(drawn):
    # The tag in the top-left corner is near-white on a dark colour.
    corner = decode(drawn["seed"]).crop((40, 30, 200, 60)).convert("L")
    assert corner.getextrema()[1] > 240
    assert sum(corner.histogram()[241:]) > corner.width * corner.height // 3


def test_bundled_font_renders_the_placeholder_text_without_boxes(bold_font):
    font = ImageFont.truetype(str(bold_font), 40)

    def glyph(ch: str) -> bytes:
        image = Image.new("L", (60, 60))
        ImageDraw.Draw(image).text((5, 5), ch, font=font, fill=255)
        return image.tobytes()

    tofu = glyph("\ue000")  # a private-use character: drawn as the .notdef box
    assert tofu != glyph(" ")
    for ch in "示意图占位种子半条被子湘潭五彩·“”—":
        assert glyph(ch) != tofu, f"{ch!r} renders as a box"


def test_long_title_shrinks_and_wraps_inside_the_picture(bold_font):
    title = "湖南省税务局“一局一品”党建品牌创建新画卷，传承红色基因、明规执纪守正" * 2
    subtitle = "Hunan Provincial Tax Service: a new picture of party-building brands " * 3
    image = decode(draw_placeholder(motif="path", colour="#224466", title=title,
                                    subtitle=subtitle, label=LABEL, font_path=bold_font))
    # White text never reaches the right-hand margin (the background there is dark blue).
    strip = image.crop((image.width - 50, image.height // 2, image.width, image.height))
    assert strip.convert("L").getextrema()[1] < 160


def _subtitle_ink_width(image: Image.Image) -> int:
    """How wide the subtitle's white ink is: the bottom line of the caption, over a dark art."""
    band = image.crop((0, 880, image.width, 935)).convert("L").point(lambda v: 255 if v > 170 else 0)
    box = band.getbbox()
    assert box is not None, "no subtitle drawn"
    return box[2] - box[0]


def test_english_subtitle_is_set_in_the_latin_face(bold_font):
    # The Chinese face's ’ “ ” are full-width: "Building’s" read "Building’ s" on the seeded art.
    latin = FONTS_DIR / "NotoSans-Bold.ttf"

    def width(subtitle: str, latin_font_path: Path | None) -> int:
        return _subtitle_ink_width(decode(draw_placeholder(
            motif="pages", colour="#5b3a1e", title="党建“三篇文章”", subtitle=subtitle, label=LABEL,
            font_path=bold_font, latin_font_path=latin_font_path)))

    quoted, plain = "Party Building’s “Three Essays”", "Party Buildings Three Essays"
    # Three quotation marks take about one em of the 46 px subtitle in the Latin face (52 px) …
    assert width(quoted, latin) - width(plain, latin) < 75
    # … and more than twice that in the Chinese one (112 px), which a subtitle with Chinese keeps.
    assert width(quoted, None) - width(plain, None) > 95
    assert width("怀化 Huaihua", latin) == width("怀化 Huaihua", None)


def test_light_colour_gets_dark_ink(bold_font):
    image = decode(draw_placeholder(motif="seed", colour="#f2e6c8", title="种子",
                                    subtitle="Huaihua", label=LABEL, font_path=bold_font,
                                    size=(1000, 1600)))
    assert image.size == (1000, 1600)
    caption = image.crop((70, 1380, 300, 1520)).convert("L")
    assert caption.getextrema()[0] < 80, "the title should be dark on a light colour"


def test_unknown_motif_and_bad_colour_raise(bold_font):
    common = dict(title="种子", subtitle="Huaihua", label=LABEL, font_path=bold_font)
    with pytest.raises(ValueError, match="unknown placeholder motif 'star'"):
        draw_placeholder(motif="star", colour="#3f7d3a", **common)
    with pytest.raises(ValueError, match="colour"):
        draw_placeholder(motif="seed", colour="green", **common)


def _jpeg_segments(data: bytes) -> list[int]:
    """The markers of a JPEG's header segments, up to the image data."""
    markers, at = [], 2
    while at < len(data) and data[at] == 0xFF and data[at + 1] != 0xDA:
        markers.append(data[at + 1])
        at += 2 + int.from_bytes(data[at + 2:at + 4], "big")
    return markers


def test_renditions_carry_no_metadata_at_all():
    """GPS position, camera EXIF, comment, colour profile: none survives into the renditions."""
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"
    exif[0x8825] = {1: "N", 2: (28.0, 12.0, 0.0), 3: "E", 4: (112.0, 58.0, 0.0)}  # GPS
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = encode(
        picture((1200, 900)), "JPEG", exif=exif.tobytes(), icc_profile=srgb, comment=b"owner: someone"
    )
    photo = render_photo(data, name="camera.jpg")
    for rendered in photo.renditions:
        assert _jpeg_segments(rendered.data)[0] == 0xE0  # JFIF only …
        assert not set(_jpeg_segments(rendered.data)) & {0xE1, 0xE2, 0xED, 0xFE}  # no APP1/2/13, COM
        assert b"someone" not in rendered.data and b"CameraMaker" not in rendered.data
        assert set(decode(rendered.data).info) <= {"jfif", "jfif_version", "jfif_unit", "jfif_density",
                                                   "progressive", "progression"}
