"""快速录入: the inspector's form, made to be filled in about fifteen seconds. Unit and person
complete by pinyin initials, the violation type has a shortcut key, the time starts at now, the
description starts from the type's phrase, photos come by drop, paste or dialog. Beside the form:
the person's findings this year and the ladder's suggestion. The half-typed form is saved to disk
as it is typed."""

from __future__ import annotations

import uuid
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QSize, QTimer, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateTimeEdit, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from inspector_app.domain.chinese import chinese_minute
from inspector_app.domain.models import Visit
from inspector_app.services import findings, inspections, roster
from inspector_app.services.drafts import Draft
from inspector_app.services.findings import FindingInput
from inspector_app.ui.completion import NameEdit
from inspector_app.ui.context import AppContext
from inspector_app.i18n import colon


class PhotoList(QListWidget):
    """Photos for the finding: dropped from a file manager, pasted, or chosen in a dialog."""
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListWidget.IconMode)
        self.setIconSize(QSize(96, 72))
        self.setAcceptDrops(True)
        self.setFixedHeight(110)

    def paths(self) -> list[Path]:
        return [Path(self.item(i).data(Qt.UserRole)) for i in range(self.count())]

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            if path in self.paths():
                continue
            item = QListWidgetItem(QIcon(QPixmap(str(path)).scaled(96, 72, Qt.KeepAspectRatio)), path.name)
            item.setData(Qt.UserRole, str(path))
            self.addItem(item)
        self.changed.emit()

    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        self.add_paths([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()


class QuickEntryPage(QWidget):
    saved = Signal(object)  # the new finding's id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.visit: Visit | None = None
        self.draft = Draft(ctx.ws)
        self._phrase_used = ""
        self._position = ("", "", "")  # (unit, name, position): read once a person is named, not per keystroke

        # the inspection and the visit under way
        self.inspection = QComboBox()
        self.visit_label = QLabel(self.tr("未开始点位"))
        self.start_visit_button = QPushButton(self.tr("到达此单位"))
        self.no_problem_button = QPushButton(self.tr("本点位未发现问题"))
        self.no_problem_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("检查行动")))
        top.addWidget(self.inspection, 1)
        top.addWidget(self.visit_label)
        top.addWidget(self.start_visit_button)
        top.addWidget(self.no_problem_button)

        # the finding
        self.unit = NameEdit(self._unit_names)
        self.unit.setPlaceholderText(self.tr("单位名称或拼音首字母，如 rsj"))
        self.person = NameEdit(self._person_names)
        self.person.setPlaceholderText(self.tr("姓名或拼音首字母，如 zsm；新人员自动建档"))
        self.person_desc = QLineEdit()
        self.person_desc.setPlaceholderText(self.tr("不知姓名时描述，如“一名女工作人员”"))
        self.kind = QComboBox()
        self.shortcuts: dict[str, str] = {}
        for v in ctx.ws.ref.catalogue.violations:
            self.kind.addItem(f"{v.name()}" + (f"  (Alt+{v.key})" if v.key else ""), v.code)
            if v.key:
                self.shortcuts[v.key] = v.code
                QShortcut(QKeySequence(f"Alt+{v.key}"), self, activated=lambda code=v.code: self.choose_kind(code))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        self.place = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.photos = PhotoList()
        add_photos = QPushButton(self.tr("添加照片…"))
        self.submit_after = QCheckBox(self.tr("保存后提交审核"))
        self.submit_after.setChecked(True)
        self.save_button = QPushButton(self.tr("保存 (Ctrl+Enter)"))
        self.save_button.setDefault(True)
        self.message = QLabel()

        form = QFormLayout()
        form.addRow(self.tr("单位"), self.unit)
        form.addRow(self.tr("当事人"), self.person)
        form.addRow("", self.person_desc)
        form.addRow(self.tr("问题类型"), self.kind)
        form.addRow(self.tr("发现时间"), self.when)
        form.addRow(self.tr("地点"), self.place)
        form.addRow(self.tr("事实描述"), self.note)
        photo_row = QHBoxLayout()
        photo_row.addWidget(self.photos, 1)
        photo_row.addWidget(add_photos)
        form.addRow(self.tr("证据照片"), photo_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.submit_after)
        buttons.addWidget(self.save_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(form)
        left_layout.addLayout(buttons)
        self.history = QTextBrowser()
        split = QSplitter(Qt.Horizontal)
        split.addWidget(left)
        split.addWidget(self.history)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

        self._history_timer = QTimer(self, singleShot=True, interval=250)
        self._history_timer.timeout.connect(self.update_history)
        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self.save_draft)
        for signal in (self.unit.textChanged, self.person.textChanged, self.kind.currentIndexChanged,
                       self.when.dateTimeChanged):
            signal.connect(self._history_timer.start)
        for signal in (self.unit.textChanged, self.person.textChanged, self.person_desc.textChanged,
                       self.kind.currentIndexChanged, self.when.dateTimeChanged, self.place.textChanged,
                       self.note.textChanged, self.photos.changed):
            signal.connect(self._draft_timer.start)
        for signal in (self.kind.currentIndexChanged, self.unit.editingFinished, self.person.editingFinished,
                       self.when.dateTimeChanged):
            signal.connect(self.start_description)
        add_photos.clicked.connect(self.choose_photos)
        self.save_button.clicked.connect(self.save)
        for keys in ("Ctrl+Return", "Ctrl+Enter", "Ctrl+S"):
            QShortcut(QKeySequence(keys), self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+Shift+V"), self, activated=self.paste_photo)
        self.start_visit_button.clicked.connect(self.arrive)
        self.no_problem_button.clicked.connect(self.nothing_found)
        self.reload_inspections()
        self.restore_draft()
        self.start_description()

    # --- reference lists ------------------------------------------------------------------
    def _unit_names(self) -> list[str]:
        return roster.unit_names(self.ctx.ws)

    def _person_names(self) -> list[str]:
        return roster.person_names(self.ctx.ws, self.unit.text())

    def reload_inspections(self) -> None:
        current = self.inspection.currentData()
        self.inspection.clear()
        self.inspection.addItem(self.tr("（不属于检查行动）"), None)
        for i, _team in inspections.recent(self.ctx.ws, 30):
            self.inspection.addItem(f"{i.start_date:%m-%d} {i.title}", str(i.id))  # Qt compares strings
        index = self.inspection.findData(current)
        self.inspection.setCurrentIndex(max(0, index))

    # --- the form --------------------------------------------------------------------------
    def choose_kind(self, code: str) -> None:
        self.kind.setCurrentIndex(self.kind.findData(code))

    def start_description(self) -> None:
        """Begin the description with the type's phrase, naming the unit, the person and their
        position, and follow the fields until the inspector writes their own."""
        text = self.note.toPlainText().strip()
        if text and text != self._phrase_used:
            return
        vtype = self.ctx.ws.ref.catalogue.violation(self.kind.currentData())
        unit, name = self.unit.text().strip(), self.person.text().strip()
        if name and self._position[:2] != (unit, name):
            self._position = (unit, name, roster.position_of(self.ctx.ws, unit, name))
        who = self._position[2] + name if name else "工作人员"
        phrase = vtype.phrase.format(time=chinese_minute(self.when.dateTime().toPython()), unit=unit, who=who)
        self._phrase_used = phrase
        self.note.setPlainText(phrase)

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), "",
                                                self.tr("照片和视频 (*.jpg *.jpeg *.png *.heic *.heif *.webp *.mp4 *.mov);;所有文件 (*)"))
        self.photos.add_paths([Path(f) for f in files])

    def paste_photo(self) -> None:
        from PySide6.QtWidgets import QApplication
        data = QApplication.clipboard().mimeData()
        if data.hasUrls():
            self.photos.add_paths([Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile()])
        elif data.hasImage():
            inbox = self.ctx.ws.data_dir / "inbox"
            inbox.mkdir(exist_ok=True)
            path = inbox / f"paste-{datetime.now():%Y%m%d-%H%M%S}.png"
            QApplication.clipboard().image().save(str(path))
            self.photos.add_paths([path])

    def current_input(self) -> FindingInput:
        return FindingInput(
            unit="" if self.visit else self.unit.text(), category=self.kind.currentData(),
            at=self.when.dateTime().toString("yyyy-MM-ddTHH:mm"), person=self.person.text(),
            person_description=self.person_desc.text(), note=self.note.toPlainText(), place=self.place.text(),
            photos=tuple(self.photos.paths()), visit_id=self.visit.id if self.visit else None)

    def save(self) -> None:
        data, submit = self.current_input(), self.submit_after.isChecked()

        def work(_progress) -> uuid.UUID:
            return findings.record(self.ctx.ws, data, submit=submit).id

        def done(finding_id: uuid.UUID) -> None:
            self.draft.clear()
            self.message.setText(self.tr("已保存"))
            for field in (self.person, self.person_desc, self.place):
                field.clear()
            self.note.clear()
            self.photos.clear()
            self.when.setDateTime(QDateTime.currentDateTime())
            self.start_description()
            self.saved.emit(finding_id)
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(work, lambda r: (self.save_button.setEnabled(True), done(r)),
                           lambda e, t: (self.save_button.setEnabled(True), self.ctx.show_error(e, t)),
                           write=True, label=self.tr("正在保存…"), parent=self)

    # --- the visit ------------------------------------------------------------------------
    def arrive(self) -> None:
        inspection_id = uuid.UUID(self.inspection.currentData()) if self.inspection.currentData() else None
        if inspection_id is None:
            QMessageBox.information(self, self.tr("到达单位"), self.tr("请先选择检查行动"))
            return
        unit, now = self.unit.text(), datetime.now()

        def done(arrived: tuple[Visit, str]) -> None:
            self.visit, name = arrived
            self.unit.setText(name)
            self.unit.setEnabled(False)
            self.visit_label.setText(self.tr("点位：%1 %2").replace("%1", name)
                                     .replace("%2", f"{self.visit.arrived_at:%H:%M}"))
            self.no_problem_button.setEnabled(True)
            self.start_visit_button.setText(self.tr("离开此单位"))
            self.start_visit_button.clicked.disconnect()
            self.start_visit_button.clicked.connect(self.leave)
        self.ctx.tasks.run(lambda _p: inspections.arrive(self.ctx.ws, inspection_id, unit, now), done,
                           self.ctx.show_error, write=True)

    def leave(self) -> None:
        self.visit = None
        self.unit.setEnabled(True)
        self.visit_label.setText(self.tr("未开始点位"))
        self.no_problem_button.setEnabled(False)
        self.start_visit_button.setText(self.tr("到达此单位"))
        self.start_visit_button.clicked.disconnect()
        self.start_visit_button.clicked.connect(self.arrive)

    def nothing_found(self) -> None:
        visit = self.visit
        if visit is None:
            return
        self.ctx.tasks.run(lambda _p: inspections.nothing_found(self.ctx.ws, visit.id, datetime.now()),
                           lambda _v: (self.message.setText(self.tr("已记录：本点位未发现问题")), self.leave()),
                           self.ctx.show_error, write=True)

    # --- beside the form -------------------------------------------------------------------
    def update_history(self) -> None:
        unit_text, person_text = self.unit.text().strip(), self.person.text().strip()
        code, when = self.kind.currentData(), self.when.dateTime().toPython()
        year_title, suggested = self.tr("本年度问题"), self.tr("建议处理")  # tr() on the GUI thread

        def work(_p) -> str:
            import html

            seen = findings.preview(self.ctx.ws, unit_text, person_text, code, when)
            if seen is None:  # not a unit (yet), or several: nothing to show
                return ""
            hint = seen.suggestion
            cat = self.ctx.ws.ref.catalogue
            parts = [f"<h3>{html.escape(person_text or seen.unit.name)}</h3>"]
            if seen.person:
                parts.append(f"<p>{year_title}{colon()}{len(seen.this_year)}</p><ul>" + "".join(
                    f"<li>{r.observed_at:%m-%d %H:%M} {html.escape(cat.violation(r.violation_code).name())}</li>"
                    for r in seen.this_year) + "</ul>")
            parts.append(f"<p><b>{suggested}{colon()}</b>{html.escape(cat.sanction(hint.sanction).name())}</p>")
            parts += [f"<p>· {html.escape(r.text())}</p>" for r in hint.reasons]
            parts += [f"<p style='color:#c00'>⚠ {html.escape(a.text())}</p>" for a in hint.alerts]
            return "".join(parts)
        self.ctx.tasks.run(work, self.history.setHtml, lambda e, t: None)

    # --- the draft that survives a crash ----------------------------------------------------
    def draft_data(self) -> dict:
        return {"unit": self.unit.text(), "person": self.person.text(), "person_desc": self.person_desc.text(),
                "kind": self.kind.currentData(), "when": self.when.dateTime().toString("yyyy-MM-ddTHH:mm"),
                "place": self.place.text(), "note": self.note.toPlainText(),
                "photos": [str(p) for p in self.photos.paths()]}

    def save_draft(self) -> None:
        data = self.draft_data()
        if any((data["person"], data["person_desc"], data["place"], data["photos"])) or \
                (data["note"].strip() and data["note"] != self._phrase_used):
            self.draft.save(data)

    def restore_draft(self) -> None:
        data = self.draft.load()
        if not data:
            return
        self.unit.setText(data.get("unit", ""))
        self.person.setText(data.get("person", ""))
        self.person_desc.setText(data.get("person_desc", ""))
        if data.get("kind"):
            self.choose_kind(data["kind"])
        when = QDateTime.fromString(data.get("when", ""), "yyyy-MM-ddTHH:mm")
        if when.isValid():
            self.when.setDateTime(when)
        self.place.setText(data.get("place", ""))
        self.note.setPlainText(data.get("note", ""))
        self.photos.add_paths([Path(p) for p in data.get("photos", []) if Path(p).exists()])
        self.message.setText(self.tr("已恢复上次未保存的记录"))
