"""The notice PDF as a reader and a checker see it: its words, its numbers, its page, its fonts."""

from __future__ import annotations

import io
import re
from datetime import date

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader
from sqlmodel import select

from inspector_app.domain.models import Finding, Notice
from inspector_app.errors import InspectorError
from inspector_app.reports import pdf as layout
from inspector_app.services import notices
from inspector_app.services.notices import NoticeRequest

OCTOBER = NoticeRequest(date(2026, 10, 1), date(2026, 10, 31), naming="masked")
MM = 72 / 25.4


def issued(ws, settings, request=OCTOBER, number="区效能办〔2026〕12号"):
    draft = notices.compose(ws, request, date(2026, 11, 3), settings)
    return notices.issue(ws, draft.id, number, date(2026, 11, 3))


def text_of(pdf: bytes) -> str:
    """The document's words as a reader follows them across pages (page numbers left out)."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "").replace(" ", "")
    return re.sub(r"—\d+—", "", text)


def test_every_finding_count_and_the_number_can_be_read_from_the_pdf(ws, db, settings, october):
    n = issued(ws, settings)
    text = text_of(notices.pdf_bytes(ws, n))
    assert "区效能办〔2026〕12号" in text
    assert "关于2026年10月机关作风效能明察暗访情况的通报" in text
    for item in ("10月15日9时40分，区人社局科员张某某上班时间玩电脑游戏。",
                 "10月15日10时5分，区财政局副科长李某某上班时间上网聊天。",
                 "10月15日12时10分，区行政服务中心不动产登记窗口王某某工作日午餐饮酒。",
                 "10月16日14时20分，区行政服务中心不动产登记窗口一名女工作人员对办事群众态度生硬、冷漠。"):
        assert item in text
    assert "共发现问题4个，涉及4人，其中公务员2人、临时工1人、未核实身份人员1人；党员1人、领导干部1人" in text
    assert "对4个单位" in text and "服务窗口1个" in text
    assert "给予效能告诫" in text and "通报批评" in text
    assert "抄送：" in text and "2026年11月3日印发" in text
    assert "问题照片" in text and "（第一督查组摄）" in text


def test_full_names_when_chosen(ws, db, settings, october):
    n = issued(ws, settings, NoticeRequest(date(2026, 10, 1), date(2026, 10, 31), naming="full"))
    pdf = notices.pdf_bytes(ws, n)
    text = text_of(pdf)
    assert "科员张三明" in text and "副科长李䶮" in text and "王𠮷" in text
    right = []  # every character's right edge, 𠮷 and 䶮 (from the fallback font) included
    for page in pdfium.PdfDocument(pdf):
        chars = page.get_textpage()
        right += [chars.get_charbox(i)[2] for i in range(chars.count_chars()) if chars.get_text_range(i, 1).strip()]
    assert max(right) / MM < 28 + 156 + 0.05  # inside the type area: no line runs into the margin


def test_the_page_the_margins_and_the_grid(ws, db, settings, october):
    pdf = notices.pdf_bytes(ws, issued(ws, settings))
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        assert (round(float(page.mediabox.width) / MM), round(float(page.mediabox.height) / MM)) == (210, 297)
    xs, ys = [], []

    def visit(text, cm, tm, font, size):
        if text.strip() and size == 16:
            xs.append(tm[4])
            ys.append(tm[5])
    reader.pages[1].extract_text(visitor_text=visit)
    assert abs(min(xs) / MM - 28) < 1                     # 订口 28 mm
    assert max(xs) / MM < 28 + 156                         # inside the type area
    baselines = sorted({round(y, 1) for y in ys}, reverse=True)
    top_baseline = (297 - 37) * MM - layout.PITCH / 2 - 0.38 * 16
    assert abs(baselines[0] - top_baseline) < 0.5          # the first line of the type area
    gaps = [a - b for a, b in zip(baselines, baselines[1:])]
    assert all(abs(g / layout.PITCH - round(g / layout.PITCH)) < 0.02 for g in gaps)  # on the grid
    assert abs(min(gaps) - 225 * MM / 22) < 0.2            # 22 lines fill 225 mm: 28.95 pt


def test_page_numbers_alternate_sides_below_the_type_area(ws, db, settings, october):
    reader = PdfReader(io.BytesIO(notices.pdf_bytes(ws, issued(ws, settings))))
    assert len(reader.pages) >= 2
    for number, page in enumerate(reader.pages, 1):
        found = []
        page.extract_text(visitor_text=lambda t, cm, tm, f, s: found.append((t, tm[4], tm[5])) if "—" in t else None)
        (text, x, y), = [f for f in found if f"— {number} —" in f[0]]
        assert abs(((35 - 7) * MM - 0.35 * 14) - y) < 1    # 7 mm below the type area
        assert (x / MM > 105) == (number % 2 == 1)         # odd pages right, even pages left


def test_every_font_is_embedded_as_a_subset(ws, db, settings, october):
    reader = PdfReader(io.BytesIO(notices.pdf_bytes(ws, issued(ws, settings))))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            seen.add(font["/BaseFont"])
            assert re.match(r"^/[A-Z]{6}\+", font["/BaseFont"]), font["/BaseFont"]   # a subset
            assert "/FontFile2" in font["/FontDescriptor"]                           # TrueType embedded
    assert seen


def test_rare_characters_are_drawn_by_a_face_that_has_them(ws, db, settings, october):
    n = issued(ws, settings, NoticeRequest(date(2026, 10, 1), date(2026, 10, 31), naming="full"))
    reader = PdfReader(io.BytesIO(notices.pdf_bytes(ws, n)))
    faces: dict[str, set[str]] = {}
    for page in reader.pages:
        page.extract_text(visitor_text=lambda t, cm, tm, font, size: [
            faces.setdefault(ch, set()).add(font["/BaseFont"]) for ch in t if ch in "𠮷䶮"] if font else None)
    assert {"𠮷", "䶮"} <= set(faces)
    assert all("HanaMinB" in name for name in faces["𠮷"])   # Extension B: the fallback face that has it
    assert all("uming" in name.lower() for name in faces["䶮"])      # Extension A: the body face has it


def test_an_issued_notice_keeps_its_bytes_whatever_happens_to_its_findings(ws, db, settings, october):
    n = issued(ws, settings)
    frozen = notices.pdf_bytes(ws, n)
    with db.session() as s:
        f = s.get(Finding, october[0].id)
        f.description = "后来修改的描述"
        s.get(Notice, n.id).title = "有人试图改标题"
    with db.session() as s:
        again = notices.pdf_bytes(ws, s.get(Notice, n.id))
        findings = s.exec(select(Finding).where(Finding.id.in_([f.id for f in october]))).all()
    assert again == frozen
    assert __import__("hashlib").sha256(frozen).hexdigest() == n.pdf_sha256
    assert {f.status for f in findings} == {"notified"}
    with pytest.raises(InspectorError) as err:
        notices.issue(ws, n.id, "区效能办〔2026〕13号", date(2026, 11, 4))
    assert err.value.key == "notice_issued_frozen"


def test_rendering_is_reproducible(ws, db, settings, october):
    draft = notices.compose(ws, OCTOBER, date(2026, 11, 3), settings)
    assert notices.pdf_bytes(ws, draft) == notices.pdf_bytes(ws, draft)


def test_a_long_title_is_not_broken_inside_a_word(ws, db, settings, october):
    from inspector_app.reports.fonts import load_fonts
    from inspector_app.reports.model import NoticeDocument
    from inspector_app.reports.pdf import NoticePdf, plain

    doc = NoticeDocument(org_mark="区机关效能建设领导小组办公室文件", number="", recipients="各单位：", body="正文。",
                         title="关于2026年11月1日至11月20日机关作风效能明察暗访情况的通报",
                         signature="区机关效能建设领导小组办公室", signed_on=date(2026, 11, 21))
    lines = [plain(line) for line in NoticePdf(doc, load_fonts(), lambda p: None).title_lines(doc.title)]
    assert "".join(lines) == doc.title and len(lines) == 2
    assert not any(a[-1] + b[0] in ("机关", "作风", "效能", "明察", "暗访") for a, b in zip(lines, lines[1:]))


def test_an_office_can_point_a_role_at_another_font(ws, db, settings, october):
    from inspector_app.paths import bundled_font, resource_path

    kai = bundled_font("ukai.ttc")
    bundled = resource_path("notice.yaml").read_text(encoding="utf-8")
    (db.data_dir / "notice.yaml").write_text(bundled + f"fonts:\n  fangsong: {kai}\n", encoding="utf-8")
    reader = PdfReader(io.BytesIO(notices.pdf_bytes(ws, issued(ws, settings))))
    body_faces = set()
    reader.pages[1].extract_text(visitor_text=lambda t, cm, tm, font, size: body_faces.add(font["/BaseFont"])
                                 if font and size == 16 and t.strip() else None)
    assert any("UKai" in name for name in body_faces)           # 仿宋 now from the file the office chose
    assert not any("UMing" in name for name in body_faces)       # and no longer the bundled stand-in
