"""设置 in the window (Ctrl+,): a refused value is named and the dialog stays; saved values are used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from inspector_app.services import settings
from inspector_app.ui.settings_dialog import SettingsDialog


def test_the_office_changes_its_notice_header_and_a_local_rule(qtbot, window):
    qtbot.keyClick(window, Qt.Key_Comma, Qt.ControlModifier)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == ["通报", "字体", "本地规则", "投诉与节假日", "考核",
                                                                          "安全", "同步中心"]
    assert not dialog.hub.isEnabled()  # not enrolled
    dialog.fields["signature"].clear()
    dialog.save()
    assert dialog.isVisible() and "“署名”不能为空" in dialog.message.text()
    dialog.fields["signature"].setText("市机关效能建设领导小组办公室")
    dialog.fields["org_code"].setText("市效能办")
    dialog.rules["late-three-times"].setValue(4)
    dialog.save()
    assert not dialog.isVisible()
    assert settings.notice(window.ctx.ws).org_code == "市效能办"
    assert {r.id: r.at_least for r in settings.local_rules(window.ctx.ws)}["late-three-times"] == 4


def test_a_teams_laptop_may_change_only_the_hubs_address(qtbot, window):
    window.ctx.ws.enrolled("inspector", "")
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert [dialog.tabs.widget(i).isEnabled() for i in range(7)] == [False] * 6 + [True]


def test_the_office_sets_its_complaint_deadlines_and_a_year_the_calendar_does_not_know(qtbot, window):
    from datetime import date

    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.complaint_limits["days"].value() == 30 and "默认 30" in dialog.complaint_limits["days"].suffix()
    dialog.complaint_limits["days"].setValue(25)
    dialog.holiday_year.setValue(2027)
    dialog.holidays.setPlainText("2027-01-01\n2027-02-06..2027-02-12")
    dialog.workdays.setPlainText("2027-02-15")  # a Monday
    dialog.save()
    assert "本是工作日" in dialog.message.text()
    dialog.workdays.setPlainText("2027-02-14")
    dialog.save()
    assert settings.complaint_rules(window.ctx.ws).days == 25
    own = settings.holiday_years(window.ctx.ws)[2027]
    assert len(own.holidays) == 8 and own.workdays == {date(2027, 2, 14)}
    assert settings.work_calendar(window.ctx.ws).add(date(2027, 2, 5), 1).due_on == date(2027, 2, 14)


def test_the_office_sets_its_assessment_points_and_a_bad_threshold_is_named(qtbot, window):
    dialog = SettingsDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    assert dialog.assessment["per_finding"].value() == 1 and "默认 1" in dialog.assessment["per_finding"].suffix()
    dialog.assessment["per_finding"].setValue(2.5)
    dialog.assessment["grave_at"].setValue(15)  # below the explain threshold
    dialog.save()
    assert "不能低于" in dialog.message.text() and settings.assessment_rules(window.ctx.ws).per_finding == 1
    dialog.assessment["grave_at"].setValue(30)
    dialog.save()
    assert settings.assessment_rules(window.ctx.ws).per_finding == 2.5 and dialog.result() == QDialog.Accepted
