"""证据: one finding's photos and files. Thumbnails; the picture as large as the window allows;
turning it for display; drawing rectangles to cover bystanders' faces or screens (mosaic or blur);
choosing the photos that go into notices; adding more; saving an original. The original file is
never changed: every change is a setting of its record, applied to derived copies."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QFileDialog, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
    QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from inspector_app.services import evidence
from inspector_app.services.evidence import EvidenceView
from inspector_app.ui.context import AppContext
from inspector_app.ui.screen import fit

THUMB = QSize(144, 108)
SMALLEST = 0.01  # a drawn rectangle narrower or lower than this fraction of the picture is a slip



def picture(image: bytes) -> QPixmap:
    """A pixmap of an image file's bytes (the photos are kept sealed: never read from a path)."""
    pixmap = QPixmap()
    pixmap.loadFromData(image)
    return pixmap

class RegionCanvas(QWidget):
    """The picture, scaled to fit; a drag with the left button draws a rectangle to cover."""
    drawn = Signal(dict)  # {"x", "y", "w", "h"} as fractions of the picture

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pixmap: QPixmap | None = None
        self.regions: tuple = ()
        self.text = ""
        self._start: QPointF | None = None
        self._end: QPointF | None = None
        self.setMinimumSize(320, 240)
        self.setCursor(Qt.CrossCursor)

    def show_picture(self, pixmap: QPixmap | None, regions: tuple = (), text: str = "") -> None:
        self.pixmap, self.regions, self.text = pixmap, regions, text
        self.update()

    def picture_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred."""
        if self.pixmap is None or self.pixmap.isNull():
            return QRectF()
        size = self.pixmap.size().scaled(self.size(), Qt.KeepAspectRatio)
        return QRectF((self.width() - size.width()) / 2, (self.height() - size.height()) / 2,
                      size.width(), size.height())

    def fraction(self, point: QPointF) -> QPointF:
        rect = self.picture_rect()
        return QPointF(min(max((point.x() - rect.x()) / rect.width(), 0.0), 1.0),
                       min(max((point.y() - rect.y()) / rect.height(), 0.0), 1.0))

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#2b2b2b"))
        rect = self.picture_rect()
        if rect.isNull():
            painter.setPen(QColor("#dddddd"))
            painter.drawText(self.rect(), Qt.AlignCenter | Qt.TextWordWrap, self.text)
            return
        painter.setRenderHint(QPainter.SmoothPixmapTransform)
        painter.drawPixmap(rect, self.pixmap, QRectF(self.pixmap.rect()))
        painter.setPen(QPen(QColor("#ffd400"), 2, Qt.DashLine))
        for r in self.regions:
            painter.drawRect(QRectF(rect.x() + r.x * rect.width(), rect.y() + r.y * rect.height(),
                                    r.w * rect.width(), r.h * rect.height()))
        if self._start is not None and self._end is not None:
            painter.setPen(QPen(QColor("#ff3030"), 2))
            painter.drawRect(QRectF(self._start, self._end).normalized())

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton and not self.picture_rect().isNull():
            self._start = self._end = event.position()

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._start is not None:
            self._end = event.position()
            self.update()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._start is None:
            return
        a, b = self.fraction(self._start), self.fraction(event.position())
        self._start = self._end = None
        self.update()
        x, y = min(a.x(), b.x()), min(a.y(), b.y())
        w, h = abs(a.x() - b.x()), abs(a.y() - b.y())
        if w >= SMALLEST and h >= SMALLEST:
            self.drawn.emit({"x": round(x, 4), "y": round(y, 4), "w": round(min(w, 1 - x), 4),
                             "h": round(min(h, 1 - y), 4)})


class GalleryDialog(QDialog):
    """A finding's evidence, for the inspector who took it and the office that reviews it."""
    changed = Signal()  # a photo was added, turned, covered or chosen for notices

    def __init__(self, ctx: AppContext, finding_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.finding_id = ctx, finding_id
        self.setWindowTitle(self.tr("证据"))
        fit(self, 1100, 720)

        self.heading = QLabel()
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListWidget.IconMode)
        self.thumbs.setIconSize(THUMB)
        self.thumbs.setMovement(QListWidget.Static)
        self.thumbs.setResizeMode(QListWidget.Adjust)
        self.thumbs.setFixedWidth(THUMB.width() * 2 + 48)
        self.canvas = RegionCanvas()
        self.info = QLabel()
        self.info.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.info.setWordWrap(True)  # a long file name and its digest take two lines, not the screen's width
        self.turn_left = QPushButton(self.tr("向左转"))
        self.turn_right = QPushButton(self.tr("向右转"))
        self.mode = QComboBox()
        self.mode.addItem(self.tr("马赛克"), "mosaic")
        self.mode.addItem(self.tr("模糊"), "blur")
        self.mode.setToolTip(self.tr("在图片上按住鼠标左键拖出矩形，即可打码"))
        self.undo = QPushButton(self.tr("撤销打码"))
        self.clear = QPushButton(self.tr("清除打码"))
        self.for_notice = QCheckBox(self.tr("用于通报"))
        self.add = QPushButton(self.tr("添加照片…"))
        self.save_original = QPushButton(self.tr("另存原件…"))
        self.save_copy = QPushButton(self.tr("另存带说明的副本…"))
        self.save_copy.setToolTip(self.tr("打码后的打印尺寸副本，下方附拍摄时间和单位，便于随通报转发"))
        self.close_button = QPushButton(self.tr("关闭"))
        for button in (self.turn_left, self.turn_right, self.undo, self.clear, self.add, self.save_original,
                       self.save_copy):
            button.setAutoDefault(False)  # Enter closes the window; it never turns or uncovers a photo
        self.close_button.setDefault(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        for row in ((self.turn_left, self.turn_right, self.for_notice),  # two rows: room on a small screen
                    (QLabel(self.tr("打码")), self.mode, self.undo, self.clear)):
            tools = QHBoxLayout()
            for w in row:
                tools.addWidget(w)
            tools.addStretch()
            right_layout.addLayout(tools)
        right_layout.addWidget(self.canvas, 1)
        right_layout.addWidget(self.info)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.thumbs)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.add)
        bottom.addWidget(self.save_original)
        bottom.addWidget(self.save_copy)
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self.thumbs.currentRowChanged.connect(self.show_current)
        self.turn_left.clicked.connect(lambda: self.turn(-90))
        self.turn_right.clicked.connect(lambda: self.turn(90))
        QShortcut(QKeySequence("Ctrl+Left"), self, activated=lambda: self.turn(-90))
        QShortcut(QKeySequence("Ctrl+Right"), self, activated=lambda: self.turn(90))
        self.canvas.drawn.connect(self.cover)
        self.undo.clicked.connect(self.uncover_last)
        QShortcut(QKeySequence.Undo, self, activated=self.uncover_last)
        self.clear.clicked.connect(lambda: self.update_current(redactions=[]))
        self.for_notice.clicked.connect(lambda on: self.update_current(for_notice=on))
        self.add.clicked.connect(self.choose_files)
        self.save_original.clicked.connect(self.export_original)
        self.save_copy.clicked.connect(self.choose_copy_file)
        self.close_button.clicked.connect(self.close)
        self.records: list[EvidenceView] = []
        self.changeable = False
        self._enable(None)
        self.reload()

    # --- reading ----------------------------------------------------------------------------
    def reload(self, select_id: uuid.UUID | None = None) -> None:
        finding_id = self.finding_id
        self.ctx.tasks.run(lambda _p: evidence.of_finding(self.ctx.ws, finding_id),
                           lambda result: self._fill(result, select_id), self.ctx.show_error)

    def _fill(self, photos: evidence.FindingPhotos, select_id: uuid.UUID | None) -> None:
        records = photos.records
        self.heading.setText(f"<b>{photos.heading}</b>　" + self.tr("证据 %n 件", "", len(records)))
        self.records, self.changeable = records, photos.changeable
        self.add.setEnabled(photos.addable)
        self.thumbs.blockSignals(True)
        self.thumbs.clear()
        for rec in records:
            item = QListWidgetItem(self._caption(rec))
            item.setSizeHint(QSize(THUMB.width() + 16, THUMB.height() + 40))
            self.thumbs.addItem(item)
            self._load_thumb(rec)
        self.thumbs.blockSignals(False)
        row = next((i for i, r in enumerate(records) if r.id == select_id), 0)
        if records:
            self.thumbs.setCurrentRow(row)
            self.show_current(row)
        else:
            self.canvas.show_picture(None, text=self.tr("尚无证据。点“添加照片…”或把照片拖到录入表单。"))
            self._enable(None)

    def _caption(self, rec: EvidenceView) -> str:
        when = f"{rec.captured_at:%H:%M}" if rec.captured_at else "—"
        return ("★ " if rec.for_notice else "") + when + ("　" + self.tr("已打码") if rec.redactions else "")

    def _load_thumb(self, rec: EvidenceView) -> None:
        if rec.kind != "photo" or not self._have(rec):
            return
        work = lambda _p: evidence.image(self.ctx.ws, rec, "thumb")  # noqa: E731
        self.ctx.tasks.run(work, lambda image: self._set_thumb(rec.id, image), lambda _e, _t: None)

    def _set_thumb(self, evidence_id: uuid.UUID, image: bytes) -> None:
        row = self._row_of(evidence_id)
        if row is not None:
            self.thumbs.item(row).setIcon(QIcon(picture(image)))

    def _row_of(self, evidence_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self.records) if r.id == evidence_id), None)

    def current(self) -> EvidenceView | None:
        row = self.thumbs.currentRow()
        return self.records[row] if 0 <= row < len(self.records) else None

    def show_current(self, _row: int = -1) -> None:
        rec = self.current()
        self._enable(rec)
        if rec is None:
            return
        self.for_notice.setChecked(rec.for_notice)
        size = f"{rec.width}×{rec.height}　" if rec.width else ""
        taken = f"{rec.captured_at:%Y-%m-%d %H:%M:%S}" if rec.captured_at else self.tr("无拍摄时间")
        self.info.setText(f"{rec.original_name}　{taken}　{rec.camera}　{size}{rec.size / 1e6:.1f} MB　"
                          f"SHA-256 {rec.sha256[:12]}…")
        if rec.kind != "photo":
            self.canvas.show_picture(None, text=self.tr("此文件不是照片，无法预览；可“另存原件…”后用其他程序打开。"))
            return
        if not self._have(rec):
            self.canvas.show_picture(None, text=self.tr("照片原件尚未同步到本机。"))
            return
        work = lambda _p: evidence.image(self.ctx.ws, rec, "display")  # noqa: E731

        def shown(image: bytes) -> None:
            if self.current() == rec:
                self.canvas.show_picture(picture(image), rec.regions)
        self.ctx.tasks.run(work, shown, self.ctx.show_error)

    def _have(self, rec: EvidenceView) -> bool:
        return evidence.have_original(self.ctx.ws, rec.sha256)

    def _enable(self, rec: EvidenceView | None) -> None:
        """What applies to the chosen record: its photo turned and covered by those who may change it."""
        photo = rec is not None and rec.kind == "photo" and self._have(rec) and self.changeable
        for w in (self.turn_left, self.turn_right, self.mode, self.canvas, self.for_notice):
            w.setEnabled(photo)
        for w in (self.undo, self.clear):
            w.setEnabled(photo and bool(rec.redactions))
        self.save_original.setEnabled(rec is not None and self._have(rec))
        self.save_copy.setEnabled(rec is not None and rec.kind == "photo" and self._have(rec))

    # --- changing ---------------------------------------------------------------------------
    def update_current(self, **change: Any) -> None:
        """Record a change of the current photo, then show it as it now is."""
        rec = self.current()
        if rec is None:
            return

        def work(_p) -> EvidenceView:
            return evidence.set_display(self.ctx.ws, rec.id, **change)

        def done(new: EvidenceView) -> None:
            row = self._row_of(new.id)
            if row is None:
                return
            self.records[row] = new
            self.thumbs.item(row).setText(self._caption(new))
            self._load_thumb(new)
            if self.thumbs.currentRow() == row:
                self.show_current()
            self.changed.emit()
        self.ctx.tasks.run(work, done, self.ctx.show_error, write=True)

    def turn(self, degrees: int) -> None:
        rec = self.current()
        if rec is not None and self.turn_left.isEnabled():
            self.update_current(rotation=(rec.rotation + degrees) % 360)

    def cover(self, region: dict[str, float]) -> None:
        rec = self.current()
        if rec is not None:
            self.update_current(redactions=[*rec.redactions, region | {"mode": self.mode.currentData()}])

    def uncover_last(self) -> None:
        rec = self.current()
        if rec is not None and rec.redactions:
            self.update_current(redactions=list(rec.redactions[:-1]))

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("添加照片"), "",
                                                self.tr("照片 (*.jpg *.jpeg *.png *.heic *.heif *.webp);;所有文件 (*)"))
        if names:
            self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        """Store the files and attach them to this finding; each refused file says why."""
        finding_id = self.finding_id

        def work(progress) -> tuple[list[uuid.UUID], list[str]]:
            added, results = evidence.add_to_finding(self.ctx.ws, finding_id, paths, progress.update,
                                                     progress.cancel_event)
            return added, [r.message() for r in results if not r.ok]

        def done(result: tuple[list[uuid.UUID], list[str]]) -> None:
            added, errors = result
            self.reload(added[-1] if added else None)
            self.changed.emit()
            if errors:
                QMessageBox.warning(self, self.tr("部分文件未导入"), "\n".join(errors))
        self.ctx.tasks.run(work, done, self.ctx.show_error, write=True, label=self.tr("正在导入照片…"),
                           parent=self, cancellable=True)

    def export_original(self) -> None:
        rec = self.current()
        if rec is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存原件"), rec.original_name or rec.sha256)
        if name:
            evidence.save_original(self.ctx.ws, rec.sha256, Path(name))

    def choose_copy_file(self) -> None:
        rec = self.current()
        if rec is None:
            return
        stem = Path(rec.original_name).stem or rec.sha256[:12]
        name, _ = QFileDialog.getSaveFileName(self, self.tr("另存带说明的副本"), f"{stem}-副本.jpg",
                                              self.tr("JPEG 图片 (*.jpg)"))
        if name:
            self.export_copy(Path(name))

    def export_copy(self, target: Path) -> None:
        """The print-size copy as it goes with a notice: redacted, with the caption strip below."""
        rec = self.current()
        self.ctx.tasks.run(lambda _p: evidence.save_copy(self.ctx.ws, rec.id, target),
                           lambda path: self.info.setText(self.tr("已另存：%1").replace("%1", str(path))),
                           self.ctx.show_error)
