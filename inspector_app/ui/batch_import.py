"""从文件夹导入照片: a day's photos from a folder or memory card, for one inspection. Each file is
stored, and proposed to the finding (or visit) it was taken at by its capture time; a person checks
the proposal, changes any line, and confirms. Files that could not be read say why."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from inspector_app.services import evidence, inspections
from inspector_app.services.evidence import Card, Proposal
from inspector_app.ui.context import AppContext
from inspector_app.ui.screen import fit


@dataclass
class Batch:
    card: Card
    thumbs: dict[str, QImage]  # by path: what the person looks at to confirm


class BatchImportDialog(QDialog):
    imported = Signal(int)  # how many files were attached

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: Batch | None = None
        self.setWindowTitle(self.tr("从文件夹导入照片"))
        fit(self, 900, 600)
        self.inspection = QComboBox()
        for i, _team in inspections.recent(ctx.ws):
            self.inspection.addItem(f"{i.start_date:%Y-%m-%d} {i.title}", str(i.id))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("照片所在的文件夹或存储卡（如 DCIM）"))
        browse = QPushButton(self.tr("选择…"))
        self.read_button = QPushButton(self.tr("读取并匹配"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("检查行动")))
        top.addWidget(self.inspection, 1)
        top.addWidget(self.folder, 2)
        top.addWidget(browse)
        top.addWidget(self.read_button)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("拍摄时间"), self.tr("归入")])
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.table.setIconSize(QSize(96, 72))
        self.table.verticalHeader().setVisible(False)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setMaximumHeight(90)
        self.problems.hide()
        self.summary = QLabel()
        self.confirm_button = QPushButton(self.tr("确认导入"))
        self.confirm_button.setEnabled(False)
        close = QPushButton(self.tr("关闭"))
        for button in (browse, self.confirm_button, close):
            button.setAutoDefault(False)  # Enter reads the folder typed; confirming takes a click
        self.read_button.setDefault(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.confirm_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(bottom)
        browse.clicked.connect(self.choose_folder)
        self.read_button.clicked.connect(lambda: self.read(Path(self.folder.text())))
        self.confirm_button.clicked.connect(self.confirm)
        close.clicked.connect(self.close)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择照片文件夹"))
        if folder:
            self.folder.setText(folder)
            self.read(Path(folder))

    def read(self, folder: Path) -> None:
        """Store every file of the folder and propose where each belongs (in the background)."""
        if not self.inspection.currentData():
            self.summary.setText(self.tr("请先新建检查行动。"))
            return
        if not folder.is_dir():
            self.summary.setText(self.tr("找不到文件夹：%1").replace("%1", str(folder)))
            return
        inspection_id = uuid.UUID(self.inspection.currentData())

        def work(progress) -> Batch:
            card = evidence.read_card(self.ctx.ws, inspection_id, [folder], progress.update, progress.cancel_event)
            return Batch(card, {r.path: QImage.fromData(evidence.thumbnail(self.ctx.ws, r.sha256)) for r in card.results
                                if r.ok and r.info.kind == "photo"})
        self.ctx.tasks.run(work, self.show_batch, self.ctx.show_error, label=self.tr("正在读取照片…"), parent=self,
                           cancellable=True)

    def show_batch(self, batch: Batch) -> None:
        self.batch = batch
        card = batch.card
        by_path = {r.path: r for r in card.results}
        self.table.setRowCount(len(card.proposals))
        for row, p in enumerate(card.proposals):
            info = by_path[p.key].info
            name = QTableWidgetItem(Path(p.key).name)
            if p.key in batch.thumbs:
                name.setIcon(QIcon(QPixmap.fromImage(batch.thumbs[p.key])))
            self.table.setItem(row, 0, name)
            when = f"{info.captured_at:%Y-%m-%d %H:%M:%S}" if info and info.captured_at else self.tr("无拍摄时间")
            self.table.setItem(row, 1, QTableWidgetItem(when))
            combo = QComboBox()
            combo.addItem(self.tr("不导入"), -1)
            for i, t in enumerate(card.targets):
                combo.addItem(t.label + ("" if t.finding_id else self.tr("（点位）")), i)
            target = card.target_of(p)
            chosen = card.targets.index(target) if target else -1
            combo.setCurrentIndex(combo.findData(chosen))
            self.table.setCellWidget(row, 2, combo)
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        failed = [r.message() for r in card.results if not r.ok]
        self.problems.setPlainText("\n".join(failed))
        self.problems.setVisible(bool(failed))
        matched = sum(p.visit_id is not None for p in card.proposals)
        self.summary.setText(self.tr("读取 %1 个文件：%2 个已匹配，%3 个未匹配，%4 个无法读取。请核对“归入”一栏后确认。")
                             .replace("%1", str(len(card.results))).replace("%2", str(matched))
                             .replace("%3", str(len(card.proposals) - matched)).replace("%4", str(len(failed))))
        self.confirm_button.setEnabled(bool(card.proposals))

    def choices(self) -> list[Proposal]:
        """The proposal as the person left it: one line per file, None where it is not to be imported."""
        card = self.batch.card
        indexes = [self.table.cellWidget(row, 2).currentData() for row in range(len(card.proposals))]
        return card.confirmed([card.targets[i] if i >= 0 else None for i in indexes])

    def confirm(self) -> None:
        results, chosen = self.batch.card.results, self.choices()

        def work(_p) -> tuple[int, int]:
            return evidence.attach(self.ctx.ws, results, chosen)

        def done(counts: tuple[int, int]) -> None:
            added, duplicates = counts
            self.confirm_button.setEnabled(False)
            self.summary.setText(self.tr("已导入 %1 个文件（%2 个此前已有）。").replace("%1", str(added))
                                 .replace("%2", str(duplicates)))
            self.imported.emit(added)
        self.ctx.tasks.run(work, done, self.ctx.show_error, write=True)
