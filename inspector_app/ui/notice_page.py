"""通报: the composer. Choose the period and how findings are grouped and people named, generate the
draft from the template, edit its text, see the pages as they will print, then export or issue
(number and freeze). Rendering and issuing run in the background."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QTimer, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QFileDialog, QFormLayout, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox,
    QPlainTextEdit,
    QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget,
)

from inspector_app.domain.enums import NoticeKind, NoticeStatus
from inspector_app.domain.models import Notice
from inspector_app.services import notices, roster
from inspector_app.ui.checklist import CheckList
from inspector_app.ui.context import AppContext
from inspector_app.i18n import bracketed

NAMINGS = (("masked", QT_TRANSLATE_NOOP("NoticePage", "姓+某某")), ("full", QT_TRANSLATE_NOOP("NoticePage", "全名")),
           ("none", QT_TRANSLATE_NOOP("NoticePage", "不具名")))
GROUPINGS = (("unit", QT_TRANSLATE_NOOP("NoticePage", "按单位")), ("type", QT_TRANSLATE_NOOP("NoticePage", "按问题类型")))


def render_pages(pdf: bytes, scale: float = 1.25) -> list[QImage]:
    """The PDF's pages as images for the preview (PDFium)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    images = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=scale).to_pil().convert("RGB")
        data = pil.tobytes("raw", "RGB")
        images.append(QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format_RGB888).copy())
    doc.close()
    return images


class NoticePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.notice_id: uuid.UUID | None = None
        today = QDate.currentDate()
        first = QDate(today.year(), today.month(), 1).addMonths(-1)
        self.date_from, self.date_to = QDateEdit(first), QDateEdit(first.addMonths(1).addDays(-1))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.kind = QComboBox()
        for k in NoticeKind:
            self.kind.addItem(k.label(), k.value)
        self.grouping = QComboBox()
        for code, text in GROUPINGS:
            self.grouping.addItem(self.tr(text), code)
        self.naming = QComboBox()
        for code, text in NAMINGS:
            self.naming.addItem(self.tr(text), code)
        # what goes in: units and types (none ticked: all), then the reviewed findings they select
        self.units = CheckList()
        self.types = CheckList()
        self.units.fill((name, str(unit_id), False) for unit_id, name in roster.units(ctx.ws))
        self.types.fill((v.name(), v.code, False) for v in ctx.ws.ref.catalogue.violations)
        self.candidates = CheckList()
        self.selection = QLabel()
        tick_all, tick_none = QPushButton(self.tr("全选")), QPushButton(self.tr("全不选"))
        tick_all.clicked.connect(lambda: self.candidates.tick_all(True))
        tick_none.clicked.connect(lambda: self.candidates.tick_all(False))
        self.photo_counts: dict[str, int] = {}
        self.compose_button = QPushButton(self.tr("生成草稿"))
        self.existing = QComboBox()
        form = QFormLayout()
        form.addRow(self.tr("起"), self.date_from)
        form.addRow(self.tr("止"), self.date_to)
        form.addRow(self.tr("类别"), self.kind)
        form.addRow(self.tr("编排"), self.grouping)
        form.addRow(self.tr("称谓"), self.naming)
        lists = QSplitter(Qt.Vertical)
        for title, widget in ((self.tr("单位（不选即全部）"), self.units), (self.tr("问题类型（不选即全部）"), self.types),
                              (self.tr("通报的问题（已审核）"), self.candidates)):
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            header = QHBoxLayout()
            header.addWidget(QLabel(title), 1)
            if widget is self.candidates:
                header.addWidget(tick_all)
                header.addWidget(tick_none)
            box_layout.addLayout(header)
            box_layout.addWidget(widget, 1)
            if widget is self.candidates:
                box_layout.addWidget(self.selection)
            lists.addWidget(box)
        lists.setSizes([190, 190, 320])
        left = QWidget()
        left.setMinimumWidth(320)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(form)
        left_layout.addWidget(lists, 1)
        left_layout.addWidget(self.compose_button)
        existing = QFormLayout()
        existing.addRow(self.tr("已有通报"), self.existing)
        left_layout.addLayout(existing)

        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("生成草稿后，通报正文在此修改；改好后点“保存修改并预览”。"))
        self.status = QLabel()
        self.save_button = QPushButton(self.tr("保存修改并预览"))
        self.export_button = QPushButton(self.tr("导出…"))
        self.issue_button = QPushButton(self.tr("印发…"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for b in (self.save_button, self.export_button, self.issue_button):
            buttons.addWidget(b)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.addWidget(self.title)
        middle_layout.addWidget(self.body, 1)
        middle_layout.addLayout(buttons)

        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        preview = QScrollArea()
        preview.setWidgetResizable(True)
        preview.setWidget(self.pages)
        preview.setMinimumWidth(380)
        preview.viewport().installEventFilter(self)  # the pages fit the pane's width
        self.preview_area, self.images = preview, []

        split = QSplitter(Qt.Horizontal)
        for w in (left, middle, preview):
            split.addWidget(w)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        QVBoxLayout(self).addWidget(split)

        self.compose_button.clicked.connect(self.compose)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.list_candidates)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._debounce.start)
        for checklist in (self.units, self.types):
            checklist.changed.connect(self._debounce.start)
        self.candidates.changed.connect(self._count_selection)
        self._generation, self._listing, self._listed = 0, False, False  # listed when the page is shown
        self.save_button.clicked.connect(self.save_and_preview)
        self.export_button.clicked.connect(self.export)
        self.issue_button.clicked.connect(self.issue)
        self.existing.activated.connect(lambda _i: self.open(self.existing.currentData()))
        self.reload_existing()
        self._enable()

    def _enable(self) -> None:
        notice = self.current()
        draft = notice is not None and notice.status == NoticeStatus.DRAFT
        for w in (self.title, self.body, self.save_button, self.issue_button):
            w.setEnabled(draft)
        self.export_button.setEnabled(notice is not None)

    def current(self) -> Notice | None:
        return None if self.notice_id is None else notices.notice_of(self.ctx.ws, self.notice_id)

    def reload_existing(self) -> None:
        self.existing.clear()
        self.existing.addItem("", None)
        draft = self.tr("（草稿）")
        for n in notices.recent(self.ctx.ws, 50):
            self.existing.addItem(f"{n.number or draft} {n.title}", str(n.id))

    def request(self, finding_ids: tuple[uuid.UUID, ...] | None = None) -> notices.NoticeRequest:
        return notices.NoticeRequest(
            self.date_from.date().toPython(), self.date_to.date().toPython(),
            unit_ids=tuple(uuid.UUID(u) for u in self.units.ticked()), codes=tuple(self.types.ticked()),
            finding_ids=finding_ids, group_by=self.grouping.currentData(), naming=self.naming.currentData(),
            kind=self.kind.currentData())

    def list_candidates(self, then: Callable[[], None] | None = None) -> None:
        """The reviewed findings of the chosen period, units and types, all ticked (in the background)."""
        self._debounce.stop()
        self._listing = True
        self._generation += 1
        generation, req = self._generation, self.request()

        def work(_p) -> list[tuple[str, str, int]]:
            return notices.candidates(self.ctx.ws, req)

        def done(rows: list[tuple[str, str, int]]) -> None:
            if generation == self._generation:
                self._listing, self._listed = False, True
                self.photo_counts = {fid: photos for fid, _label, photos in rows}
                self.candidates.fill((label, fid, True) for fid, label, _photos in rows)
                if then:
                    then()
        self.ctx.tasks.run(work, done, self.ctx.show_error)

    def _count_selection(self) -> None:
        ticked = self.candidates.ticked()
        self.selection.setText(self.tr("已选 %1 / %2 条，照片 %3 张").replace("%1", str(len(ticked)))
                               .replace("%2", str(self.candidates.count()))
                               .replace("%3", str(sum(self.photo_counts.get(f, 0) for f in ticked))))
        self.selection.setToolTip(self.tr("照片在“证据与打码”中勾选“用于通报”"))

    def compose(self) -> None:
        if self._debounce.isActive() or self._listing or not self._listed:  # the list is behind: bring it up first
            self.list_candidates(then=self.compose)
            return
        req = self.request(tuple(uuid.UUID(f) for f in self.candidates.ticked()))
        self.ctx.tasks.run(lambda _p: notices.compose(self.ctx.ws, req, date.today()),
                           lambda n: (self.reload_existing(), self.open(str(n.id))), self.ctx.show_error,
                           write=True, label=self.tr("正在生成通报…"), parent=self)

    def open(self, notice_id: str | None) -> None:
        self.notice_id = uuid.UUID(notice_id) if notice_id else None
        notice = self.current()
        self.title.setText(notice.title if notice else "")
        self.body.setPlainText(notice.body if notice else "")
        frozen = self.tr("已印发，内容已冻结")
        self.status.setText(notice.number + bracketed(frozen) if notice and notice.number else
                            self.tr("草稿，可修改") if notice else "")
        self._enable()
        self.preview()

    def preview(self) -> None:
        notice = self.current()
        if notice is None:
            self.show_pages([])
            return
        self.ctx.tasks.run(lambda _p: render_pages(notices.pdf_bytes(self.ctx.ws, notice)), self.show_pages,
                           self.ctx.show_error, label=self.tr("正在排版…"), parent=self)

    def show_pages(self, images: list[QImage]) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.images = images
        if not images:
            hint = QLabel(self.tr("尚无草稿。在左侧选择时间段、单位和问题类型，点“生成草稿”；"
                                  "草稿的每一页将在这里按印出的样子显示。"))
            hint.setWordWrap(True)
            hint.setStyleSheet("color: #666; padding: 24px;")
            self.pages_layout.addWidget(hint)
        for image in images:
            page = QLabel()
            page.setStyleSheet("border: 1px solid #999; background: white;")
            self.pages_layout.addWidget(page)
        self.page_count = len(images)
        self.fit_pages()

    def fit_pages(self) -> None:
        """Each page as wide as the preview pane (less a margin), sharp at any width."""
        width = max(200, self.preview_area.viewport().width() - 30)
        labels = [self.pages_layout.itemAt(i).widget() for i in range(self.pages_layout.count())]
        for label, image in zip([w for w in labels if w is not None and not w.wordWrap()], self.images):
            label.setPixmap(QPixmap.fromImage(image).scaledToWidth(width, Qt.SmoothTransformation))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.preview_area.viewport() and event.type() == QEvent.Resize and self.images:
            self.fit_pages()
        return super().eventFilter(watched, event)

    def save_and_preview(self) -> None:
        notice_id, title, body = self.notice_id, self.title.text(), self.body.toPlainText()
        self.ctx.tasks.run(lambda _p: notices.update_draft(self.ctx.ws, notice_id, title, body),
                           lambda _n: (self.status.setText(self.tr("已保存")), self.preview()),
                           self.ctx.show_error, write=True)

    def issue(self) -> None:
        """Check the body's figures and find the next number in the background, then ask."""
        notice, body = self.current(), self.body.toPlainText()

        def work(_p) -> tuple[list[notices.Mismatch], str]:
            return (notices.figure_check(self.ctx.ws, notice.id, body),
                    str(notices.next_number(self.ctx.ws, notice.org_code, date.today().year)))
        self.ctx.tasks.run(work, lambda found: self.confirm_issue(notice.id, *found), self.ctx.show_error)

    def confirm_issue(self, notice_id: uuid.UUID, mismatches: list[notices.Mismatch], suggested: str) -> None:
        if mismatches and QMessageBox.warning(
                self, self.tr("印发通报"), "\n".join(m.text() for m in mismatches) + "\n\n" + self.tr("仍要印发吗？"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        number, ok = QInputDialog.getText(self, self.tr("印发通报"),
                                          self.tr("发文字号（印发后内容冻结，问题记录变为“已通报”）："), text=suggested)
        if not ok:
            return
        title, body = self.title.text(), self.body.toPlainText()

        def work(_p) -> Notice:
            notices.update_draft(self.ctx.ws, notice_id, title, body)
            return notices.issue(self.ctx.ws, notice_id, number, date.today())
        self.ctx.tasks.run(work, lambda n: (self.reload_existing(), self.open(str(n.id))), self.ctx.show_error,
                           write=True, label=self.tr("正在印发…"), parent=self)

    def export(self) -> None:
        notice = self.current()
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出到文件夹"))
        if notice is None or not folder:
            return
        self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """The notice's PDF, editable DOCX and XLSX ledger, each written whole or not at all."""
        notice = self.current()
        stem = (notice.number or notice.title)[:60].replace("/", "_")

        def work(_p) -> list[Path]:
            return list(notices.files(self.ctx.ws, notice, pdf=folder / f"{stem}.pdf", docx=folder / f"{stem}.docx",
                                      xlsx=folder / f"{stem}-台账.xlsx").values())
        self.ctx.tasks.run(work, lambda paths: self.status.setText(self.tr("已导出 %n 个文件", "", len(paths))),
                           self.ctx.show_error, label=self.tr("正在导出…"), parent=self)
