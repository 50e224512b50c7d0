"""新建检查行动: the dialog that starts an inspection."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from inspector_app.domain.enums import InspectionMode
from inspector_app.services import roster
from inspector_app.ui.checklist import CheckList
from inspector_app.ui.context import AppContext


class InspectionDialog(QDialog):
    """新建检查行动: title, 明察 or 暗访, dates, team, the units to visit."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("新建检查行动"))
        self.title = QLineEdit()
        self.mode = QComboBox()
        for mode in (InspectionMode.UNDERCOVER, InspectionMode.OPEN):
            self.mode.addItem(mode.label(), mode.value)
        self.start, self.end = QDateEdit(QDate.currentDate()), QDateEdit(QDate.currentDate())
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.team = QComboBox()
        self.team.addItem(self.tr("（未指定）"), None)
        self.units = CheckList()
        for team_id, name in roster.teams(ctx.ws):
            self.team.addItem(name, str(team_id))
        self.units.fill((name, name, False) for name in roster.unit_names(ctx.ws))
        form = QFormLayout(self)
        form.addRow(self.tr("名称"), self.title)
        form.addRow(self.tr("方式"), self.mode)
        form.addRow(self.tr("开始"), self.start)
        form.addRow(self.tr("结束"), self.end)
        form.addRow(self.tr("督查组"), self.team)
        form.addRow(self.tr("计划检查单位"), self.units)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def planned(self) -> list[str]:
        return self.units.ticked()
