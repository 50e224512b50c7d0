"""The DOCX as LibreOffice lays it out, against the PDF of the same notice: the same page count
give or take the last page, 28 characters to a body line, the first-line indent, the mark on one
line, the signature centred over the date, the 版记 at the foot of the last page."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections import defaultdict
from datetime import date

import pytest
from pypdf import PdfReader

from inspector_app.reports.docx import render_docx
from inspector_app.services import notices
from inspector_app.services.notices import NoticeRequest

MM = 72 / 25.4
pytestmark = pytest.mark.skipif(not shutil.which("soffice"), reason="needs LibreOffice (libreoffice-writer-nogui)")


def lines_of(page) -> dict[float, list[tuple[float, str, float]]]:
    """Text on a page by baseline: (x, text, size) pieces, top line first."""
    found: dict[float, list[tuple[float, str, float]]] = defaultdict(list)

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = abs(cm[3]) or 1
            found[round(cm[5] + tm[5] * scale)].append((cm[4] + tm[4] * scale, text, size * scale))
    page.extract_text(visitor_text=visit)
    return dict(sorted(found.items(), reverse=True))


def wide(text: str) -> int:
    return sum(1 for ch in text if ord(ch) > 0x2E80)


@pytest.fixture
def rendered(ws, db, settings, october, tmp_path):
    draft = notices.compose(ws, NoticeRequest(date(2026, 10, 1), date(2026, 10, 31)), date(2026, 11, 3), settings)
    n = notices.issue(ws, draft.id, "区效能办〔2026〕12号", date(2026, 11, 3))
    (tmp_path / "n.docx").write_bytes(render_docx(notices.document(n), notices.photo_source(ws)))
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to", "pdf",
                    "--outdir", str(tmp_path / "out"), str(tmp_path / "n.docx")], check=True, capture_output=True,
                   timeout=180)
    return PdfReader(io.BytesIO(notices.pdf_bytes(ws, n))), PdfReader(tmp_path / "out" / "n.pdf")


def test_the_docx_lays_out_as_the_pdf(rendered):
    pdf, docx = rendered
    assert abs(len(docx.pages) - len(pdf.pages)) <= 1
    first = lines_of(docx.pages[0])
    mark = [line for line in first.values() if "区机关效能建设领导小组办公室文件" in "".join(t for _, t, _ in line)]
    assert mark, "the 发文机关标志 fits one line"
    body = [line for page in docx.pages[:2] for line in lines_of(page).values()
            if all(abs(size - 16) < 0.5 for _, _, size in line)]
    widest = max(wide("".join(t for _, t, _ in line)) for line in body)
    assert 26 <= widest <= 28                                      # 28 characters to the line, not 14
    left = min(x for line in body for x, _, _ in line)
    assert abs(left / MM - 28) < 1.5
    lead = next(line for line in body if "".join(t for _, t, _ in line).startswith("为进一步"))
    assert abs((lead[0][0] - left) / (156 * MM / 28) - 2) < 0.3      # first line indented 2 字
    last = "".join(t for line in lines_of(docx.pages[-1]).values() for _, t, _ in line)
    assert "抄送" in last and "印发" in last


def printed_line(page) -> float:
    """The baseline of the 版记's last line (…印发), in points from the page's foot."""
    return next(y for y, line in lines_of(page).items() if "".join(t for _, t, _ in line).endswith("印发"))


def test_the_record_sits_at_the_foot_of_the_last_page_as_in_the_pdf(rendered):
    pdf, docx = rendered
    assert abs(printed_line(docx.pages[-1]) - printed_line(pdf.pages[-1])) < 2 * MM  # not after the last photo


def test_the_signature_is_centred_over_the_date(rendered):
    _, docx = rendered
    for page in docx.pages:
        lines = list(lines_of(page).values())
        for above, below in zip(lines, lines[1:]):
            text = "".join(t for _, t, _ in below).replace(" ", "")
            if text == "2026年11月3日":
                sig_x = above[0][0]
                sig_w = wide("".join(t for _, t, _ in above)) * 156 * MM / 28
                date_x = below[0][0]
                date_w = (4 * 156 * MM / 28) + 6 * 8      # 年月日 and the digits, roughly
                assert abs((sig_x + sig_w / 2) - (date_x + date_w / 2)) < 156 * MM / 28 * 1.5
                return
    pytest.fail("no date line found")
