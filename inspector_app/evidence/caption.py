"""The caption strip (说明条) of a copy that leaves the office with a notice: a white band under the
picture with the capture time and the unit, so that the copy still says what it shows when it is
printed or forwarded on its own."""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from inspector_app.paths import bundled_font

FACE = "wqy-microhei.ttc"


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(bundled_font(FACE)), size)


def add_caption(img: Image.Image, text: str) -> Image.Image:
    """`img` with a strip below it holding `text` on one line (shortened with … if it does not fit)."""
    strip = max(28, round(img.width * 0.055))
    font = _font(round(strip * 0.55))
    pad = round(strip * 0.3)
    shown = text
    while shown and font.getlength(shown) > img.width - 2 * pad:
        shown = shown[:-2] + "…"
    out = Image.new("RGB", (img.width, img.height + strip), "white")
    out.paste(img.convert("RGB"), (0, 0))
    ImageDraw.Draw(out).text((pad, img.height + strip / 2), shown, fill=(20, 20, 20), font=font, anchor="lm")
    return out
