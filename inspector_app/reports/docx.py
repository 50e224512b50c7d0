"""The same notice as an editable DOCX, to finish in WPS or Word, laid out as the PDF is: A4 with
the GB/T 9704 margins, 22 lines of 28 characters (a line grid, the characters condensed to the
grid's pitch, which Word and LibreOffice both honour), the standard fonts by name, the red mark
fitted to the line, the title shaped as the PDF shapes it, heading faces, the signature centred
over the date, photo sheets, the 版记 at the foot of the last page between full-width rules, and
odd/even page numbers."""

from __future__ import annotations

import io
import math

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from inspector_app.domain.chinese import chinese_date
from inspector_app.reports.model import NoticeDocument, parse_body
from inspector_app.reports.pdf import (
    BODY, CELL, PITCH, SMALL, TITLE, TYPE_W, PhotoSource, caption_lines, cells, mark_size, photo_size,
)
from inspector_app.reports.title import title_lines

FACES = {"fangsong": "仿宋_GB2312", "song": "宋体", "xbs": "方正小标宋简体", "hei": "黑体", "kai": "楷体_GB2312"}
RED = RGBColor(0xE6, 0x00, 0x12)
TWIPS = 20                        # a point in twentieths
RULES = {"thick": 8, "thin": 6}   # 版记 rules in eighths of a point: 0.35 mm and 0.25 mm


def _el(tag: str, **attrs: str) -> OxmlElement:
    element = OxmlElement(tag)
    for k, v in attrs.items():
        element.set(qn(f"w:{k}"), v)
    return element


def _set_font(run, role: str, size: float, bold: bool = False, color: RGBColor | None = None,
              condensed: bool = True) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FACES[role]
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), FACES[role])
    if color is not None:
        run.font.color.rgb = color
    if not condensed:   # the grid's condensing is for 3号 text; a larger line keeps its own pitch
        rpr.append(_el("w:spacing", val="0"))


def _border(element, side: str, size_eighths: int, color: str = "000000", container: str = "w:pBdr") -> None:
    pr = element.get_or_add_pPr() if container == "w:pBdr" else element.get_or_add_tcPr()
    borders = pr.find(qn(container))
    if borders is None:
        borders = _el(container)
        pr.append(borders)
    borders.append(_el(f"w:{side}", val="single", sz=str(size_eighths), space="0" if container != "w:pBdr" else "1",
                       color=color))


def _line_break():
    run = OxmlElement("w:r")
    run.append(OxmlElement("w:br"))
    return run


def _page_number_footer(footer, right: bool) -> None:
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.right_indent = Pt(SMALL) if right else None
    p.paragraph_format.left_indent = None if right else Pt(SMALL)
    _set_font(p.add_run("— "), "song", SMALL)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = p.add_run()
        _set_font(run, "song", SMALL)
        if kind:
            run._r.append(_el("w:fldChar", fldCharType=kind))
        else:
            instr = OxmlElement("w:instrText")
            instr.text = text
            run._r.append(instr)
    _set_font(p.add_run(" —"), "song", SMALL)


class NoticeDocx:
    """Builds the DOCX paragraph by paragraph, the grid and faces set once."""

    def __init__(self, doc: NoticeDocument, photo_source: PhotoSource) -> None:
        self.doc, self.photo_source = doc, photo_source
        self.d = Document()
        self._page()

    def _page(self) -> None:
        section = self.d.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.left_margin = Mm(37), Mm(28)
        section.right_margin, section.bottom_margin = Mm(26), Mm(35)
        section.footer_distance = Mm(28)
        grid = section._sectPr.find(qn("w:docGrid"))
        if grid is None:
            grid = _el("w:docGrid")
            section._sectPr.append(grid)
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(round(PITCH * TWIPS)))
        self.d.settings.element.append(_el("w:evenAndOddHeaders"))
        _page_number_footer(section.footer, right=True)
        _page_number_footer(section.even_page_footer, right=False)
        normal = self.d.styles["Normal"]
        normal.font.size = Pt(BODY)
        normal.font.name = FACES["fangsong"]
        rpr = normal.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:eastAsia"), FACES["fangsong"])
        rpr.append(_el("w:spacing", val=str(round((CELL - BODY) * TWIPS))))   # 28 characters to the line
        rpr.append(_el("w:lang", val="zh-CN", eastAsia="zh-CN"))
        fmt = normal.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule, fmt.line_spacing = WD_LINE_SPACING.EXACTLY, Pt(PITCH)
        fmt.widow_control = False
        ppr = normal.element.get_or_add_pPr()
        for spacing in ("w:autoSpaceDE", "w:autoSpaceDN"):   # no extra space between Chinese and digits
            ppr.append(_el(spacing, val="0"))

    def para(self, text: str = "", role: str = "fangsong", size: float = BODY, align=None, indent: int = 2,
             bold: bool = False, color: RGBColor | None = None):
        p = self.d.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            p._p.get_or_add_pPr().append(_el("w:ind", firstLineChars=str(indent * 100),
                                             firstLine=str(round(indent * CELL * TWIPS))))
        if text:
            _set_font(p.add_run(text), role, size, bold, color, condensed=size == BODY)
        return p

    def blank(self, lines: int = 1) -> None:
        for _ in range(lines):
            self.para(indent=0)

    def tall(self, p, size: float) -> None:
        """A line larger than the grid's: as many grid lines as it needs."""
        p.paragraph_format.line_spacing = Pt(PITCH * max(1, math.ceil(size * 1.2 / PITCH)))

    def title(self, text: str) -> None:
        """小标宋 2号, centred, shaped as the PDF shapes it (reports.title)."""
        for line in title_lines(text, lambda s: cells(s, TITLE), TYPE_W * 0.92, TITLE):
            self.tall(self.para(line, "xbs", TITLE, WD_ALIGN_PARAGRAPH.CENTER, 0), TITLE)

    def header(self) -> None:
        doc = self.doc
        for role, text in (("fangsong", doc.copy_number), ("hei", doc.secrecy), ("hei", doc.urgency)):
            if text:
                self.para(text, role, indent=0)
        size = mark_size(doc.org_mark)
        mark = self.para("" if doc.preprinted else doc.org_mark, "xbs", size, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED)
        mark.paragraph_format.space_before = Mm(35) - Pt(PITCH * len([t for t in (doc.copy_number, doc.secrecy,
                                                                                   doc.urgency) if t]))
        self.tall(mark, size)
        self.blank()
        number = self.para(doc.number, "fangsong", BODY, WD_ALIGN_PARAGRAPH.CENTER, 0)
        _border(number._p, "bottom", 8, "E60012")
        self.blank(2)
        self.title(doc.title)
        self.blank()
        self.para(doc.recipients, indent=0)

    def body(self) -> None:
        for block in parse_body(self.doc.body):
            p = self.para()
            if block.head:
                _set_font(p.add_run(block.text[:block.head]), {1: "hei", 2: "kai"}.get(block.level, "fangsong"), BODY,
                          bold=block.level == 3)
            if block.head < len(block.text):
                _set_font(p.add_run(block.text[block.head:]), "fangsong", BODY)
            p.paragraph_format.keep_with_next = block.heading

    def signature(self) -> None:
        """Signature centred over the date, the date 4 characters from the right, as the PDF."""
        doc = self.doc
        if doc.attachments:
            self.blank()
            many = len(doc.attachments) > 1
            for i, a in enumerate(doc.attachments, 1):
                self.para(f"{'附件：' if i == 1 else '　　　'}{i}.{a.title}" if many else f"附件：{a.title}")
        self.blank(2)
        date_text = chinese_date(doc.signed_on)
        date_w, sig_w = cells(date_text), cells(doc.signature)
        sig = self.para(doc.signature, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
        sig.paragraph_format.right_indent = Pt(max(0.0, 4 * CELL + (date_w - sig_w) / 2))
        date_p = self.para(date_text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
        date_p.paragraph_format.right_indent = Pt(4 * CELL)
        if doc.note:
            self.para(f"（{doc.note}）")

    def attachments(self) -> None:
        many = len(self.doc.attachments) > 1
        for i, a in enumerate(self.doc.attachments, 1):
            self.d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            self.para(f"附件{i}" if many else "附件", "hei", indent=0)
            self.blank()
            self.title(a.title)
            self.blank()
            for line in a.text.splitlines():
                if line.strip():
                    self.para(line.strip())
            for photo in a.photos:
                image = self.photo_source(photo)
                width, _height = photo_size(image, self.doc.photos_per_page)
                p = self.para(align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
                p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE   # a picture sets its own height
                p.paragraph_format.keep_with_next = True
                p.add_run().add_picture(io.BytesIO(image), width=Pt(width))
                caption = self.para(align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
                for k, line in enumerate(caption_lines(photo.caption, lambda s: cells(s, SMALL), TYPE_W)):
                    run = caption.add_run(line)
                    _set_font(run, "fangsong", SMALL, condensed=False)
                    if k:
                        run._r.addprevious(_line_break())
                self.blank()

    def record(self) -> None:
        """版记: a table the width of the type area, floating on the foot of the last page (its
        last rule on the type area's bottom edge, in Word and in LibreOffice); rules thick, thin,
        thick; text 1 字 in."""
        doc = self.doc
        if not (doc.cc or doc.printer):
            return
        rows = ([("cc", f"抄送：{doc.cc}")] if doc.cc else []) + \
            [("printed", f"{doc.printer}\t{chinese_date(doc.printed_on or doc.signed_on)}印发")]
        table = self.d.add_table(rows=len(rows), cols=1)
        tbl_pr = table._tbl.tblPr
        width = str(round(TYPE_W * TWIPS))
        for old in (*tbl_pr.findall(qn("w:tblW")), *tbl_pr.findall(qn("w:jc"))):
            tbl_pr.remove(old)
        margins = _el("w:tblCellMar")
        for side in ("top", "left", "bottom", "right"):
            margins.append(_el(f"w:{side}", w="0", type="dxa"))
        style = tbl_pr.find(qn("w:tblStyle"))
        at = list(tbl_pr).index(style) + 1 if style is not None else 0
        for k, element in enumerate([
                # placed from the page's edge at the 订口: LibreOffice floats such a table (one placed
                # from the margin and as wide as the line it lays inline, after the last photo)
                _el("w:tblpPr", vertAnchor="margin", horzAnchor="page", tblpX=str(self.d.sections[0].left_margin.twips),
                    tblpYSpec="bottom", leftFromText="0", rightFromText="0", topFromText="0", bottomFromText="0"),
                _el("w:tblW", w=width, type="dxa"), _el("w:tblLayout", type="fixed"), margins]):
            tbl_pr.insert(at + k, element)
        for col in table._tbl.find(qn("w:tblGrid")):
            col.set(qn("w:w"), width)
        for k, (kind, text) in enumerate(rows):
            cell = table.rows[k].cells[0]
            cell.width = Pt(TYPE_W)
            _border(cell._tc, "top", RULES["thin"] if kind == "printed" and doc.cc else RULES["thick"],
                    container="w:tcBorders")
            if k == len(rows) - 1:
                _border(cell._tc, "bottom", RULES["thick"], container="w:tcBorders")
            p = cell.paragraphs[0]
            fmt = p.paragraph_format
            fmt.left_indent, fmt.right_indent = Pt(SMALL), Pt(SMALL)
            if kind == "cc":   # wrapped lines align after the colon
                fmt.left_indent, fmt.first_line_indent = Pt(4 * SMALL), Pt(-3 * SMALL)
            else:
                fmt.tab_stops.add_tab_stop(Pt(TYPE_W - 2 * SMALL), alignment=2)   # right-aligned
            _set_font(p.add_run(text), "fangsong", SMALL, condensed=False)
        self.blank()   # a floating table is anchored to the paragraph after it

    def render(self) -> bytes:
        self.header()
        self.body()
        self.signature()
        self.attachments()
        self.record()
        out = io.BytesIO()
        self.d.save(out)
        return out.getvalue()


def render_docx(doc: NoticeDocument, photo_source: PhotoSource) -> bytes:
    return NoticeDocx(doc, photo_source).render()

