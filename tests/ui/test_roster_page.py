"""名册 in the window: the unit tree and its people; the office adds, edits and marks who left, and
imports a workbook after a preview that shows every bad row; a team's laptop reads it only."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from inspector_app.services import roster
from tests.services.test_roster_import import PEOPLE, UNITS, workbook


def with_dialog(act):
    """Run `act` on the modal dialog the next call opens."""
    QTimer.singleShot(0, lambda: act(QApplication.activeModalWidget()))


def choose(page, unit):
    page.units.setCurrentItem(page.units.findItems(unit, Qt.MatchExactly | Qt.MatchRecursive, 0)[0])


def test_the_office_keeps_its_people_in_the_window(window):
    page = window.roster
    window.tabs.setCurrentWidget(page)
    assert page.units.topLevelItemCount() > 0 and page.import_button.isVisible()
    choose(page, "区人社局")
    before = len(page.rows)
    assert before > 0 and page.people.rowCount() == before
    assert "对“一把手”问责 0 次" in page.year.text()

    def fill(dialog):
        dialog.name.setText("新同志")
        dialog.position.setText("科员")
        dialog.party.setChecked(True)
        dialog.accept()
    with_dialog(fill)
    page.add_button.click()
    added = next(p for p in page.rows if p["name"] == "新同志")
    assert len(page.rows) == before + 1 and added["position"] == "科员" and added["party_member"]

    page.people.selectRow(next(i for i, p in enumerate(page.rows) if p["name"] == "新同志"))
    assert page.left_button.text() == "标记离开"
    page.left_button.click()
    assert "新同志" not in [p["name"] for p in page.rows]
    page.show_left.setChecked(True)
    assert [p["active"] for p in page.rows if p["name"] == "新同志"] == [False]


def test_an_import_shows_every_bad_row_first_and_applies_only_a_good_workbook(window, tmp_path, monkeypatch):
    page = window.roster
    window.tabs.setCurrentWidget(page)
    bad = workbook(tmp_path / "bad.xlsx", units=UNITS + [["某办", "不存在的局", "", ""]], people=PEOPLE)
    good = workbook(tmp_path / "good.xlsx", units=[UNITS[2], UNITS[1]],
                    people=[[p["name"], p["unit"], p["position"], p["category_name"], "是" if p["party_member"] else "",
                             "是" if p["leader"] else "", p["team"]] for p in roster.person_list(window.ctx.ws)]
                    + [["王芳", "区行政服务中心税务窗口", "", "编外", "", "", ""]])
    seen = {}

    def look(dialog):
        seen["text"], seen["can_apply"] = dialog.text.toPlainText(), dialog.apply_button.isEnabled()
        dialog.reject()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with_dialog(look)
    page.import_button.click()
    assert "单位表第 6 行" in seen["text"] and not seen["can_apply"]

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(good), ""))
    with_dialog(lambda dialog: (seen.update(text=dialog.text.toPlainText()), dialog.accept()))
    page.import_button.click()
    assert "人员将新增 1、修改 0、标记离开 0" in seen["text"]
    choose(page, "区行政服务中心税务窗口")
    assert "王芳" in [p["name"] for p in page.rows]


def test_a_teams_laptop_shows_the_roster_read_only(window):
    window.ctx.ws.enrolled("inspector", "")
    window.apply_role()
    page = window.roster
    window.tabs.setCurrentWidget(page)
    assert not page.import_button.isVisible() and not page.add_button.isVisible()
    assert page.export_button.isVisible() and page.people.rowCount() > 0


def test_the_office_adds_a_unit_under_the_one_chosen_and_moves_it(window):
    page = window.roster
    window.tabs.setCurrentWidget(page)
    choose(page, "区行政服务中心")

    def add(dialog):
        dialog.name.setText("区行政服务中心医保窗口")
        dialog.kind.setCurrentIndex(dialog.kind.findData("window"))
        dialog.accept()
    with_dialog(add)
    page.add_unit_button.click()
    assert page.unit_name() == "区行政服务中心医保窗口"
    assert page.units.currentItem().parent().text(0) == "区行政服务中心"

    def move(dialog):
        dialog.parent_unit.setCurrentIndex(dialog.parent_unit.findData("区卫健局"))
        dialog.accept()
    with_dialog(move)
    page.edit_unit_button.click()
    assert page.units.currentItem().parent().text(0) == "区卫健局"


def test_the_office_merges_a_person_a_team_added_into_one_of_the_unit(window):
    from inspector_app.domain.models import Person, Unit
    from sqlmodel import select

    ws = window.ctx.ws
    with ws.db.session("test") as s:
        unit = s.exec(select(Unit).where(Unit.name == "区人社局")).one()
        s.add(Person(name="张三（现场）", unit_id=unit.id, provisional=True))
    page = window.roster
    window.tabs.setCurrentWidget(page)
    choose(page, "区人社局")
    page.people.selectRow(next(i for i, p in enumerate(page.rows) if p["provisional"]))
    assert page.merge_button.isEnabled() and page.left_button.text() == "标记离开"
    into = next(p for p in page.rows if not p["provisional"])
    offered = []

    def pick(dialog):
        offered.extend(dialog.comboBoxItems())
        dialog.setTextValue(next(label for label in offered if label.startswith(into["name"])))
        dialog.accept()
    with_dialog(pick)
    page.merge_button.click()
    assert len(offered) == len(page.rows)  # every other person of the unit at work, not the one merged
    assert "张三（现场）" not in [p["name"] for p in page.rows]
    assert not roster.provisional(ws)
