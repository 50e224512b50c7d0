"""Sync in the app: a status line and a button in the window's status bar, the enrolment dialog,
and the office's list of conflicts. A sync runs in the background; when the hub cannot be reached
it is tried again later, waiting longer each time; while enrolled, it also runs every quarter hour.
The network code is imported by the first sync, in the background, not at start."""

from __future__ import annotations

import platform
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget,
)

from inspector_app.domain.enums import (
    ComplaintStatus, FindingStatus, InspectionMode, NoticeStatus, UnitKind, UserRole,
)
from inspector_app.errors import InspectorError
from inspector_app.services import sync
from inspector_app.ui.context import AppContext
from inspector_app.i18n import colon, joined
from inspector_app.ui.screen import fit

AUTO_SYNC_MS = 15 * 60 * 1000
FIRST_RETRY_MS = 30 * 1000
LONGEST_RETRY_MS = 15 * 60 * 1000


class EnrollDialog(QDialog):
    """登记到同步中心: the hub's address, the administrator's one-time code, the user's password."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登记到同步中心"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://10.1.2.3:8765")
        self.code = QLineEdit()
        self.code.setPlaceholderText("K7QF-3MZD")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.Password)
        self.name = QLineEdit(platform.node())
        form = QFormLayout(self)
        intro = QLabel(self.tr("向管理员要同步中心的地址和一次性注册码；密码是管理员为您开设账号时设定的密码。"
                               "登记后，本机记录的录入人即为您本人。"))
        intro.setWordWrap(True)
        form.addRow(intro)
        form.addRow(self.tr("同步中心地址"), self.url)
        form.addRow(self.tr("注册码"), self.code)
        form.addRow(self.tr("密码"), self.password)
        form.addRow(self.tr("本机名称"), self.name)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("登记"), QDialogButtonBox.AcceptRole).setDefault(True)
        buttons.addButton(self.tr("取消"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(520)


BOOKKEEPING = {"id", "deleted", "created_at", "updated_at", "server_version", "password_hash"}


class ConflictsDialog(QDialog):
    """同步冲突: every field two people changed, value another record holds or record the hub refused,
    with both values, in the words office staff use; they choose which stands. `rows`: the hub's
    conflicts, each with its record's "label": its kind and name (`services.sync.conflicts`)."""

    def __init__(self, ctx: AppContext, rows: list[dict[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("同步冲突"))
        self.rows = rows
        self.table = QTableWidget(len(rows), 5)
        self.table.setHorizontalHeaderLabels([self.tr("记录"), self.tr("字段"), self.tr("同步中心的值"),
                                              self.tr("终端的值"), self.tr("原因")])
        self.fields, reasons = self.names()
        for i, r in enumerate(rows):
            field = r["field"]
            for j, text in enumerate((r["label"],
                                      self.field_name(r["entity"], field) if field else "—",
                                      self.shown(r["entity"], field, r["hub_value"]),
                                      self.shown(r["entity"], field, r["device_value"]),
                                      reasons.get(r["reason"], r["reason"]))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole of a long value
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        keep_hub = QPushButton(self.tr("保留同步中心的值"))
        take_device = QPushButton(self.tr("采用终端的值"))
        keep_hub.clicked.connect(lambda: self.resolve("hub"))
        take_device.clicked.connect(lambda: self.resolve("device"))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(keep_hub)
        buttons.addWidget(take_device)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        fit(self, 900, 400)

    def names(self) -> tuple[dict[str, str], dict[str, str]]:
        """The words office staff know for the fields of records ("entity.field" where a name means
        something else in one kind) and the reasons of a conflict."""
        fields = {"name": self.tr("名称"), "person.name": self.tr("姓名"), "short_name": self.tr("简称"),
                  "position": self.tr("职务"), "unit_id": self.tr("单位"), "person_id": self.tr("人员"),
                  "team_id": self.tr("督查组"), "title": self.tr("标题"), "mode": self.tr("方式"),
                  "start_date": self.tr("开始日期"), "end_date": self.tr("结束日期"), "notes": self.tr("备注"),
                  "note": self.tr("备注"), "location": self.tr("位置"), "no_problem": self.tr("未发现问题"),
                  "arrived_at": self.tr("到达时间"), "left_at": self.tr("离开时间"),
                  "person_description": self.tr("人员描述"), "violation_code": self.tr("问题类型"),
                  "observed_at": self.tr("发现时间"), "place": self.tr("地点"), "description": self.tr("描述"),
                  "witnesses": self.tr("见证人"), "status": self.tr("状态"), "void_reason": self.tr("作废理由"),
                  "rotation": self.tr("旋转"), "redactions": self.tr("打码区域"), "for_notice": self.tr("用于通报"),
                  "sanction_code": self.tr("处理方式"), "decided_on": self.tr("决定日期"),
                  "due_on": self.tr("期限"), "feedback": self.tr("整改反馈"), "accepted": self.tr("验收通过"),
                  "number": self.tr("文号"), "recipients": self.tr("主送"), "body": self.tr("正文"), "cc": self.tr("抄送"),
                  "issued_on": self.tr("印发日期"), "subject": self.tr("事由"), "content": self.tr("内容"),
                  "answer": self.tr("答复"), "deleted": self.tr("删除"), "username": self.tr("用户名"),
                  "display_name": self.tr("姓名"), "role": self.tr("角色"), "active": self.tr("启用")}
        reasons = {"edited_on_hub": self.tr("同步中心上已被他人修改"), "taken": self.tr("已被另一条记录使用"),
                   "refused": self.tr("无权进行此项修改"), "rejected": self.tr("同步中心拒收"),
                   "overridden": self.tr("督查组的修改被办公室的决定取代")}
        return fields, reasons

    def field_name(self, entity: str, field: str) -> str:
        return self.fields.get(f"{entity}.{field}") or self.fields.get(field, field)

    def shown(self, entity: str, field: str | None, value: Any) -> str:
        """A value as office staff read it: a status, violation type or handling by its name, yes or
        no; a whole record (a refused one) by its fields, without the bookkeeping and references."""
        if isinstance(value, dict):
            return joined([f"{self.field_name(entity, key)}{colon()}{self.shown(entity, key, v)}"
                           for key, v in value.items()
                           if key not in BOOKKEEPING and not key.endswith("_id") and v not in (None, "", [], {})])
        labelled = {("finding", "status"): FindingStatus, ("notice", "status"): NoticeStatus,
                    ("complaint", "status"): ComplaintStatus, ("user", "role"): UserRole, ("unit", "kind"): UnitKind,
                    ("inspection", "mode"): InspectionMode}
        catalogue = self.ctx.ws.ref.catalogue
        named = {"violation_code": catalogue.violation, "sanction_code": catalogue.sanction,
                 "suggested_code": catalogue.sanction}
        try:
            if (entity, field) in labelled:
                return labelled[entity, field](value).label()
            if field in named and value:
                return named[field](value).name()
        except (KeyError, ValueError):  # a code this machine's catalogue does not know: as it is
            pass
        if isinstance(value, bool):
            return self.tr("是") if value else self.tr("否")
        return "" if value is None else str(value)

    def resolve(self, take: str) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        conflict = self.rows[row]

        def work(_progress: Any) -> None:
            sync.resolve(self.ctx.ws, conflict["id"], take)

        def done(_result: Any) -> None:
            self.table.removeRow(row)
            del self.rows[row]

        self.ctx.tasks.run(work, done, self.ctx.show_error)


class SyncPanel(QWidget):
    """The status bar's sync status and buttons."""

    synced = Signal(object)
    conflicts_changed = Signal(int)
    enrolled = Signal()  # the laptop is now enrolled: whose it is may have changed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.status = QLabel()
        self.button = QPushButton(self.tr("同步"))
        self.button.clicked.connect(self.sync_now)
        self.conflicts_button = QPushButton()
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.hide()
        self.refused: list[str] = []
        self.refused_button = QPushButton()
        self.refused_button.clicked.connect(self.show_refused)
        self.refused_button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.refused_button)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.button)
        self.running = False
        self.retry_ms = FIRST_RETRY_MS
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(lambda: self.sync_now(quietly=True))
        if sync.enrolled(ctx.ws):
            self.timer.start(AUTO_SYNC_MS)

    def refresh(self) -> None:
        """The status line: what waits to be sent and when the last sync was (counted in the
        background: the counts read the whole outbox and evidence tables)."""
        self.ctx.tasks.run(lambda _progress: sync.status(self.ctx.ws), self._show, self.ctx.show_error)

    def _show(self, state: sync.Status) -> None:
        ops, photos, last, enrolled = state.waiting_ops, state.waiting_photos, state.last, state.enrolled
        when = f"{datetime.fromisoformat(last['at']).astimezone():%m-%d %H:%M}" if last else self.tr("从未同步")
        if not enrolled:
            when = self.tr("未登记到同步中心")
        self.status.setText(self.tr("待发送 %1 项、照片 %2 张 · 上次同步：%3")
                            .replace("%1", str(ops)).replace("%2", str(photos)).replace("%3", when))
        self.refused = (last or {}).get("refused") or []
        self.refused_button.setVisible(bool(self.refused))
        self.refused_button.setText(self.tr("被拒 %1").replace("%1", str(len(self.refused))))
        conflicts = (last or {}).get("open_conflicts") or 0
        self.conflicts_button.setVisible(bool(conflicts))
        self.conflicts_button.setText(self.tr("冲突 %1").replace("%1", str(conflicts)))
        self.conflicts_changed.emit(conflicts)

    def sync_now(self, quietly: bool = False) -> None:
        if self.running:
            return
        if not sync.enrolled(self.ctx.ws):
            if not quietly:
                self.enroll()
            return
        self.running = True
        self.button.setEnabled(False)
        self.button.setText(self.tr("同步中…"))
        def work(progress: Any) -> Any:
            return sync.sync(self.ctx.ws, progress=lambda stage, done, total: progress.update(done, total), attempts=3)

        self.ctx.tasks.run(work, self._done, lambda exc, trace: self._failed(exc, trace, quietly))

    def _finish(self) -> None:
        self.running = False
        self.button.setEnabled(True)
        self.button.setText(self.tr("同步"))
        self.refresh()

    def _done(self, report: Any) -> None:
        self._finish()
        self.retry_ms = FIRST_RETRY_MS
        self.timer.start(AUTO_SYNC_MS)
        self.synced.emit(report)

    def _failed(self, exc: BaseException, trace: str, quietly: bool) -> None:
        self._finish()
        if isinstance(exc, InspectorError) and exc.key == "sync_unreachable":
            self.timer.start(self.retry_ms)  # the hub may be back later: try again, waiting longer each time
            self.retry_ms = min(self.retry_ms * 2, LONGEST_RETRY_MS)
            if quietly:
                return
        self.ctx.show_error(exc, trace)

    def enroll(self) -> None:
        dialog = EnrollDialog(self)
        if dialog.exec() != QDialog.Accepted:
            return
        url, code, password, name = (dialog.url.text().strip(), dialog.code.text().strip(), dialog.password.text(),
                                     dialog.name.text().strip() or platform.node())

        def work(_progress: Any) -> Any:
            return sync.enroll(self.ctx.ws, url, code, password, name)

        def done(_creds: Any) -> None:
            self.enrolled.emit()
            self.refresh()
            self.sync_now()

        self.ctx.tasks.run(work, done, self.ctx.show_error)

    def show_refused(self) -> None:
        """What the hub refused at the last sync, counted by reason: the records stay on this laptop,
        and the office sees them among the sync's conflicts."""
        from PySide6.QtWidgets import QMessageBox  # not on the way to the window's first frame

        said = self.tr("上次同步时，同步中心没有接受以下 %1 项修改。它们仍保存在本机，办公室在“同步冲突”中能看到。")
        box = QMessageBox(QMessageBox.Warning, self.tr("同步中心拒收的修改"),
                          said.replace("%1", str(len(self.refused))), QMessageBox.Ok, self)
        box.setInformativeText("\n".join(sync.refusal_lines(self.refused)))
        box.exec()

    def show_conflicts(self) -> None:
        def work(_progress: Any) -> Any:
            return sync.conflicts(self.ctx.ws)

        def done(rows: list[dict[str, Any]]) -> None:
            ConflictsDialog(self.ctx, rows, self).exec()
            self.sync_now(quietly=True)  # and the count with it

        self.ctx.tasks.run(work, done, self.ctx.show_error)

