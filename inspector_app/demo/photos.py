"""Evidence photos for the demo: office scenes drawn with Pillow, carrying real EXIF capture data."""

from __future__ import annotations

import io
import math
import random
from datetime import datetime

from PIL import Image, ImageDraw, ExifTags

SIZE = (800, 600)
CAMERAS = [("HUAWEI", "HUAWEI P60"), ("Xiaomi", "Xiaomi 14"), ("Apple", "iPhone 14"), ("Canon", "Canon EOS R50")]


def _screen(draw: ImageDraw.ImageDraw, box: tuple[int, int, int, int], code: str, rng: random.Random) -> None:
    x0, y0, x1, y1 = box
    if code == "computer_games":  # a card game: green felt and cards
        draw.rectangle(box, fill=(20, 110, 50))
        for i in range(7):
            cx = x0 + 10 + i * (x1 - x0 - 20) // 7
            draw.rectangle((cx, y0 + 30, cx + 22, y0 + 62), fill="white", outline="black")
    elif code in ("online_chat", "stocks_shopping_videos"):  # a chat window or a share chart
        draw.rectangle(box, fill=(235, 235, 235))
        for i in range(6):
            y = y0 + 10 + i * (y1 - y0 - 20) // 6
            left = rng.random() < 0.5
            draw.rounded_rectangle((x0 + (10 if left else 60), y, x1 - (60 if left else 10), y + 14),
                                   radius=5, fill=(150, 220, 120) if left else "white")
    else:  # an office document
        draw.rectangle(box, fill=(250, 250, 250))
        for i in range(8):
            y = y0 + 12 + i * 11
            draw.line((x0 + 10, y, x1 - 10 - rng.randint(0, 40), y), fill=(120, 120, 120), width=2)


def _clock(d: ImageDraw.ImageDraw, centre: tuple[int, int], r: int, when: datetime) -> None:
    """A wall clock showing the time the photo was taken."""
    cx, cy = centre
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(245, 245, 245), outline=(50, 50, 50), width=3)
    for hand, turns, length, width in (("h", (when.hour % 12 + when.minute / 60) / 12, 0.5, 4),
                                       ("m", when.minute / 60, 0.8, 2)):
        angle = math.tau * turns - math.pi / 2
        d.line((cx, cy, cx + r * length * math.cos(angle), cy + r * length * math.sin(angle)),
               fill=(20, 20, 20), width=width)


def draw_scene(code: str, when: datetime, rng: random.Random) -> Image.Image:
    """A plausible office scene for a violation type: desk, screen, a person or an empty chair, props."""
    img = Image.new("RGB", SIZE, (200 + rng.randint(0, 30), 200 + rng.randint(0, 30), 190))
    d = ImageDraw.Draw(img)
    d.rectangle((0, 380, 800, 600), fill=(150 + rng.randint(-20, 20), 120, 90))     # floor
    d.rectangle((60, 40, 300, 200), fill=(170, 200, 230), outline=(240, 240, 240), width=8)  # window
    _clock(d, (365, 95), 34, when)
    desk_y = 330 + rng.randint(-15, 15)
    d.rectangle((180, desk_y, 680, desk_y + 20), fill=(120, 80, 50))                    # desk top
    d.rectangle((200, desk_y + 20, 220, 560), fill=(100, 65, 40))
    d.rectangle((640, desk_y + 20, 660, 560), fill=(100, 65, 40))
    d.rectangle((420, desk_y - 150, 620, desk_y - 20), fill=(30, 30, 30))               # monitor
    _screen(d, (430, desk_y - 140, 610, desk_y - 30), code, rng)
    d.rectangle((505, desk_y - 20, 535, desk_y), fill=(40, 40, 40))
    absent = code in ("late", "left_early", "away_from_post", "window_unattended", "absent")
    if absent:  # an empty chair
        d.rectangle((300, desk_y + 30, 400, desk_y + 45), fill=(60, 60, 70))
        d.rectangle((300, desk_y - 60, 315, desk_y + 30), fill=(60, 60, 70))
    else:       # a person at the desk
        shirt = rng.choice([(40, 60, 120), (220, 220, 225), (90, 90, 90), (150, 40, 40)])
        d.ellipse((320, desk_y - 170, 380, desk_y - 110), fill=(230, 190, 160))
        d.rectangle((310, desk_y - 170, 390, desk_y - 150), fill=(30, 25, 20))
        d.rounded_rectangle((295, desk_y - 110, 405, desk_y + 40), radius=20, fill=shirt)
        if code == "sleeping_on_duty":
            d.ellipse((300, desk_y - 40, 400, desk_y + 5), fill=(230, 190, 160))
    if code == "mahjong_cards":  # a green table with tiles
        d.rectangle((80, 420, 420, 560), fill=(30, 120, 60))
        for i in range(12):
            d.rectangle((100 + i * 25, 440, 120 + i * 25, 468), fill=(245, 245, 230), outline=(30, 90, 40))
    if code == "lunch_drinking":  # bottles and glasses
        for i in range(3):
            d.rectangle((240 + i * 50, desk_y - 70, 262 + i * 50, desk_y), fill=(150, 30, 30))
            d.ellipse((243 + i * 50, desk_y - 90, 259 + i * 50, desk_y - 66), fill=(150, 30, 30))
    return img


def demo_photo(code: str, taken_at: datetime, rng: random.Random) -> bytes:
    """A JPEG of the scene with EXIF: camera make and model, capture time with its UTC offset."""
    img = draw_scene(code, taken_at, rng)
    make, model = rng.choice(CAMERAS)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = make
    exif[ExifTags.Base.Model] = model
    exif[ExifTags.Base.DateTime] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = taken_at.strftime("%Y:%m:%d %H:%M:%S")
    sub[ExifTags.Base.OffsetTimeOriginal] = "+08:00"
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=82, exif=exif)
    return buf.getvalue()
