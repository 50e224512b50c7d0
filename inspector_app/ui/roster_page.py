"""名册: the district's units as a tree and the people of the one chosen. The office adds and edits
people, marks who left, confirms or merges those a team added in the field, and brings the roster
in from Excel after a preview of every change (or of every bad row); a team's laptop reads it only."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
    QHeaderView, QInputDialog, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSplitter, QTableWidget, QTableWidgetItem,
    QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from inspector_app.domain import authority
from inspector_app.domain.enums import StaffCategory, UnitKind
from inspector_app.services import roster, roster_import, roster_workbook
from inspector_app.services.roster import PersonInput, UnitInput
from inspector_app.ui.context import AppContext
from inspector_app.ui.screen import fit

WORKBOOKS = "Excel (*.xlsx)"


class RosterPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.units = QTreeWidget()
        self.units.setHeaderLabels([self.tr("单位"), self.tr("在职")])
        self.units.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.units.header().setStretchLastSection(False)
        self.people = QTableWidget(0, 7)
        self.people.setHorizontalHeaderLabels([self.tr("姓名"), self.tr("职务"), self.tr("人员类别"), self.tr("党员"),
                                               self.tr("领导干部"), self.tr("督查组"), self.tr("状态")])
        self.people.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.people.setSelectionMode(QAbstractItemView.SingleSelection)
        self.people.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.people.horizontalHeader().setStretchLastSection(True)
        self.people.verticalHeader().hide()
        self.people.verticalHeader().setDefaultSectionSize(24)
        self.show_left = QCheckBox(self.tr("显示已离开的人员"))
        self.import_button = QPushButton(self.tr("从 Excel 导入…"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.template_button = QPushButton(self.tr("名册模板…"))
        self.add_unit_button = QPushButton(self.tr("新增单位…"))
        self.edit_unit_button = QPushButton(self.tr("编辑单位…"))
        self.add_button = QPushButton(self.tr("新增人员…"))
        self.edit_button = QPushButton(self.tr("编辑…"))
        self.left_button = QPushButton(self.tr("标记离开"))
        self.confirm_button = QPushButton(self.tr("确认"))
        self.merge_button = QPushButton(self.tr("并入…"))
        self.office_controls = [self.import_button, self.template_button, self.add_unit_button, self.edit_unit_button,
                                self.add_button, self.edit_button, self.left_button, self.confirm_button,
                                self.merge_button]
        top = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.template_button, self.add_unit_button,
                       self.edit_unit_button):
            top.addWidget(button)
        top.addStretch()
        top.addWidget(self.show_left)
        actions = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.left_button, self.confirm_button, self.merge_button):
            actions.addWidget(button)
        actions.addStretch()
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.year = QLabel()  # the chosen unit's year: findings, handling, its head's accountability
        self.year.setWordWrap(True)
        column.addWidget(self.year)
        column.addWidget(self.people)
        column.addLayout(actions)
        split = QSplitter()
        split.addWidget(self.units)
        split.addWidget(right)
        split.setSizes([380, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split)
        self.rows: list[dict[str, Any]] = []
        self._chosen = ""  # the unit to show once the tree is filled again
        self.units.currentItemChanged.connect(lambda *_: self.fill_people())
        self.people.itemSelectionChanged.connect(self.enable)
        self.people.doubleClicked.connect(lambda *_: self.edit_person())
        self.show_left.toggled.connect(lambda *_: self.fill_people())
        self.import_button.clicked.connect(self.import_workbook)
        self.export_button.clicked.connect(self.export_workbook)
        self.template_button.clicked.connect(self.write_template)
        self.add_unit_button.clicked.connect(lambda: self.edit_unit(new=True))
        self.edit_unit_button.clicked.connect(lambda: self.edit_unit())
        self.add_button.clicked.connect(lambda: self.edit_person(new=True))
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.left_button.clicked.connect(self.toggle_left)
        self.confirm_button.clicked.connect(self.confirm)
        self.merge_button.clicked.connect(self.merge)
        self.apply_role()

    # --- what is shown ----------------------------------------------------------------------------

    def apply_role(self) -> None:
        """The office edits the roster; a team's laptop shows it, read-only."""
        office = authority.is_office(self.ctx.ws.role)
        for control in self.office_controls:
            control.setVisible(office)
        self.enable()

    def refresh(self) -> None:
        """The unit tree (keeping the unit chosen, or the one just saved) and its people, read in the
        background."""
        chosen = self._chosen or self.unit_name()
        self._chosen = ""
        self.ctx.tasks.run(lambda _p: roster.unit_list(self.ctx.ws), lambda units: self._fill_tree(units, chosen),
                           self.ctx.show_error)

    def _fill_tree(self, units: list[dict[str, Any]], chosen: str) -> None:
        self.units.blockSignals(True)
        self.units.clear()
        parents: list[QTreeWidgetItem] = []
        for unit in units:
            del parents[unit["depth"]:]
            item = QTreeWidgetItem([unit["name"], str(unit["people"])])
            (parents[-1].addChild(item) if parents else self.units.addTopLevelItem(item))
            parents.append(item)
            if unit["name"] == chosen:
                self.units.setCurrentItem(item)
        self.units.expandAll()
        self.units.resizeColumnToContents(1)
        if self.units.currentItem() is None and self.units.topLevelItemCount():
            self.units.setCurrentItem(self.units.topLevelItem(0))
        self.units.blockSignals(False)
        self.fill_people()

    def unit_name(self) -> str:
        item = self.units.currentItem()
        return item.text(0) if item is not None else ""

    def fill_people(self) -> None:
        """The chosen unit's people and its year, read in the background; an answer for a unit no
        longer chosen is dropped."""
        unit, left = self.unit_name(), self.show_left.isChecked()

        def read(_p: Any) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
            if not unit:
                return [], None
            return roster.person_list(self.ctx.ws, unit, left=left), roster.unit_record(self.ctx.ws, unit,
                                                                                      date.today().year)

        def show(result: tuple[list[dict[str, Any]], dict[str, Any] | None]) -> None:
            if unit == self.unit_name():
                self._fill_rows(*result)
        self.ctx.tasks.run(read, show, self.ctx.show_error)

    def _fill_rows(self, rows: list[dict[str, Any]], year: dict[str, Any] | None) -> None:
        self.rows = rows
        self.year.setText(self.describe_year(year) if year else "")
        self.people.setRowCount(len(self.rows))
        yes = self.tr("是")
        for row, p in enumerate(self.rows):
            state = (self.tr("待确认") if p["provisional"] else self.tr("在职") if p["active"] else self.tr("已离开"))
            cells = [p["name"], p["position"], StaffCategory(p["staff_category"]).label(),
                     yes if p["party_member"] else "", yes if p["leader"] else "", p["team"], state]
            for col, text in enumerate(cells):
                self.people.setItem(row, col, QTableWidgetItem(text))
        self.people.resizeColumnsToContents()
        self.enable()

    def describe_year(self, rec: dict[str, Any]) -> str:
        text = (self.tr("%1 年：问题 %2 条，处理 %3 项，对“一把手”问责 %4 次，投诉 %5 件（属实 %6 件）")
                .replace("%1", str(rec["year"])).replace("%2", str(sum(f["count"] for f in rec["findings"])))
                .replace("%3", str(sum(s["count"] for s in rec["sanctions"])))
                .replace("%4", str(len(rec["accountability"])))
                .replace("%5", str(rec["complaints"]["received"])).replace("%6", str(rec["complaints"]["found_true"])))
        return "；".join([text, *rec["alerts"]])

    def person(self) -> dict[str, Any] | None:
        rows = self.people.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def enable(self) -> None:
        chosen = self.person()
        self.edit_button.setEnabled(chosen is not None)
        self.left_button.setEnabled(chosen is not None)
        self.left_button.setText(self.tr("恢复在职") if chosen and not chosen["active"] else self.tr("标记离开"))
        for button in (self.confirm_button, self.merge_button):
            button.setEnabled(bool(chosen and chosen["provisional"]))
        self.add_button.setEnabled(bool(self.unit_name()))
        self.edit_unit_button.setEnabled(bool(self.unit_name()))

    # --- the office's edits -----------------------------------------------------------------------

    def _write(self, work: Any, label: str = "") -> None:
        """A change of the roster, on the writer thread; the page follows when it is written."""
        self.ctx.tasks.run(lambda _p: work(), lambda _r: self.refresh(), self.ctx.show_error, write=True,
                           label=label, parent=self)

    def edit_unit(self, new: bool = False) -> None:
        """A unit added under the one chosen, or the one chosen renamed, moved or of another kind."""
        chosen = None if new else next((u for u in roster.unit_list(self.ctx.ws) if u["name"] == self.unit_name()), None)
        if not new and chosen is None:
            return
        dialog = UnitDialog(self.ctx, chosen, self.unit_name(), self)
        if dialog.exec() == QDialog.Accepted:
            given = dialog.given()
            self._chosen = " ".join(given.name.split())
            self._write(lambda: roster.save_unit(self.ctx.ws, given, chosen["id"] if chosen else None))

    def edit_person(self, new: bool = False) -> None:
        chosen = None if new else self.person()
        if not new and chosen is None:
            return
        dialog = PersonDialog(self.ctx, chosen, self.unit_name(), self)
        if dialog.exec() == QDialog.Accepted:
            given = dialog.given()
            self._write(lambda: roster.save_person(self.ctx.ws, given, chosen["id"] if chosen else None))

    def toggle_left(self) -> None:
        chosen = self.person()
        if chosen is not None:
            self._write(lambda: roster.mark_left(self.ctx.ws, chosen["id"], left=chosen["active"]))

    def confirm(self) -> None:
        chosen = self.person()
        if chosen is not None:
            self._write(lambda: roster.confirm(self.ctx.ws, chosen["id"]))

    def merge(self) -> None:
        """A person a team added is someone of the unit already: chosen from its people, their findings move."""
        chosen = self.person()
        others = [p for p in self.rows if chosen and p["id"] != chosen["id"] and p["active"] and not p["provisional"]]
        if chosen is None or not others:
            return
        labels = [f"{p['name']}  {p['position']}" for p in others]
        picked, ok = QInputDialog.getItem(self, self.tr("并入名册中的人员"),
                                          self.tr("“%1”即是：").replace("%1", chosen["name"]), labels, 0, False)
        if ok:
            into = others[labels.index(picked)]["id"]
            self._write(lambda: roster.merge(self.ctx.ws, chosen["id"], into))

    # --- the workbook -----------------------------------------------------------------------------

    def import_workbook(self) -> None:
        """Check the workbook whole; show what it would change (or every bad row); apply on request."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("导入名册"), "", WORKBOOKS)
        if not path:
            return
        self.ctx.tasks.run(lambda _p: roster_import.import_workbook(self.ctx.ws, Path(path), dry_run=True),
                           lambda plan: self.preview(Path(path), plan), self.ctx.show_error,
                           label=self.tr("正在检查工作簿…"), parent=self)

    def preview(self, path: Path, plan: roster_import.Plan) -> None:
        dialog = ImportPreview(plan, self)
        if dialog.exec() == QDialog.Accepted:
            self._write(lambda: roster_import.import_workbook(self.ctx.ws, path), self.tr("正在导入名册…"))

    def export_workbook(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出名册"), self.tr("名册.xlsx"), WORKBOOKS)
        if path:
            self.ctx.tasks.run(lambda _p: roster.export_workbook(self.ctx.ws, Path(path)), None, self.ctx.show_error,
                               label=self.tr("正在导出名册…"), parent=self)

    def write_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("名册模板"), self.tr("名册模板.xlsx"), WORKBOOKS)
        if path:
            self.ctx.tasks.run(lambda _p: roster_workbook.template(Path(path)), None, self.ctx.show_error, parent=self)


class ImportPreview(QDialog):
    """What an import would do, line by line; 导入 only when no row is bad."""

    def __init__(self, plan: roster_import.Plan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入名册：预览"))
        self.text = QPlainTextEdit("\n".join(plan.report(limit=500)))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Cancel)
        self.apply_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.AcceptRole)
        self.apply_button.setEnabled(not plan.problems)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        fit(self, 760, 480)


class UnitDialog(QDialog):
    """A unit: name, parent, kind, short name."""

    def __init__(self, ctx: AppContext, unit: dict[str, Any] | None, chosen: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑单位") if unit else self.tr("新增单位"))
        self.name = QLineEdit(unit["name"] if unit else "")
        self.name.setMaxLength(100)
        self.parent_unit = QComboBox()
        self.parent_unit.addItem(self.tr("（无）"), "")
        for name in roster.unit_names(ctx.ws):
            if not unit or name != unit["name"]:
                self.parent_unit.addItem(name, name)
        self.parent_unit.setCurrentIndex(max(0, self.parent_unit.findData(unit["parent"] if unit else chosen)))
        self.kind = QComboBox()
        for kind in UnitKind:
            self.kind.addItem(kind.label(), kind.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit["kind"] if unit else UnitKind.AGENCY.value)))
        self.short = QLineEdit(unit["short_name"] if unit else "")
        self.short.setMaxLength(40)
        form = QFormLayout(self)
        form.addRow(self.tr("名称"), self.name)
        form.addRow(self.tr("上级单位"), self.parent_unit)
        form.addRow(self.tr("类别"), self.kind)
        form.addRow(self.tr("简称"), self.short)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def given(self) -> UnitInput:
        return UnitInput(self.name.text(), self.parent_unit.currentData(), self.kind.currentData(), self.short.text())


class PersonDialog(QDialog):
    """A person of the roster: name, unit, position, category, 党员, 领导干部, team."""

    def __init__(self, ctx: AppContext, person: dict[str, Any] | None, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑人员") if person else self.tr("新增人员"))
        self.name = QLineEdit(person["name"] if person else "")
        self.name.setMaxLength(40)
        self.unit = QComboBox()
        self.unit.addItems(roster.unit_names(ctx.ws))
        self.unit.setCurrentText(person["unit"] if person else unit)
        self.position = QLineEdit(person["position"] if person else "")
        self.category = QComboBox()
        for category in StaffCategory:
            self.category.addItem(category.label(), category.value)
        if person:
            self.category.setCurrentIndex(self.category.findData(person["staff_category"]))
        self.party = QCheckBox(self.tr("党员"))
        self.leader = QCheckBox(self.tr("领导干部"))
        self.party.setChecked(bool(person and person["party_member"]))
        self.leader.setChecked(bool(person and person["leader"]))
        self.team = QComboBox()
        self.team.addItem(self.tr("（无）"), "")
        for _id, name in roster.teams(ctx.ws):
            self.team.addItem(name, name)
        if person and person["team"]:
            self.team.setCurrentIndex(self.team.findData(person["team"]))
        flags = QHBoxLayout()
        flags.addWidget(self.party)
        flags.addWidget(self.leader)
        flags.addStretch()
        form = QFormLayout(self)
        form.addRow(self.tr("姓名"), self.name)
        form.addRow(self.tr("单位"), self.unit)
        form.addRow(self.tr("职务"), self.position)
        form.addRow(self.tr("人员类别"), self.category)
        form.addRow("", flags)
        form.addRow(self.tr("督查组"), self.team)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def given(self) -> PersonInput:
        return PersonInput(self.name.text(), self.unit.currentText(), self.position.text(), self.category.currentData(),
                           self.party.isChecked(), self.leader.isChecked(), self.team.currentData())
