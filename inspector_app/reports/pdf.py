"""A notice as a PDF that looks like the official document it is (GB/T 9704-2012): A4, the
156 × 225 mm type area filled by 22 lines of 28 characters, the red mark and rule, title,
主送, body with its heading faces, 附件说明, signature and date with room for the seal, 附注,
attachments (photo sheets) on pages of their own, the 版记 at the foot of the last page, and
"— N —" page numbers, odd pages right, even pages left. Output bytes are reproducible."""

from __future__ import annotations

import io
import math
import re
import unicodedata
from collections.abc import Callable

from reportlab.lib.colors import CMYKColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from inspector_app.reports.fonts import FontSet
from inspector_app.domain.chinese import chinese_date
from inspector_app.reports.model import Block, NoticeDocument, Photo, parse_body
from inspector_app.reports.title import title_lines as shaped_title

MM = 72 / 25.4
PAGE_W, PAGE_H = A4
LEFT = 28 * MM                      # 订口
TYPE_W, TYPE_H = 156 * MM, 225 * MM
TYPE_TOP = PAGE_H - 37 * MM         # 天头
TYPE_BOTTOM = TYPE_TOP - TYPE_H
LINES, CHARS = 22, 28
PITCH = TYPE_H / LINES              # ≈ 28.95 pt: the lines fill the type area
CELL = TYPE_W / CHARS               # ≈ 15.8 pt
BODY, TITLE, SMALL = 16, 22, 14     # 3号, 2号, 4号
RED = CMYKColor(0, 0.8, 0.8, 0)     # Y80% M80%
NO_START = set("，。、；：？！）》」』”’〕】…—·%‰,.;:?!)]}")
NO_END = set("（《「『“‘〔【([{")

PhotoSource = Callable[[Photo], bytes]  # the print-size image of a photo, its file's bytes


def wide(ch: str) -> bool:
    return unicodedata.east_asian_width(ch) in "WF"


def mark_size(org_mark: str) -> float:
    """The 发文机关标志's size in points: as large as fits the type area's width, at most 60."""
    return min(60.0, TYPE_W / max(1, len(org_mark)) * 0.96)


def photo_size(image: bytes, per_page: int) -> tuple[float, float]:
    """A photo's width and height on the sheet: the type area's width, or less where that would
    make it taller than one or two to a page (each with its caption) allow."""
    from PIL import Image
    with Image.open(io.BytesIO(image)) as img:
        ratio = img.height / img.width
    tallest = (15 if per_page == 1 else 7) * PITCH
    return (TYPE_W, TYPE_W * ratio) if TYPE_W * ratio <= tallest else (tallest / ratio, tallest)


def caption_lines(caption: str, width: Callable[[str], float], room: float) -> list[str]:
    """A photo's caption in lines broken between its parts (unit, time, behaviour, the team's
    credit in brackets), never inside one unless a part alone is too long."""
    parts = [p for p in re.split(r"(?<=　)|(?=（)", caption) if p]
    lines: list[str] = []
    for part in parts:
        if lines and width(lines[-1] + part.rstrip("　")) <= room:
            lines[-1] += part
        else:
            lines.append(part)
    out = []
    for line in lines:
        line = line.rstrip("　")
        while width(line) > room:   # a single part wider than the line: cut by characters
            k = len(line)
            while k > 1 and width(line[:k]) > room:
                k -= 1
            out.append(line[:k])
            line = line[k:]
        out.append(line)
    return out


def cells(text: str, size: float = BODY) -> float:
    """Width on the grid without a font at hand: a wide character one cell, any other half."""
    return sum(CELL if wide(ch) else CELL / 2 for ch in text) * size / BODY


Styled = list[tuple[str, str]]  # (role, character); a role ending in "+b" is drawn bold


def styled(role: str, text: str) -> Styled:
    return [(role, ch) for ch in text]


def plain(chars: Styled) -> str:
    return "".join(ch for _, ch in chars)


def _alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class Typesetter:
    """Measures and draws styled text, each character in its role's face or, where that face
    lacks the glyph, in the first fallback face that has it."""

    def __init__(self, canvas: Canvas, fonts: FontSet) -> None:
        self.c, self.fonts = canvas, fonts

    def advance(self, role: str, ch: str, size: float, grid: bool) -> float:
        if grid and wide(ch):
            return CELL * size / BODY
        return pdfmetrics.stringWidth(ch, self.fonts.face_for(role.removesuffix("+b"), ch).name, size)

    def width(self, chars: Styled, size: float, grid: bool = False) -> float:
        return sum(self.advance(role, ch, size, grid) for role, ch in chars)

    def draw(self, x: float, y: float, chars: Styled, size: float, grid: bool = False,
             extra: float = 0.0, color=black) -> None:
        """Draw with the baseline at y; `extra` widens every gap (justification)."""
        i = 0
        while i < len(chars):
            role = chars[i][0]
            j = i
            while j < len(chars) and chars[j][0] == role:
                j += 1
            part = chars[i:j]
            self._draw_role(x, y, role.removesuffix("+b"), plain(part), size, grid, extra, color, role.endswith("+b"))
            x += self.width(part, size, grid) + extra * len(part)
            i = j

    def _draw_role(self, x: float, y: float, role: str, text: str, size: float, grid: bool, extra: float,
                   color, bold: bool) -> None:
        if bold:  # faux bold: fill and stroke, inside a saved graphics state (text state outlives BT/ET)
            self.c.saveState()
            self.c.setStrokeColor(color)
            self.c.setLineWidth(size * 0.03)
        t = self.c.beginText(x, y)
        t.setFillColor(color)
        if bold:
            t.setTextRenderMode(2)
        for face, run in self.fonts.runs(role, text):
            t.setFont(face.name, size)
            spaces = [self.advance(role, ch, size, grid) - pdfmetrics.stringWidth(ch, face.name, size) + extra
                      for ch in run]
            i = 0
            while i < len(run):  # sub-runs of characters that take the same spacing
                j = i + 1
                while j < len(run) and math.isclose(spaces[j], spaces[i], abs_tol=0.01):
                    j += 1
                t.setCharSpace(spaces[i])
                t.textOut(run[i:j])
                i = j
        self.c.drawText(t)
        if bold:
            self.c.restoreState()

    def wrap(self, chars: Styled, size: float, grid: bool, first: float, rest: float) -> list[Styled]:
        """Lines that fit, never starting with closing punctuation nor ending with opening
        punctuation, and not splitting a run of digits or Latin letters."""
        lines: list[Styled] = []
        cur: Styled = []
        used, limit = 0.0, first
        for role, ch in chars:
            w = self.advance(role, ch, size, grid)
            if cur and used + w > limit + 0.01:
                carry: Styled = []
                if ch in NO_START or cur[-1][1] in NO_END:
                    carry, cur = cur[-1:], cur[:-1]
                elif _alnum(ch) and _alnum(cur[-1][1]):
                    k = len(cur)
                    while k > 0 and _alnum(cur[k - 1][1]):
                        k -= 1
                    if k > 0:
                        carry, cur = cur[k:], cur[:k]
                lines.append(cur)
                cur = carry + [(role, ch)]
                used, limit = self.width(cur, size, grid), rest
            else:
                cur.append((role, ch))
                used += w
        if cur:
            lines.append(cur)
        return lines


class NoticePdf:
    """Lays a NoticeDocument out, page by page, on the 22-line grid."""

    def __init__(self, doc: NoticeDocument, fonts: FontSet, photo_source: PhotoSource,
                 break_at: tuple[int, int] | None = None) -> None:
        self.doc, self.photo_source, self.break_at = doc, photo_source, break_at
        self.lonely_signature: tuple[int, int] | None = None
        self.body_end = (1, 0)
        self.buf = io.BytesIO()
        # the canvas's own initial font would be an unembedded Helvetica: start in the body face
        self.c = Canvas(self.buf, pagesize=A4, invariant=1, pageCompression=1,
                        initialFontName=fonts.faces["fangsong"].name, initialFontSize=BODY)
        self.c.setTitle(doc.title)
        self.c.setAuthor(doc.signature)
        self.c.setSubject(doc.number)
        self.t = Typesetter(self.c, fonts)
        self.page, self.line = 1, 0

    # --- the grid ----------------------------------------------------------------------------
    @staticmethod
    def baseline(line: int, size: float = BODY) -> float:
        """The baseline of grid line `line` (0 = top), the glyphs centred in the line."""
        return TYPE_TOP - line * PITCH - PITCH / 2 - 0.38 * size

    @staticmethod
    def line_below(y: float) -> int:
        """The first grid line whose top is at or below y."""
        return max(0, math.ceil((TYPE_TOP - y) / PITCH - 1e-6))

    def new_page(self) -> None:
        self.page_number()
        self.c.showPage()
        self.page, self.line = self.page + 1, 0

    def need(self, lines: int) -> None:
        forced = self.break_at is not None and self.page == self.break_at[0] and self.line >= self.break_at[1]
        if forced:
            self.break_at = None
        if forced or self.line + lines > LINES:
            self.new_page()

    def page_number(self) -> None:
        text = styled("song", f"— {self.page} —")
        width = self.t.width(text, SMALL)
        x = LEFT + TYPE_W - SMALL - width if self.page % 2 else LEFT + SMALL
        self.t.draw(x, TYPE_BOTTOM - 7 * MM - 0.35 * SMALL, text, SMALL)

    def xbs(self, text: str) -> Styled:
        """小标宋 text; the stand-in (a light 宋) is drawn a little heavier, as the real face is."""
        return styled("xbs" if self.t.fonts.faces["xbs"].standard else "xbs+b", text)

    def centred(self, line: int, chars: Styled, size: float, color=black) -> None:
        width = self.t.width(chars, size)
        self.t.draw(LEFT + (TYPE_W - width) / 2, self.baseline(line, size), chars, size, color=color)

    # --- the parts ---------------------------------------------------------------------------
    def header(self) -> None:
        doc = self.doc
        for role, text in (("fangsong", doc.copy_number), ("hei", doc.secrecy), ("hei", doc.urgency)):
            if text:
                self.t.draw(LEFT, self.baseline(self.line), styled(role, text), BODY, grid=True)
                self.line += 1
        size = mark_size(doc.org_mark)
        mark_top = TYPE_TOP - 35 * MM
        mark_base = mark_top - 0.88 * size
        if not doc.preprinted:
            mark = self.xbs(doc.org_mark)
            self.t.draw(LEFT + (TYPE_W - self.t.width(mark, size)) / 2, mark_base, mark, size, color=RED)
        number_line = self.line_below(mark_base - 0.12 * size - 2 * PITCH)
        if doc.number:
            self.centred(number_line, styled("fangsong", doc.number), BODY)
        rule_y = self.baseline(number_line) - 0.12 * BODY - 4 * MM
        self.c.setStrokeColor(RED)
        self.c.setLineWidth(1.0)
        self.c.line(LEFT, rule_y, LEFT + TYPE_W, rule_y)
        self.c.setStrokeColor(black)
        self.line = self.line_below(rule_y - 2 * PITCH)
        for chars in self.title_lines(doc.title):
            self.centred(self.line, chars, TITLE)
            self.line += 1
        self.line += 1
        self.paragraph(styled("fangsong", doc.recipients), indent=0)

    def title_lines(self, title: str) -> list[Styled]:
        """A long title shaped as a trapezoid or diamond, never breaking a word (reports.title)."""
        return [self.xbs(line) for line in
                shaped_title(title, lambda s: self.t.width(self.xbs(s), TITLE), TYPE_W * 0.92, TITLE)]

    def paragraph(self, chars: Styled, indent: int = 2, keep_with_next: bool = False) -> None:
        lines = self.t.wrap(chars, BODY, True, TYPE_W - indent * CELL, TYPE_W)
        if keep_with_next:
            self.need(2)
        for i, line in enumerate(lines):
            self.need(1)
            x = LEFT + (indent * CELL if i == 0 else 0)
            room = TYPE_W - (indent * CELL if i == 0 else 0)
            last = i == len(lines) - 1
            extra = 0.0 if last or len(line) < 2 else (room - self.t.width(line, BODY, True)) / (len(line) - 1)
            self.t.draw(x, self.baseline(self.line), line, BODY, grid=True, extra=extra)
            self.line += 1

    def block(self, block: Block) -> None:
        """A paragraph with its heading part in its level's face (一、 黑体, （一） 楷体, 1. 仿宋
        bold); a heading stays with the line after it."""
        role = {1: "hei", 2: "kai", 3: "fangsong+b"}.get(block.level, "fangsong")
        self.paragraph(styled(role, block.text[:block.head]) + styled("fangsong", block.text[block.head:]),
                       keep_with_next=block.heading)

    def attachment_note(self) -> None:
        attachments = self.doc.attachments
        if not attachments:
            return
        self.line += 1
        if len(attachments) == 1:
            self.paragraph(styled("fangsong", f"附件：{attachments[0].title}"))
            return
        for i, a in enumerate(attachments, 1):
            self.need(1)
            prefix = "附件：" if i == 1 else ""
            x = LEFT + 2 * CELL + (0 if i == 1 else 3 * CELL)
            self.t.draw(x, self.baseline(self.line), styled("fangsong", f"{prefix}{i}.{a.title}"), BODY, grid=True)
            self.line += 1

    def signature(self) -> None:
        """Signature centred over the date, the date 4 characters from the right; two lines above
        them left free, so the seal can press on both."""
        doc = self.doc
        page = self.page
        self.need(5 if doc.note else 4)
        if self.page != page:  # alone on a page: the body's last two lines must come along
            end_page, end_line = self.body_end
            self.lonely_signature = (end_page, max(0, end_line - 2))
        self.line += 2
        date_text = styled("fangsong", chinese_date(doc.signed_on))
        signature = styled("fangsong", doc.signature)
        date_w = self.t.width(date_text, BODY, True)
        date_x = LEFT + TYPE_W - 4 * CELL - date_w
        sig_w = self.t.width(signature, BODY, True)
        self.t.draw(min(date_x + (date_w - sig_w) / 2, LEFT + TYPE_W - sig_w), self.baseline(self.line), signature,
                    BODY, grid=True)
        self.line += 1
        self.t.draw(date_x, self.baseline(self.line), date_text, BODY, grid=True)
        self.line += 1
        if doc.note:
            self.paragraph(styled("fangsong", f"（{doc.note}）"))

    def attachments(self) -> None:
        many = len(self.doc.attachments) > 1
        for i, a in enumerate(self.doc.attachments, 1):
            self.new_page()
            self.t.draw(LEFT, self.baseline(0), styled("hei", f"附件{i}" if many else "附件"), BODY, grid=True)
            self.line = 2
            for chars in self.title_lines(a.title):
                self.centred(self.line, chars, TITLE)
                self.line += 1
            self.line += 1
            for paragraph in a.text.splitlines():
                if paragraph.strip():
                    self.paragraph(styled("fangsong", paragraph.strip()))
            for photo in a.photos:
                self.photo(photo)

    def photo(self, photo: Photo) -> None:
        image = self.photo_source(photo)
        width, height = photo_size(image, self.doc.photos_per_page)
        caption = [styled("fangsong", line) for line in
                   caption_lines(photo.caption, lambda s: self.t.width(styled("fangsong", s), SMALL), TYPE_W)]
        lines = math.ceil(height / PITCH) + len(caption)
        self.need(lines)
        top = TYPE_TOP - self.line * PITCH
        self.c.drawImage(ImageReader(io.BytesIO(image)), LEFT + (TYPE_W - width) / 2, top - height, width, height)
        self.line += math.ceil(height / PITCH)
        for chars in caption:
            self.t.draw(LEFT + (TYPE_W - self.t.width(chars, SMALL)) / 2, self.baseline(self.line, SMALL), chars, SMALL)
            self.line += 1
        self.line += 1 if self.line < LINES else 0

    def record(self) -> None:
        """版记 at the foot of the last page: 抄送, then 印发机关 and 印发日期, between rules."""
        doc = self.doc
        if not (doc.cc or doc.printer):
            return
        indent = self.t.width(styled("fangsong", "抄送："), SMALL)
        room = TYPE_W - 2 * SMALL
        cc_lines = self.t.wrap(styled("fangsong", "抄送：" + doc.cc), SMALL, False, room, room - indent) if doc.cc else []
        rows = len(cc_lines) + 1
        if self.line + rows + 1 > LINES:
            self.new_page()
        bottom = TYPE_BOTTOM

        def row_base(k: int) -> float:
            return bottom + k * PITCH + (PITCH - SMALL) / 2 + 0.12 * SMALL

        self.t.draw(LEFT + SMALL, row_base(0), styled("fangsong", doc.printer), SMALL)
        printed = styled("fangsong", f"{chinese_date(doc.printed_on or doc.signed_on)}印发")
        self.t.draw(LEFT + TYPE_W - SMALL - self.t.width(printed, SMALL), row_base(0), printed, SMALL)
        for k, chars in enumerate(reversed(cc_lines), 1):
            first = k == len(cc_lines)
            self.t.draw(LEFT + SMALL + (0 if first else indent), row_base(k), chars, SMALL)
        self.c.setStrokeColor(black)
        for y, width in ((bottom, 0.35 * MM), (bottom + PITCH, 0.25 * MM), (bottom + rows * PITCH, 0.35 * MM)):
            if y == bottom + PITCH and not cc_lines:
                continue
            self.c.setLineWidth(width)
            self.c.line(LEFT, y, LEFT + TYPE_W, y)
        self.c.setLineWidth(1)

    def render(self) -> bytes:
        self.header()
        for block in parse_body(self.doc.body):
            self.block(block)
        self.body_end = (self.page, self.line)
        self.attachment_note()
        self.signature()
        self.attachments()
        self.record()
        self.page_number()
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def render_pdf(doc: NoticeDocument, fonts: FontSet, photo_source: PhotoSource) -> bytes:
    """Lay the notice out; when the signature would stand on a page without body text (which
    GB/T 9704 does not allow), lay it out again with the body's last lines moved to that page."""
    first = NoticePdf(doc, fonts, photo_source)
    pdf = first.render()
    if first.lonely_signature is None:
        return pdf
    return NoticePdf(doc, fonts, photo_source, first.lonely_signature).render()
