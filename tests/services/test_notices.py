"""Issuing and exporting: numbers allocated per year, bad input writes nothing, DOCX and XLSX."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from inspector_app.domain.models import Finding
from inspector_app.errors import InspectorError
from inspector_app.fileio import write_atomically
from inspector_app.reports.docx import render_docx
from inspector_app.reports.xlsx import render_xlsx
from inspector_app.services import notices
from inspector_app.services.notices import NoticeRequest

OCTOBER = NoticeRequest(date(2026, 10, 1), date(2026, 10, 31))


def draft(ws, settings, request=OCTOBER):
    return notices.compose(ws, request, date(2026, 11, 3), settings)


def test_numbers_are_allocated_per_year_and_never_reused(ws, db, settings, october):
    first = notices.issue(ws, draft(ws, settings).id, None, date(2026, 11, 3))
    assert first.number == "区效能办〔2026〕1号"
    with pytest.raises(InspectorError) as err:
        notices.issue(ws, draft(ws, settings, NoticeRequest(date(2026, 10, 1), date(2026, 10, 31),
                                                                  kind="commendation")).id,
                      "区效能办〔2026〕1号", date(2026, 11, 4))
    assert err.value.key == "docnumber_used" and "区效能办〔2026〕2号" in str(err.value)
    assert notices.issue(ws, draft(ws, settings, NoticeRequest(date(2026, 10, 1), date(2026, 10, 31),
                                                                     kind="commendation")).id,
                         None, date(2027, 1, 4)).number == "区效能办〔2027〕1号"


def test_an_empty_selection_is_refused(ws, db, settings, october):
    with pytest.raises(InspectorError) as err:
        draft(ws, settings, NoticeRequest(date(2026, 9, 1), date(2026, 9, 30)))
    assert err.value.key == "notice_empty"


def test_a_missing_photo_is_named_and_nothing_is_issued(ws, db, settings, october):
    d = draft(ws, settings)
    for blob in db.blob_dir.glob("??/??/*"):
        blob.unlink()
    with pytest.raises(InspectorError) as err:
        notices.issue(ws, d.id, None, date(2026, 11, 3))
    assert err.value.key == "photo_blob_missing" and "区人社局" in str(err.value)
    with db.session() as s:
        from inspector_app.domain.models import Notice
        assert s.get(Notice, d.id).status == "draft"


def test_a_template_error_names_its_line(ws, db, settings, october):
    own = db.data_dir / "report_templates"
    own.mkdir()
    (own / "monthly.j2").write_text("{% block title %}通报{% endblock %}\n{% block body %}\n第一行\n{{ f.no_such_count }}\n{% endblock %}\n",
                                    encoding="utf-8")
    with pytest.raises(InspectorError) as err:
        draft(ws, settings)
    assert err.value.key == "template_error" and err.value.params["line"] == 4 and "no_such_count" in str(err.value)
    (own / "monthly.j2").write_text("{% block title %}通报{% endblock %}\n{% block body %}\n{% for %}\n{% endblock %}\n",
                                    encoding="utf-8")
    with pytest.raises(InspectorError) as err:
        draft(ws, settings)
    assert err.value.params["line"] == 3


def test_an_office_template_replaces_the_bundled_one(ws, db, settings, october):
    own = db.data_dir / "report_templates"
    own.mkdir()
    (own / "monthly.j2").write_text("{% block title %}本办{{ f.period }}通报{% endblock %}\n"
                                    "{% block body %}共{{ f.findings }}个问题。{% endblock %}\n", encoding="utf-8")
    d = draft(ws, settings)
    assert (d.title, d.body) == ("本办2026年10月通报", "共4个问题。")


def test_docx_has_the_page_setup_grid_fonts_and_every_finding(ws, db, settings, october):
    n = notices.issue(ws, draft(ws, settings).id, None, date(2026, 11, 3))
    data = render_docx(notices.document(n), notices.photo_source(ws))
    doc = Document(io.BytesIO(data))
    section = doc.sections[0]
    assert (round(section.top_margin.mm), round(section.left_margin.mm)) == (37, 28)
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines" and int(grid.get(qn("w:linePitch"))) == 580
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "区效能办〔2026〕1号" in text and "上班时间玩电脑游戏" in text and "态度生硬" in text
    faces = {r._element.rPr.rFonts.get(qn("w:eastAsia")) for p in doc.paragraphs for r in p.runs if r.text.strip()}
    assert {"仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体"} <= faces
    assert len(doc.inline_shapes) == 2  # the photo sheet


def test_xlsx_ledger_lists_every_finding(ws, db, settings, october):
    n = notices.issue(ws, draft(ws, settings).id, None, date(2026, 11, 3))
    rows = notices.ledger_rows(ws, n.id)
    sheet = load_workbook(io.BytesIO(render_xlsx(notices.document(n), rows))).active
    assert "区效能办〔2026〕1号" in sheet["A1"].value
    assert [c.value for c in sheet[2]][:4] == ["序号", "发现时间", "单位", "当事人"]
    assert sheet.max_row == 2 + 4
    assert {sheet.cell(row=r, column=12).value for r in range(3, 7)} == {"通报批评", "书面检查", "效能告诫"}
    assert sheet.cell(row=3, column=2).number_format == "yyyy-mm-dd hh:mm"


def test_files_are_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "通报.pdf"
    write_atomically(target, b"%PDF-1.4 complete")
    assert target.read_bytes() == b"%PDF-1.4 complete"
    assert [p.name for p in tmp_path.iterdir()] == ["通报.pdf"]
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "no-such-folder" / "x.pdf", b"data")
    assert not any(Path(tmp_path).rglob("*.part"))


def test_figures_the_body_states_are_checked_against_its_findings(ws, db, settings, october):
    d = draft(ws, settings)
    assert notices.figure_check(ws, d.id) == []
    edited = d.body.replace("共发现问题4个", "共发现问题5个").replace("涉及4人", "涉及3人")
    found = notices.figure_check(ws, d.id, edited)
    assert [(m.what, m.written, m.actual) for m in found] == [("figure_findings", 5, 4), ("figure_people", 3, 4)]
    assert found[0].text() == "正文中问题数为 5，所选问题实为 4"
    with db.session() as s:          # a finding voided after the draft was made
        s.get(Finding, october[3].id).status = "voided"
    assert {m.what for m in notices.figure_check(ws, d.id)} >= {"figure_findings", "figure_people"}
