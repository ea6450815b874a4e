"""Renders a flat Iranian car plate (RGBA, 520x114): blue band with flag and I.R. IRAN,
two digits, the letter, three digits, and the region box with ایران over two digits."""
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from .charset import DIGITS, LETTERS
from .paths import REPO

W, H = 520, 114
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
FONT_FILES = [
    *[REPO / "node_modules" / "vazirmatn" / "fonts" / "ttf" / f"Vazirmatn-{w}.ttf"
      for w in ("Medium", "SemiBold", "Bold", "ExtraBold", "Black")],
    Path("/usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Bold.ttf"),
    Path("/usr/share/fonts/truetype/noto/NotoKufiArabic-Bold.ttf"),
    Path("/usr/share/fonts/truetype/farsiweb/homa.ttf"),
    Path("/usr/share/fonts/truetype/farsiweb/titr.ttf"),
    Path("/usr/share/fonts/truetype/farsiweb/nazlib.ttf"),
]
SYMBOL_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
WHITE, BLACK = (235, 235, 230), (20, 20, 20)
# Background and ink per letter: private white, taxi/public yellow, government red, police green,
# army olive, defence and diplomatic blue.
SCHEMES = {"الف": ((190, 30, 35), WHITE), "پ": ((10, 100, 60), WHITE), "ت": ((240, 200, 30), BLACK),
           "ع": ((240, 200, 30), BLACK), "ش": ((110, 105, 60), WHITE), "ز": ((25, 75, 165), WHITE),
           "D": ((20, 120, 190), WHITE), "S": ((20, 120, 190), WHITE)}


def random_text(rng):
    # Plate number groups never start with zero (lib/parking/plate.ts rejects it too).
    d = lambda n: str(rng.integers(1, 10)) + "".join(DIGITS[i] for i in rng.integers(0, 10, n - 1))
    return d(2) + LETTERS[rng.integers(len(LETTERS))] + d(3) + "-" + str(rng.integers(10, 100))


def check_fonts():
    """Fails early with the fix when a font is missing (e.g. a fresh clone before `npm ci`)."""
    missing = [str(p) for p in FONT_FILES if not p.exists()]
    if missing:
        raise SystemExit(f"synthetic plates need these fonts: {missing}. Run `npm ci` in the repository "
                         "(Vazirmatn comes from npm) and `sh ml/install-generator-deps.sh` (Debian fonts).")


@lru_cache(maxsize=None)
def load_font(font_path):
    return ImageFont.truetype(str(font_path), 160)


def glyph_mask(text, font_path, height, max_width):
    """Renders text large, trims it and scales it to the given height (narrower if it must fit)."""
    font = load_font(font_path)
    canvas = Image.new("L", (900, 360), 0)
    ImageDraw.Draw(canvas).text((40, 40), text, font=font, fill=255)
    box = canvas.getbbox()
    if box is None:
        return None
    glyph = canvas.crop(box)
    w = min(max_width, max(2, round(glyph.width * height / glyph.height)))
    return glyph.resize((w, height), Image.LANCZOS)


def paste_digit(plate, digit, font, centre_x, top, height, ink):
    """The plate zero is a small dot-like oval, not a full-height glyph."""
    if digit == "0":
        top, height = top + height * 0.35, int(height * 0.3)
    paste_text(plate, PERSIAN_DIGITS[int(digit)], font, centre_x, top, height, 42 if digit != "0" else 20, ink)


def paste_text(plate, text, font, centre_x, top, height, max_width, ink):
    mask = glyph_mask(text, font, height, max_width)
    if mask is not None:
        plate.paste(Image.new("RGB", mask.size, ink), (int(centre_x - mask.width / 2), int(top)), mask)


def draw_band(draw, plate):
    draw.rectangle([4, 4, 48, H - 5], fill=(20, 60, 170))
    for i, colour in enumerate([(30, 150, 60), (240, 240, 240), (210, 30, 40)]):
        draw.rectangle([10, 12 + i * 9, 42, 20 + i * 9], fill=colour)
    for text, top in (("I.R.", 64), ("IRAN", 84)):
        paste_text(plate, text, SYMBOL_FONT, 26, top, 12, 36, (240, 240, 240))


def render_plate(text, rng):
    """Returns (RGBA PIL image, text). text is canonical, e.g. '12ب345-67'."""
    head, letter, tail, region = text[:2], text[2:-6], text[-6:-3], text[-2:]
    bg, ink = SCHEMES.get(letter, (WHITE, BLACK))
    bg = tuple(int(np.clip(c + rng.integers(-15, 16), 0, 255)) for c in bg)
    font = FONT_FILES[rng.integers(len(FONT_FILES))]
    plate = Image.new("RGB", (W, H), bg)
    draw = ImageDraw.Draw(plate)
    draw.rounded_rectangle([0, 0, W - 1, H - 1], 8, outline=(15, 15, 15), width=4)
    draw_band(draw, plate)
    draw.line([420, 4, 420, H - 5], fill=ink, width=3)
    glyph_h = int(rng.integers(62, 80))
    top = (H - glyph_h) / 2 + rng.integers(-4, 5)
    xs = [78, 122, 0, 262, 306, 350]
    for x, c in zip(xs[:2] + xs[3:], head + tail):
        paste_digit(plate, c, font, x + rng.integers(-2, 3), top, glyph_h, ink)
    letter_font = SYMBOL_FONT if letter in ("♿", "D", "S") else font
    paste_text(plate, letter, letter_font, 192, top + glyph_h * 0.1, int(glyph_h * 0.8), 84, ink)
    paste_text(plate, "ایران", font, 467, 10, 20, 70, ink)
    for x, c in zip((448, 487), region):
        paste_digit(plate, c, font, x, 38, 62, ink)
    alpha = Image.new("L", (W, H), 0)
    ImageDraw.Draw(alpha).rounded_rectangle([0, 0, W - 1, H - 1], 8, fill=255)
    plate.putalpha(alpha)
    return add_dirt(plate, rng), text


def add_dirt(plate, rng):
    if rng.random() > 0.3:
        return plate
    rgba = np.array(plate).astype(np.float32)
    yy, xx = np.mgrid[0:H, 0:W]
    for _ in range(rng.integers(1, 6)):
        cx, cy, r = rng.uniform(0, W), rng.uniform(0, H), rng.uniform(5, 40)
        a = 0.6 * np.exp(-((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r))[..., None]
        rgba[..., :3] = rgba[..., :3] * (1 - a) + np.float32([90, 75, 55]) * a
    return Image.fromarray(rgba.astype(np.uint8), "RGBA")
