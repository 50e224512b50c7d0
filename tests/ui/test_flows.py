"""The inspector's day and the office's review, end to end in the real window."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlmodel import select

from inspector_app.domain.models import Evidence, Finding, Handling, Inspection, Visit
from inspector_app.services import inspections
from tests.evidence.images import photo


def test_inspection_visit_finding_with_photo_then_review(qtbot, window, tmp_path):
    ctx = window.ctx
    inspection = inspections.create(ctx.ws, "11月暗访", "undercover", date(2026, 11, 23), date(2026, 11, 24), None,
                                    ["区人社局"])
    page = window.quick
    page.reload_inspections()
    page.inspection.setCurrentIndex(page.inspection.findData(str(inspection.id)))
    page.unit.insert("区人社局")
    qtbot.mouseClick(page.start_visit_button, Qt.LeftButton)
    assert page.visit is not None and "区人社局" in page.visit_label.text()
    page.person.insert("欧阳淼淼")
    qtbot.keyClick(page, Qt.Key_Y, Qt.AltModifier)        # 上班时间玩电脑游戏
    assert page.kind.currentData() == "computer_games"
    assert "上班时间玩电脑游戏" in page.note.toPlainText()
    page.photos.add_paths([photo(tmp_path / "IMG_1.jpg")])
    with qtbot.waitSignal(page.saved, timeout=5000) as saved:
        qtbot.keyClick(page, Qt.Key_Return, Qt.ControlModifier)
    finding_id = saved.args[0]
    with ctx.ws.db.session() as s:
        f = s.get(Finding, finding_id)
        assert (f.status, f.violation_code, f.visit_id) == ("submitted", "computer_games", page.visit.id)
        assert len(s.exec(select(Evidence).where(Evidence.finding_id == f.id)).all()) == 1
    assert page.person.text() == "" and page.photos.count() == 0    # ready for the next one

    window.tabs.setCurrentWidget(window.review)
    review = window.review
    rows = [review.queue.model.row_at(r).id for r in range(review.queue.model.rowCount())]
    assert finding_id in rows
    review.queue.table.selectRow(rows.index(finding_id))
    assert review.sanction.currentData() == "efficiency_warning"   # a first breach of a prohibition: the ladder's suggestion, preselected
    qtbot.mouseClick(review.decide_button, Qt.LeftButton)
    with ctx.ws.db.session() as s:
        assert s.get(Finding, finding_id).status == "reviewed"
        assert s.exec(select(Handling).where(Handling.finding_id == finding_id)).one().sanction_code == "efficiency_warning"
    assert finding_id not in [review.queue.model.row_at(r).id for r in range(review.queue.model.rowCount())]


def test_a_visit_with_nothing_wrong_is_recorded_in_one_action(qtbot, window):
    ctx = window.ctx
    inspection = inspections.create(ctx.ws, "明察", "open", date(2026, 11, 23), date(2026, 11, 23), None, [])
    page = window.quick
    page.reload_inspections()
    page.inspection.setCurrentIndex(page.inspection.findData(str(inspection.id)))
    page.unit.insert("区财政局")
    qtbot.mouseClick(page.start_visit_button, Qt.LeftButton)
    visit_id = page.visit.id
    qtbot.mouseClick(page.no_problem_button, Qt.LeftButton)
    with ctx.ws.db.session() as s:
        assert s.get(Visit, visit_id).no_problem is True
    assert page.visit is None


def test_the_documented_keys_record_a_finding(qtbot, window):
    """README: `rsj`↵ `zsm`↵ Alt+Y Ctrl+↵ — initials without the 区, ↵ takes the top completion and
    moves on, the description names the person and their position, Ctrl+↵ saves."""
    from inspector_app.domain.models import Person, Unit
    from inspector_app.domain.pinyin import readings

    ctx = window.ctx
    with ctx.ws.db.session("test") as s:
        hr = s.exec(select(Unit).where(Unit.name == "区人社局")).one()
        s.add(Person(name="张三明", unit_id=hr.id, position="科员"))
    assert "zsm" in readings("张三明")[1]
    page = window.quick
    window.tabs.setCurrentWidget(page)
    page.unit.setFocus()
    qtbot.keyClicks(page.unit, "rsj")
    assert page.unit.list_model.stringList()[0] == "区人社局"
    qtbot.keyClick(page.unit.completer().popup(), Qt.Key_Return)   # the list is open: ↵ goes to it
    assert page.unit.text() == "区人社局" and page.person.hasFocus()
    qtbot.keyClicks(page.person, "zsm")
    qtbot.keyClick(page.person.completer().popup() if page.person.completer().popup().isVisible() else page.person,
                   Qt.Key_Return)
    assert page.person.text() == "张三明" and not page.unit.hasFocus() and not page.person.hasFocus()
    qtbot.keyClick(page, Qt.Key_Y, Qt.AltModifier)
    assert "区人社局科员张三明上班时间玩电脑游戏" in page.note.toPlainText()
    with qtbot.waitSignal(page.saved, timeout=5000) as saved:
        qtbot.keyClick(page, Qt.Key_Return, Qt.ControlModifier)
    with ctx.ws.db.session() as s:
        f = s.get(Finding, saved.args[0])
        person = s.get(Person, f.person_id)
    assert (f.violation_code, person.name, person.unit_id) == ("computer_games", "张三明", hr.id)


def test_the_description_follows_the_fields_until_the_inspector_writes_their_own(qtbot, window):
    page = window.quick
    page.unit.setText("区人社局")
    page.unit.editingFinished.emit()
    page.choose_kind("late")
    assert "区人社局工作人员上班迟到" in page.note.toPlainText()
    page.person.setText("李明")
    page.person.editingFinished.emit()
    assert "区人社局李明上班迟到" in page.note.toPlainText()
    page.note.setPlainText("经查考勤记录，该同志当日42分钟后方到岗。")
    page.choose_kind("leave_early")
    assert page.note.toPlainText() == "经查考勤记录，该同志当日42分钟后方到岗。"


def test_the_person_s_year_and_the_suggestion_show_while_typing(qtbot, window):
    page = window.quick
    with window.ctx.ws.db.session() as s:
        from inspector_app.domain.models import Person, Unit
        person = s.exec(select(Person)).first()
        unit = s.get(Unit, person.unit_id)
    page.unit.insert(unit.name)
    page.person.insert(person.name)
    page.update_history()
    assert person.name in page.history.toPlainText() and "建议处理" in page.history.toPlainText()


def test_the_review_desk_returns_and_voids_with_a_reason(qtbot, window, monkeypatch):
    with window.ctx.ws.db.session() as s:  # two more findings waiting for review
        for f in s.exec(select(Finding).where(Finding.status == "reviewed").limit(2)):
            f.status = "submitted"
    review = window.review
    window.tabs.setCurrentWidget(review)
    first = review.queue.model.row_at(0).id
    review.queue.table.selectRow(0)
    qtbot.mouseClick(review.return_button, Qt.LeftButton)
    second = review.queue.model.row_at(0).id
    review.queue.table.selectRow(0)
    monkeypatch.setattr("PySide6.QtWidgets.QInputDialog.getText", lambda *a, **k: ("经核实系因公外出", True))
    qtbot.mouseClick(review.void_button, Qt.LeftButton)
    with window.ctx.ws.db.session() as s:
        assert s.get(Finding, first).status == "draft"
        f = s.get(Finding, second)
        assert (f.status, f.void_reason) == ("voided", "经核实系因公外出")


def test_a_new_inspection_from_the_dialog(qtbot, window, monkeypatch):
    from inspector_app.ui.inspection_dialog import InspectionDialog

    def fill_and_accept(dialog: InspectionDialog) -> int:
        dialog.title.setText("12月明察暗访")
        dialog.units.item(0).setCheckState(Qt.Checked)
        return QDialog.Accepted
    monkeypatch.setattr(InspectionDialog, "exec", fill_and_accept)
    window.new_inspection()
    with window.ctx.ws.db.session() as s:
        assert s.exec(select(Inspection).where(Inspection.title == "12月明察暗访")).one()
    assert window.quick.inspection.findText("12月明察暗访", Qt.MatchContains) >= 0


def test_bad_input_is_shown_in_plain_chinese(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    page = window.quick
    page.unit.insert("区人设局")
    page.save()
    assert shown and "区人社局" in shown[0]
    assert QKeySequence("Ctrl+L").toString() == "Ctrl+L"


def test_the_window_reopens_on_the_page_it_was_closed_on(qtbot, window, data_dir):
    from inspector_app.ui.app import main_window
    window.tabs.setCurrentWidget(window.rectification)
    window.close()
    window.ctx.ws.db.close()
    again = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(again)
    try:
        assert again.tabs.currentWidget() is again.rectification
    finally:
        again.ctx.ws.db.close()


def test_an_empty_list_says_what_to_do(qtbot, window):
    page = window.findings
    window.tabs.setCurrentWidget(page)
    page.search.setText("没有这样的描述文字")
    page.apply_filter()
    assert page.model.rowCount() == 0 and "没有符合条件的问题记录" in page.detail.toPlainText()
    window.tabs.setCurrentWidget(window.review)
    window.review.show(-1)
    assert "问题记录" in window.review.detail.toPlainText()
