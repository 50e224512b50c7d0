"""The main window: quick entry, the list of findings, the review desk and the notice composer;
Ctrl+L locks it at once.
The title never names a case, a person or a unit."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QByteArray, QDate, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QMainWindow, QMessageBox, QStackedWidget,
    QTabWidget, QWidget,
)
from sqlmodel import select

from inspector_app import __version__
from inspector_app.domain.enums import InspectionMode
from inspector_app.domain.models import Team, Unit
from inspector_app.store.visits import create_inspection
from inspector_app.ui.batch_import import BatchImportDialog
from inspector_app.ui.checklist import CheckList
from inspector_app.ui.context import AppContext
from inspector_app.ui.finding_list import FindingListPage
from inspector_app.ui.gallery import GalleryDialog
from inspector_app.ui.lock import LockScreen
from inspector_app.ui.notice_page import NoticePage
from inspector_app.ui.quick_entry import QuickEntryPage
from inspector_app.ui.rectification_page import RectificationPage
from inspector_app.ui.review import ReviewPage
from inspector_app.ui.sync_panel import SyncPanel


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
        with ctx.db.session() as s:
            for t in s.exec(select(Team).order_by(Team.name)):
                self.team.addItem(t.name, str(t.id))
            self.units.fill((u.name, u.name, False) for u in s.exec(
                select(Unit).where(Unit.deleted == False).order_by(Unit.sort_order)))  # noqa: E712
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


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.window = self
        self.setWindowTitle(self.tr("效能督查工作台"))
        self.settings = QSettings(str(ctx.db.data_dir / "ui.ini"), QSettings.IniFormat)
        self.quick = QuickEntryPage(ctx)
        self.findings = FindingListPage(ctx)
        self.review = ReviewPage(ctx)
        self.rectification = RectificationPage(ctx)
        self.notices = NoticePage(ctx)
        self.tabs = QTabWidget()
        for page, name, title in ((self.quick, "quick", self.tr("快速录入")), (self.findings, "findings", self.tr("问题记录")),
                                  (self.review, "review", self.tr("审核")),
                                  (self.rectification, "rectification", self.tr("整改")),
                                  (self.notices, "notices", self.tr("通报"))):
            page.setObjectName(name)  # the tab is remembered by name: new tabs do not shift it
            self.tabs.addTab(page, title)
        self.lock_screen = LockScreen(ctx)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.lock_screen)
        self.setCentralWidget(self.stack)
        self.quick.saved.connect(lambda _id: (self.findings.apply_filter(), self.review.queue.apply_filter()))
        self.findings.findingActivated.connect(self.open_evidence)
        self.review.queue.findingActivated.connect(self.open_evidence)
        self.rectification.queue.findingActivated.connect(self.open_evidence)
        self._hidden: list[QDialog] = []
        self.lock_screen.unlocked.connect(self.unlock)
        self.tabs.currentChanged.connect(self._refresh_tab)
        self._menus()
        self.resize(1280, 800)
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        last = self.findChild(QWidget, str(self.settings.value("window/page", "quick")))
        if last is not None and self.tabs.indexOf(last) >= 0:
            self.tabs.setCurrentWidget(last)
        self._refresh_tab(self.tabs.currentIndex())  # only the page on screen queries at start
        self.sync_panel = SyncPanel(ctx, self)
        self.sync_panel.synced.connect(self._after_sync)
        self.sync_panel.conflicts_changed.connect(self.review.show_conflict_count)
        self.review.conflicts_button.clicked.connect(self.sync_panel.show_conflicts)
        self.sync_panel.refresh()
        self.statusBar().addPermanentWidget(self.sync_panel)
        self.statusBar().showMessage(self.tr("数据目录：%1").replace("%1", str(ctx.db.data_dir)), 8000)

    def _after_sync(self, report) -> None:
        """What others recorded is now here: the lists show it."""
        self.findings.apply_filter()
        self.review.queue.apply_filter()
        self.statusBar().showMessage(self.tr("同步完成：发送 %1 项，接收 %2 项，冲突 %3 项")
                                     .replace("%1", str(report.pushed)).replace("%2", str(report.pulled))
                                     .replace("%3", str(report.conflicts)), 10000)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        new_inspection = QAction(self.tr("新建检查行动…"), self, shortcut=QKeySequence("Ctrl+N"))
        new_inspection.triggered.connect(self.new_inspection)
        file_menu.addAction(new_inspection)
        import_photos = QAction(self.tr("从文件夹导入照片…"), self, shortcut=QKeySequence("Ctrl+I"))
        import_photos.triggered.connect(self.import_photos)
        file_menu.addAction(import_photos)
        sync_action = QAction(self.tr("同步"), self, shortcut=QKeySequence("F5"))
        sync_action.triggered.connect(lambda: self.sync_panel.sync_now())
        file_menu.addAction(sync_action)
        enroll_action = QAction(self.tr("登记到同步中心…"), self)
        enroll_action.triggered.connect(lambda: self.sync_panel.enroll())
        file_menu.addAction(enroll_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self, shortcut=QKeySequence.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.lock_action = QAction(self.tr("锁定"), self, shortcut=QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        view.addAction(self.lock_action)
        self.addAction(self.lock_action)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(lambda: QMessageBox.about(
            self, self.tr("关于"), self.tr("效能督查工作台 Inspector") + f"\n{__version__}"))
        help_menu.addAction(about)

    def _list_of(self, page: QWidget) -> FindingListPage | None:
        """The list of findings a page shows, if it shows one."""
        return {self.findings: self.findings, self.review: self.review.queue,
                self.rectification: self.rectification.queue}.get(page)

    def warm_up_pinyin(self) -> None:
        """Load the pinyin tables in the background, ready before the first keystroke of quick entry;
        on a list page, only once its first page is on screen (the load holds Python's lock ~0.2 s)."""
        def start() -> None:
            from inspector_app.domain.pinyin import warm_up
            self.ctx.tasks.run(lambda _p: warm_up(), on_error=lambda e, t: None)
        shown = self._list_of(self.tabs.currentWidget())
        if shown is None or shown.model.loaded:
            start()
        else:
            shown.model.modelReset.connect(start, Qt.SingleShotConnection)

    def _refresh_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if (shown := self._list_of(page)) is not None:
            shown.apply_filter()
        elif page is self.notices:
            self.notices.list_candidates()  # reviews made meanwhile show up

    def new_inspection(self) -> None:
        dialog = InspectionDialog(self.ctx, self)
        if dialog.exec() != QDialog.Accepted:
            return
        team = dialog.team.currentData()
        args = (dialog.title.text(), dialog.mode.currentData(), dialog.start.date().toPython(),
                dialog.end.date().toPython(), uuid.UUID(team) if team else None, dialog.planned())
        self.ctx.tasks.run(lambda _p: create_inspection(self.ctx.db, *args, actor=self.ctx.actor),
                           lambda _i: self.quick.reload_inspections(), self.ctx.show_error, write=True)

    def open_evidence(self, finding_id: uuid.UUID) -> GalleryDialog:
        """The finding's photos in a window of their own; what changes there shows in the lists."""
        dialog = GalleryDialog(self.ctx, finding_id, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.changed.connect(self._evidence_changed)
        dialog.show()
        return dialog

    def _evidence_changed(self) -> None:
        """Photos turned, covered or added: the details on show are made again."""
        self.findings.show_detail(self.findings.table.currentIndex().row())
        for desk in (self.review, self.rectification):
            desk.show(desk.queue.table.currentIndex().row())

    def import_photos(self) -> BatchImportDialog:
        dialog = BatchImportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.imported.connect(lambda _n: self.findings.apply_filter())
        dialog.show()
        return dialog

    def lock(self) -> None:
        """At once: the work disappears behind a neutral page; the menus and open windows go with it."""
        self._hidden = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden:
            dialog.hide()
        self.lock_screen.prepare()
        self.stack.setCurrentWidget(self.lock_screen)
        self.menuBar().setEnabled(False)
        self.menuBar().hide()

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        self.menuBar().setEnabled(True)
        self.menuBar().show()
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.quick.save_draft()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.tabs.currentWidget().objectName())
        self.settings.sync()
        self.ctx.tasks.wait()
        super().closeEvent(event)
