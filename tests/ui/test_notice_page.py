"""The notice composer: generate, edit, preview, issue (then frozen), export."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from inspector_app.domain.models import Notice
from inspector_app.store import notices


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
    with window.ctx.db.session() as s:
        assert s.get(Notice, page.notice_id).body.endswith("（四）本通报请传达到全体工作人员。")
    with window.ctx.db.session() as s:
        expected = str(notices.next_number(s, "区效能办", date.today().year))   # the dialog proposes it
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: (k["text"], True))
    qtbot.mouseClick(page.issue_button, Qt.LeftButton)
    with window.ctx.db.session() as s:
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
