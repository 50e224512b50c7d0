"""The same notice as an editable DOCX, to finish in WPS or Word: A4 with the GB/T 9704 margins,
the 22-line × 28-character document grid, the standard fonts by name, heading faces, the red mark
and rule, signature and date, attachments with their photos, the 版记 and odd/even page numbers."""

from __future__ import annotations

import io

from docx import Document

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from inspector_app.domain.chinese import chinese_date
from inspector_app.reports.model import NoticeDocument, parse_body
from inspector_app.reports.pdf import CELL, PITCH, PhotoSource

FACES = {"fangsong": "仿宋_GB2312", "song": "宋体", "xbs": "方正小标宋简体", "hei": "黑体", "kai": "楷体_GB2312"}
RED = RGBColor(0xE6, 0x00, 0x12)


def _set_font(run, role: str, size: float, bold: bool = False, color: RGBColor | None = None) -> None:
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = FACES[role]
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:eastAsia", "w:ascii", "w:hAnsi"):
        fonts.set(qn(attr), FACES[role])
    if color is not None:
        run.font.color.rgb = color


def _first_line_chars(paragraph, chars: int) -> None:
    ind = OxmlElement("w:ind")
    ind.set(qn("w:firstLineChars"), str(chars * 100))
    paragraph._p.get_or_add_pPr().append(ind)


def _border(paragraph, side: str, size_eighths: int, color: str = "000000") -> None:
    pPr = paragraph._p.get_or_add_pPr()
    borders = pPr.find(qn("w:pBdr"))
    if borders is None:
        borders = OxmlElement("w:pBdr")
        pPr.append(borders)
    edge = OxmlElement(f"w:{side}")
    for k, v in (("w:val", "single"), ("w:sz", str(size_eighths)), ("w:space", "1"), ("w:color", color)):
        edge.set(qn(k), v)
    borders.append(edge)


def _page_number_footer(footer, right: bool) -> None:
    p = footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT if right else WD_ALIGN_PARAGRAPH.LEFT
    p.paragraph_format.right_indent = Pt(14) if right else None
    p.paragraph_format.left_indent = None if right else Pt(14)
    _set_font(p.add_run("— "), "song", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = p.add_run()
        _set_font(run, "song", 14)
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        else:
            instr = OxmlElement("w:instrText")
            instr.text = text
            run._r.append(instr)
    _set_font(p.add_run(" —"), "song", 14)


def render_docx(doc: NoticeDocument, photo_source: PhotoSource) -> bytes:
    d = Document()
    section = d.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.left_margin = Mm(37), Mm(28)
    section.right_margin, section.bottom_margin = Mm(26), Mm(35)
    section.footer_distance = Mm(28)
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        section._sectPr.append(grid)
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(round(PITCH * 20)))
    grid.set(qn("w:charSpace"), str(round((CELL - 16) * 4096)))
    settings = d.settings.element
    settings.append(OxmlElement("w:evenAndOddHeaders"))
    _page_number_footer(section.footer, right=True)
    _page_number_footer(section.even_page_footer, right=False)
    normal = d.styles["Normal"]
    normal.font.size = Pt(16)
    normal.paragraph_format.space_before = normal.paragraph_format.space_after = Pt(0)

    def para(text: str = "", role: str = "fangsong", size: float = 16, align=None, indent: int = 2,
             bold: bool = False, color: RGBColor | None = None):
        p = d.add_paragraph()
        if align is not None:
            p.alignment = align
        if indent:
            _first_line_chars(p, indent)
        if text:
            _set_font(p.add_run(text), role, size, bold, color)
        return p

    for role, text in (("fangsong", doc.copy_number), ("hei", doc.secrecy), ("hei", doc.urgency)):
        if text:
            para(text, role, indent=0)
    mark = para("" if doc.preprinted else doc.org_mark, "xbs", 48, WD_ALIGN_PARAGRAPH.CENTER, 0, color=RED)
    mark.paragraph_format.space_before = Mm(35 - 10)
    para(indent=0)
    para(indent=0)
    number = para(doc.number, "fangsong", 16, WD_ALIGN_PARAGRAPH.CENTER, 0)
    _border(number, "bottom", 8, "E60012")
    para(indent=0)
    para(indent=0)
    for line in doc.title.split("\n"):
        para(line, "xbs", 22, WD_ALIGN_PARAGRAPH.CENTER, 0)
    para(indent=0)
    para(doc.recipients, indent=0)
    for block in parse_body(doc.body):
        role = {1: "hei", 2: "kai"}.get(block.level, "fangsong")
        bold = block.level == 3 and len(block.text) <= 28 and "，" not in block.text
        para(block.text, role, bold=bold)
    if doc.attachments:
        para(indent=0)
        for i, a in enumerate(doc.attachments, 1):
            label = f"附件：{a.title}" if len(doc.attachments) == 1 else f"{'附件：' if i == 1 else '　　　'}{i}.{a.title}"
            para(label)
    para(indent=0)
    para(indent=0)
    date_text = chinese_date(doc.signed_on)
    sig = para(doc.signature, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    sig.paragraph_format.right_indent = Pt(16 * max(0.0, 4 + (len(date_text) - len(doc.signature)) / 2))
    date_p = para(date_text, align=WD_ALIGN_PARAGRAPH.RIGHT, indent=0)
    date_p.paragraph_format.right_indent = Pt(16 * 4)
    if doc.note:
        para(f"（{doc.note}）")
    many = len(doc.attachments) > 1
    for i, a in enumerate(doc.attachments, 1):
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        para(f"附件{i}" if many else "附件", "hei", indent=0)
        para(indent=0)
        para(a.title, "xbs", 22, WD_ALIGN_PARAGRAPH.CENTER, 0)
        para(indent=0)
        for line in a.text.splitlines():
            if line.strip():
                para(line.strip())
        for photo in a.photos:
            p = para(align=WD_ALIGN_PARAGRAPH.CENTER, indent=0)
            p.add_run().add_picture(str(photo_source(photo)), width=Mm(150))
            para(photo.caption, "fangsong", 14, WD_ALIGN_PARAGRAPH.CENTER, 0)
    if doc.cc or doc.printer:
        para(indent=0)
        if doc.cc:
            cc = para(f"抄送：{doc.cc}", "fangsong", 14, indent=0)
            cc.paragraph_format.left_indent = cc.paragraph_format.right_indent = Pt(14)
            _border(cc, "top", 8)
        printed = para(f"{doc.printer}\t{chinese_date(doc.printed_on or doc.signed_on)}印发", "fangsong", 14, indent=0)
        printed.paragraph_format.left_indent = printed.paragraph_format.right_indent = Pt(14)
        printed.paragraph_format.tab_stops.add_tab_stop(Mm(156) - Pt(28), alignment=2)  # right-aligned tab
        _border(printed, "top", 4)
        _border(printed, "bottom", 8)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()



