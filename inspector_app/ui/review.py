"""审核: the office's queue of submitted findings. For each: the facts, the photos, the person's
year and the ladder's suggestion; a person decides the handling, sends it back for more evidence,
or voids it with a reason. Each finding's history comes from the audit log."""

from __future__ import annotations

import html
import uuid

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QInputDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from inspector_app.domain.enums import FindingStatus
from inspector_app.services import findings
from inspector_app.ui.context import AppContext
from inspector_app.ui.desk import DeskPage
from inspector_app.ui.finding_list import finding_html


class ReviewPage(DeskPage):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, (FindingStatus.SUBMITTED.value,), parent=parent)
        self.sanction = QComboBox()
        for s in ctx.ws.ref.catalogue.sanctions:
            self.sanction.addItem(s.name(), s.code)
        self.accountability = QCheckBox(self.tr("对单位“一把手”问责"))
        self.accountability.setToolTip(self.tr("本单位的问题由其“一把手”承担责任：仅限文件规定的问责方式"))
        self.forms = {s.code for s in ctx.ws.ref.catalogue.accountability()}
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("处理说明（可选）"))
        self.queue.search.setMinimumWidth(160)
        self.decide_button = QPushButton(self.tr("决定处理"))
        self.return_button = QPushButton(self.tr("退回补充证据"))
        self.void_button = QPushButton(self.tr("作废…"))
        self.evidence_button = QPushButton(self.tr("证据与打码…"))
        self.controls = [self.sanction, self.note, self.evidence_button, self.decide_button, self.return_button,
                         self.void_button]
        decision = QHBoxLayout()
        decision.addWidget(self.sanction)
        decision.addWidget(self.accountability)
        decision.addWidget(self.note, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.evidence_button)
        actions.addStretch()
        for b in (self.decide_button, self.return_button, self.void_button):
            actions.addWidget(b)
        # conflicts from sync (two people changed the same field): settled here by office staff
        self.conflicts_button = QPushButton()
        self.conflicts_button.hide()
        top = QHBoxLayout()
        top.addStretch()
        top.addWidget(self.conflicts_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.desk(decision, actions))
        self.evidence_button.clicked.connect(lambda: self.queue.findingActivated.emit(self.current))
        self.decide_button.clicked.connect(self.decide)
        self.sanction.currentIndexChanged.connect(self._offer_accountability)
        self._offer_accountability()
        self.return_button.clicked.connect(lambda: self.act(FindingStatus.DRAFT))
        self.void_button.clicked.connect(self.void)

    def show_conflict_count(self, count: int) -> None:
        self.conflicts_button.setVisible(count > 0)
        self.conflicts_button.setText(self.tr("同步冲突 %1 项，待处理…").replace("%1", str(count)))

    def describe(self, finding_id: uuid.UUID) -> tuple[str, str]:
        """The finding and its history; the ladder's suggestion, to preselect."""
        shown = findings.detail(self.ctx.ws, finding_id)
        lines = "".join(f"<li>{h.at.astimezone():%Y-%m-%d %H:%M} {html.escape(h.actor)} "
                        f"{html.escape(findings.history_line(h))}</li>" for h in shown.history)
        history_title = self.tr("记录历史")
        return finding_html(self.ctx, shown) + f"<p><b>{history_title}</b></p><ul>{lines}</ul>", \
            shown.suggestion.sanction

    def present(self, suggested: str) -> None:
        self.sanction.setCurrentIndex(self.sanction.findData(suggested))

    def _enable(self, on: bool) -> None:
        super()._enable(on)
        self._offer_accountability()

    def _offer_accountability(self) -> None:
        """Only a form of accountability the source documents name can hold the unit's head accountable."""
        offered = self.sanction.isEnabled() and self.sanction.currentData() in self.forms
        self.accountability.setEnabled(offered)
        if not offered:
            self.accountability.setChecked(False)

    def decide(self) -> None:
        finding_id, code, note = self.current, self.sanction.currentData(), self.note.text()
        head = self.accountability.isChecked()
        self.ctx.tasks.run(lambda _p: findings.decide(self.ctx.ws, finding_id, code, note, accountability=head),
                           lambda _r: self.after_action(), self.ctx.show_error, write=True)

    def act(self, target: FindingStatus, reason: str = "") -> None:
        finding_id = self.current
        self.ctx.tasks.run(lambda _p: findings.move(self.ctx.ws, finding_id, target, reason),
                           lambda _r: self.after_action(), self.ctx.show_error, write=True)

    def void(self) -> None:
        reason, ok = QInputDialog.getText(self, self.tr("作废问题记录"), self.tr("作废理由（必填）："))
        if ok:
            self.act(FindingStatus.VOIDED, reason)

    def after_action(self) -> None:
        self.note.clear()
        self.queue.apply_filter()
