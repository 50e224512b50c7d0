"""Draw the application icon (a red seal-coloured tile, a document and a magnifying glass) as PNG and ICO."""

from pathlib import Path

from PIL import Image, ImageDraw

RED = (230, 0, 18)  # the notice red, Y80% M80%
OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"


def draw(size: int = 512) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    s = size / 512
    d.rounded_rectangle((16 * s, 16 * s, 496 * s, 496 * s), radius=96 * s, fill=RED)
    d.rectangle((120 * s, 92 * s, 340 * s, 400 * s), fill="white")              # the document
    for i in range(6):
        y = (140 + i * 40) * s
        d.line((150 * s, y, (310 - (i % 3) * 30) * s, y), fill=(90, 90, 90), width=int(12 * s))
    d.ellipse((250 * s, 230 * s, 400 * s, 380 * s), outline="white", width=int(30 * s))  # the lens
    d.line((380 * s, 360 * s, 450 * s, 430 * s), fill="white", width=int(40 * s))        # the handle
    return img


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    icon = draw()
    icon.resize((256, 256), Image.LANCZOS).save(OUT / "inspector.png")
    icon.save(OUT / "inspector.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
