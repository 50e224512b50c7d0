"""The notice composer: generate, edit, preview, issue (then frozen), export."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from sqlmodel import select

from inspector_app.domain.models import Finding, Notice, NoticeFinding, Unit
from inspector_app.services import notices
from inspector_app.store.queries import with_subunits


def test_compose_edit_preview_issue_export(qtbot, window, monkeypatch, tmp_path):
    page = window.notices
    window.tabs.setCurrentWidget(page)
    page.date_from.setDate(QDate(2026, 8, 1))
    page.date_to.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(page.compose_button, Qt.LeftButton)
    assert page.notice_id is not None and "通报" in page.title.text()
    assert page.page_count >= 2                                  # the preview shows the pages
    page.body.setPlainText(page.body.toPlainText() + "\n（四）本通报请传达到全体工作人员。")
    qtbot.mouseClick(page.save_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        assert s.get(Notice, page.notice_id).body.endswith("（四）本通报请传达到全体工作人员。")
    expected = str(notices.next_number(window.ctx.ws, "区效能办", date.today().year))   # the dialog proposes it
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: (k["text"], True))
    qtbot.mouseClick(page.issue_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        issued = s.get(Notice, page.notice_id)
    assert issued.status == "issued" and issued.number == expected
    assert not page.body.isEnabled() and not page.issue_button.isEnabled()   # frozen
    out = tmp_path / "exported"
    out.mkdir()
    page.export_to(out)
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([f"{issued.number}.pdf", f"{issued.number}.docx", f"{issued.number}-台账.xlsx"])


def test_an_empty_period_says_so(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page = window.notices
    page.date_from.setDate(QDate(2019, 1, 1))
    page.date_to.setDate(QDate(2019, 1, 31))
    qtbot.mouseClick(page.compose_button, Qt.LeftButton)
    assert shown and "没有可通报的问题" in shown[0]


def test_the_notice_reports_the_units_types_and_findings_ticked(qtbot, window):
    page = window.notices
    window.tabs.setCurrentWidget(page)
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 12, 31))
    page.list_candidates()
    everything = page.candidates.count()
    with window.ctx.ws.db.session() as s:
        reviewed = s.exec(select(Finding).where(Finding.status == "reviewed")).all()
        unit = s.get(Unit, reviewed[0].unit_id)
        within = with_subunits(s, (unit.id,))                        # a unit brings its windows along
        of_unit = {str(f.id) for f in reviewed if f.unit_id in within}
    assert everything == len(reviewed)
    page.units.item(next(i for i in range(page.units.count()) if page.units.item(i).text() == unit.name)) \
        .setCheckState(Qt.Checked)
    page.list_candidates()
    assert set(page.candidates.ticked()) == of_unit                  # only that unit's, all ticked
    page.types.item(0).setCheckState(Qt.Checked)                      # and a type it may not have: the list says so
    page.list_candidates()
    page.types.item(0).setCheckState(Qt.Unchecked)
    page.list_candidates()
    assert page.candidates.count() == len(of_unit) and "照片" in page.selection.text()
    if len(of_unit) > 1:
        page.candidates.item(0).setCheckState(Qt.Unchecked)          # the person leaves one out
    chosen = set(page.candidates.ticked())
    assert f"已选 {len(chosen)} / {len(of_unit)} 条" in page.selection.text()
    qtbot.mouseClick(page.compose_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        reported = {str(n.finding_id) for n in s.exec(select(NoticeFinding).where(
            NoticeFinding.notice_id == page.notice_id))}
    assert reported == chosen


def test_compose_waits_for_the_list_to_follow_a_change(qtbot, window):
    page = window.notices
    page.date_from.setDate(QDate(2026, 1, 1))
    page.date_to.setDate(QDate(2026, 12, 31))          # the list is not yet refreshed (debounced) ...
    assert page._debounce.isActive()
    qtbot.mouseClick(page.compose_button, Qt.LeftButton)  # ... compose brings it up first
    with window.ctx.ws.db.session() as s:
        reported = len(s.exec(select(NoticeFinding).where(NoticeFinding.notice_id == page.notice_id)).all())
    assert reported == page.candidates.count() > 0


def test_issuing_a_body_whose_figures_are_wrong_asks_first(qtbot, window, monkeypatch):
    page = window.notices
    window.tabs.setCurrentWidget(page)
    page.date_from.setDate(QDate(2026, 8, 1))
    page.date_to.setDate(QDate(2026, 11, 30))
    qtbot.mouseClick(page.compose_button, Qt.LeftButton)
    page.body.setPlainText(re.sub(r"共发现问题\d+个", "共发现问题9999个", page.body.toPlainText()))
    asked, answers = [], [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: (asked.append(text), answers.pop(0))[1])
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: (k["text"], True))
    qtbot.mouseClick(page.issue_button, Qt.LeftButton)
    assert "正文中问题数为 9999" in asked[0] and "仍要印发吗？" in asked[0]
    with window.ctx.ws.db.session() as s:
        assert s.get(Notice, page.notice_id).status == "draft"        # "No" issued nothing
    qtbot.mouseClick(page.issue_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        assert s.get(Notice, page.notice_id).status == "issued"
