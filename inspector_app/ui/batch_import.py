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
from sqlmodel import select

from inspector_app.domain.models import Finding, Inspection, Person, Unit, Visit
from inspector_app.evidence.blobs import BlobStore
from inspector_app.evidence.derived import DerivedImages
from inspector_app.evidence.intake import Ingested, expand, ingest_all
from inspector_app.evidence.matching import Proposal, propose
from inspector_app.store.evidence import attach_batch, visit_windows
from inspector_app.ui.context import AppContext


@dataclass(frozen=True)
class Target:
    """A place a photo can go: a visit, or a finding of that visit."""
    visit_id: uuid.UUID
    finding_id: uuid.UUID | None
    label: str


@dataclass
class Batch:
    results: list[Ingested]
    proposals: list[Proposal]
    targets: list[Target]
    thumbs: dict[str, QImage]  # by path: what the person looks at to confirm


class BatchImportDialog(QDialog):
    imported = Signal(int)  # how many files were attached

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.batch: Batch | None = None
        self.setWindowTitle(self.tr("从文件夹导入照片"))
        self.resize(900, 600)
        self.inspection = QComboBox()
        with ctx.db.session() as s:
            for i in s.exec(select(Inspection).where(Inspection.deleted == False)  # noqa: E712
                            .order_by(Inspection.start_date.desc())):
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
        inspection_id, db, catalogue = uuid.UUID(self.inspection.currentData()), self.ctx.db, self.ctx.ref.catalogue

        def work(progress) -> Batch:
            results = ingest_all(expand([folder]), db.data_dir, progress=progress.update,
                                 cancel=progress.cancel_event)
            with db.session() as s:
                windows = visit_windows(s, inspection_id)
                targets = []
                for visit in sorted(windows, key=lambda v: v.arrived_at):
                    unit = s.exec(select(Unit.name).join(Visit, Visit.unit_id == Unit.id)
                                  .where(Visit.id == visit.visit_id)).one()
                    targets.append(Target(visit.visit_id, None, f"{visit.arrived_at:%m-%d %H:%M} {unit}"))
                    for finding_id, at in sorted(visit.findings, key=lambda f: f[1]):
                        f = s.get(Finding, finding_id)
                        who = s.get(Person, f.person_id).name if f.person_id else f.person_description
                        targets.append(Target(visit.visit_id, finding_id, f"{at:%m-%d %H:%M} {unit} · "
                                              f"{catalogue.violation(f.violation_code).name()} · {who}"))
            derived = DerivedImages(BlobStore(db.blob_dir), db.data_dir / "derived")
            thumbs = {r.path: QImage(str(derived.path_for(r.sha256, "thumb"))) for r in results
                      if r.ok and r.info.kind == "photo"}
            taken = [(r.path, r.info.captured_at if r.info else None) for r in results if r.ok]
            return Batch(results, propose(taken, windows), targets, thumbs)
        self.ctx.tasks.run(work, self.show_batch, self.ctx.show_error, label=self.tr("正在读取照片…"), parent=self,
                           cancellable=True)

    def show_batch(self, batch: Batch) -> None:
        self.batch = batch
        by_path = {r.path: r for r in batch.results}
        self.table.setRowCount(len(batch.proposals))
        for row, p in enumerate(batch.proposals):
            info = by_path[p.key].info
            name = QTableWidgetItem(Path(p.key).name)
            if p.key in batch.thumbs:
                name.setIcon(QIcon(QPixmap.fromImage(batch.thumbs[p.key])))
            self.table.setItem(row, 0, name)
            when = f"{info.captured_at:%Y-%m-%d %H:%M:%S}" if info and info.captured_at else self.tr("无拍摄时间")
            self.table.setItem(row, 1, QTableWidgetItem(when))
            combo = QComboBox()
            combo.addItem(self.tr("不导入"), -1)
            for i, t in enumerate(batch.targets):
                combo.addItem(t.label + ("" if t.finding_id else self.tr("（点位）")), i)
            chosen = next((i for i, t in enumerate(batch.targets)
                           if (t.visit_id, t.finding_id) == (p.visit_id, p.finding_id)), -1)
            combo.setCurrentIndex(combo.findData(chosen))
            self.table.setCellWidget(row, 2, combo)
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
        self.table.resizeRowsToContents()
        failed = [r.message() for r in batch.results if not r.ok]
        self.problems.setPlainText("\n".join(failed))
        self.problems.setVisible(bool(failed))
        matched = sum(p.visit_id is not None for p in batch.proposals)
        self.summary.setText(self.tr("读取 %1 个文件：%2 个已匹配，%3 个未匹配，%4 个无法读取。请核对“归入”一栏后确认。")
                             .replace("%1", str(len(batch.results))).replace("%2", str(matched))
                             .replace("%3", str(len(batch.proposals) - matched)).replace("%4", str(len(failed))))
        self.confirm_button.setEnabled(bool(batch.proposals))

    def choices(self) -> list[Proposal]:
        """The proposal as the person left it: one line per file, None where it is not to be imported."""
        out = []
        for row, p in enumerate(self.batch.proposals):
            index = self.table.cellWidget(row, 2).currentData()
            target = self.batch.targets[index] if index >= 0 else None
            out.append(Proposal(p.key, target and target.visit_id, target and target.finding_id, "confirmed"))
        return out

    def confirm(self) -> None:
        results, chosen = self.batch.results, self.choices()

        def work(_p) -> tuple[int, int]:
            with self.ctx.db.session(self.ctx.actor) as s:
                return attach_batch(s, results, chosen)

        def done(counts: tuple[int, int]) -> None:
            added, duplicates = counts
            self.confirm_button.setEnabled(False)
            self.summary.setText(self.tr("已导入 %1 个文件（%2 个此前已有）。").replace("%1", str(added))
                                 .replace("%2", str(duplicates)))
            self.imported.emit(added)
        self.ctx.tasks.run(work, done, self.ctx.show_error, write=True)
