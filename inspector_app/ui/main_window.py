"""The main window: quick entry, the list of findings, the review desk, rectification, the notice
composer, the roster and the complaints ledger; Ctrl+L locks it at once, as do the office's minutes
without a key or the mouse. The window comes on screen as its frame (tabs, menus, its place on the
desktop) before the data directory is open; `open` then puts the pages in.
The title never names a case, a person or a unit."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore  # `QtCore.Qt` where used: making `Qt` builds ~90 enums (~20 ms) the frame does without
from PySide6.QtCore import QByteArray, QSettings, QSignalBlocker, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QMainWindow, QStackedWidget, QWidget

import inspector_app
from inspector_app.ui.tabs import ScrollingTabs
from inspector_app.ui.screen import fit, room
from inspector_app.ui.tasks import Tasks

if TYPE_CHECKING:  # the frame comes up before these load
    import uuid

    from inspector_app.ui.assessment_page import AssessmentPage
    from inspector_app.ui.batch_import import BatchImportDialog
    from inspector_app.ui.complaints_page import ComplaintsPage
    from inspector_app.ui.context import AppContext
    from inspector_app.ui.finding_list import FindingListPage
    from inspector_app.ui.gallery import GalleryDialog
    from inspector_app.ui.lock import IdleWatch, LockScreen
    from inspector_app.ui.notice_page import NoticePage
    from inspector_app.ui.quick_entry import QuickEntryPage
    from inspector_app.ui.rectification_page import RectificationPage
    from inspector_app.ui.review import ReviewPage
    from inspector_app.ui.roster_page import RosterPage
    from inspector_app.ui.sync_panel import SyncPanel


class Pages(NamedTuple):
    """The classes of what the window shows on its data."""
    quick: type[QuickEntryPage]
    findings: type[FindingListPage]
    review: type[ReviewPage]
    rectification: type[RectificationPage]
    notices: type[NoticePage]
    roster: type[RosterPage]
    complaints: type[ComplaintsPage]
    assessment: type[AssessmentPage]
    lock: type[LockScreen]
    idle: type[IdleWatch]
    sync: type[SyncPanel]


def page_classes() -> Pages:
    """The pages' classes; their modules load on the first call (in the background at start: they
    define classes and make no widget)."""
    from inspector_app.ui.assessment_page import AssessmentPage
    from inspector_app.ui.complaints_page import ComplaintsPage
    from inspector_app.ui.finding_list import FindingListPage
    from inspector_app.ui.lock import IdleWatch, LockScreen
    from inspector_app.ui.notice_page import NoticePage
    from inspector_app.ui.quick_entry import QuickEntryPage
    from inspector_app.ui.rectification_page import RectificationPage
    from inspector_app.ui.review import ReviewPage
    from inspector_app.ui.roster_page import RosterPage
    from inspector_app.ui.sync_panel import SyncPanel

    return Pages(QuickEntryPage, FindingListPage, ReviewPage, RectificationPage, NoticePage, RosterPage,
                 ComplaintsPage, AssessmentPage, LockScreen, IdleWatch, SyncPanel)


def fit_pictures(document, width: int) -> None:
    """The document's pictures `width` wide (a screenshot is as wide as a screen)."""
    import re

    document.setHtml(re.sub(r"<img src=", f"<img width={width} src=", document.toHtml()))


class MainWindow(QMainWindow):
    opened = Signal()  # the pages are in, on the opened data directory

    def __init__(self, data_dir: Path, tasks: Tasks) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.tasks = tasks
        self.closed = False  # closed before its data directory was open: the pages never come
        self.lock_screen = None
        self.setWindowTitle(self.tr("效能督查工作台"))
        self.settings = QSettings(str(Path(data_dir).expanduser() / "ui.ini"), QSettings.IniFormat)
        self.tabs = ScrollingTabs()
        for name, title in self._page_titles():
            self.tabs.addTab(self._waiting(name), title)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self._hidden: list[QDialog] = []
        self._menus()
        self.statusBar()  # there from the start: the page does not shift when the sync status comes
        fit(self, 1280, 800)  # a 1366×768 laptop keeps its status bar
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        last = self.tabs.findChild(QWidget, str(self.settings.value("window/page", "quick")))
        if last is not None and self.tabs.indexOf(last) >= 0:
            self.tabs.setCurrentWidget(last)

    def _waiting(self, name: str) -> QWidget:
        """A page's place until the data directory is open, named as the page (the tab is remembered
        by name: new tabs do not shift it), with a word in its middle."""
        page = QWidget(objectName=name)
        row = QHBoxLayout(page)  # centred by stretches: an alignment would need `Qt`
        row.addStretch()
        row.addWidget(QLabel(self.tr("正在打开数据…")))
        row.addStretch()
        return page

    def _page_titles(self) -> tuple[tuple[str, str], ...]:
        return (("quick", self.tr("快速录入")), ("findings", self.tr("问题记录")), ("review", self.tr("审核")),
                ("rectification", self.tr("整改")), ("notices", self.tr("通报")), ("roster", self.tr("名册")),
                ("complaints", self.tr("投诉")), ("assessment", self.tr("考核")))

    def open(self, ctx: AppContext) -> None:
        """Put the pages in, on the opened data directory, keeping the tab the person is on."""
        made = page_classes()
        self.ctx = ctx
        ctx.window = self
        self.quick = made.quick(ctx)
        self.findings = made.findings(ctx)
        self.review = made.review(ctx)
        self.rectification = made.rectification(ctx)
        self.notices = made.notices(ctx)
        self.roster = made.roster(ctx)
        self.complaints = made.complaints(ctx)
        self.assessment = made.assessment(ctx)
        current = self.tabs.currentIndex()
        with QSignalBlocker(self.tabs):
            pages = (self.quick, self.findings, self.review, self.rectification, self.notices, self.roster,
                     self.complaints, self.assessment)
            for index, (page, (name, title)) in enumerate(zip(pages, self._page_titles())):
                waiting = self.tabs.widget(index)
                page.setObjectName(name)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, page, title)
                waiting.deleteLater()
            self.tabs.setCurrentIndex(current)
        self.lock_screen = made.lock(ctx)
        self.stack.addWidget(self.lock_screen)
        self.lock_screen.unlocked.connect(self.unlock)
        self.idle = made.idle(ctx, self)
        self.idle.idle.connect(lambda: None if self.locked else self.lock())
        self.quick.saved.connect(lambda _id: (self.findings.apply_filter(), self.review.queue.apply_filter()))
        for queue in (self.findings, self.review.queue, self.rectification.queue):
            queue.findingActivated.connect(self.open_evidence)
        self.tabs.currentChanged.connect(self._refresh_tab)
        self._refresh_tab(current)  # only the page on screen queries at start
        self.sync_panel = made.sync(ctx, self)
        self.sync_panel.synced.connect(self._after_sync)
        self.sync_panel.conflicts_changed.connect(self.review.show_conflict_count)
        self.sync_panel.enrolled.connect(self.apply_role)
        self.apply_role()
        self.review.conflicts_button.clicked.connect(self.sync_panel.show_conflicts)
        self.sync_panel.refresh()
        self.statusBar().addPermanentWidget(self.sync_panel)
        self.statusBar().showMessage(self.tr("数据目录：%1").replace("%1", str(ctx.ws.data_dir)), 8000)
        for action in self._need_data:
            action.setEnabled(True)
        for action, keys in self._shortcuts.items():  # setting a key builds `Qt`: it waits for the data
            action.setShortcut(keys)
        self.lock_action.setShortcutContext(QtCore.Qt.ApplicationShortcut)
        self.opened.emit()

    def apply_role(self) -> None:
        """The office's desks (review, rectification, notices, complaints, assessment) only on the office's laptops:
        an inspector's laptop offers nothing the hub would refuse it."""
        from inspector_app.domain import authority

        office = authority.is_office(self.ctx.ws.role)
        for page in (self.review, self.rectification, self.notices, self.complaints, self.assessment):
            self.tabs.setTabVisible(self.tabs.indexOf(page), office)
        self.roster.apply_role()
        self.complaints.apply_role()
        self.show_user()

    def show_user(self) -> None:
        """Who works here, in the title: "效能督查工作台 — 王主任（办公室）"; a local user may be set up
        only while the laptop is not enrolled (then the hub's user is the one)."""
        from inspector_app.services import users

        who = users.at_work(self.ctx.ws)
        self.setWindowTitle(self.tr("效能督查工作台") + " — " + who.shown())
        self.user_action.setVisible(not who.enrolled)

    def edit_settings(self) -> None:
        """设置 (Ctrl+,): the notice's header and footer, fonts, local rules, the hub's address."""
        from inspector_app.ui.settings_dialog import SettingsDialog

        SettingsDialog(self.ctx, self).open()

    def ask_user(self, with_password: bool = True) -> None:
        """本机使用人: the dialog, not blocking the window; the title follows when it is saved."""
        from inspector_app.ui.user_dialog import UserDialog

        dialog = UserDialog(self.ctx, self, with_password)
        dialog.accepted.connect(self.show_user)
        dialog.open()

    def _after_sync(self, report) -> None:
        """What others recorded is now here: the lists show it."""
        self.findings.apply_filter()
        self.review.queue.apply_filter()
        self.statusBar().showMessage(self.tr("同步完成：发送 %1 项，接收 %2 项，冲突 %3 项")
                                     .replace("%1", str(report.pushed)).replace("%2", str(report.pulled))
                                     .replace("%3", str(report.conflicts)), 10000)

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        new_inspection = QAction(self.tr("新建检查行动…"), self)
        new_inspection.triggered.connect(self.new_inspection)
        file_menu.addAction(new_inspection)
        import_photos = QAction(self.tr("从文件夹导入照片…"), self)
        import_photos.triggered.connect(self.import_photos)
        file_menu.addAction(import_photos)
        sync_action = QAction(self.tr("同步"), self)
        sync_action.triggered.connect(lambda: self.sync_panel.sync_now())
        file_menu.addAction(sync_action)
        enroll_action = QAction(self.tr("登记到同步中心…"), self)
        enroll_action.triggered.connect(lambda: self.sync_panel.enroll())
        file_menu.addAction(enroll_action)
        self.user_action = QAction(self.tr("本机使用人…"), self)
        self.user_action.triggered.connect(self.ask_user)
        file_menu.addAction(self.user_action)
        settings_action = QAction(self.tr("设置…"), self)
        settings_action.triggered.connect(self.edit_settings)
        file_menu.addAction(settings_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view = self.menuBar().addMenu(self.tr("视图(&V)"))
        self.lock_action = QAction(self.tr("锁定"), self)
        self.lock_action.triggered.connect(self.lock)
        view.addAction(self.lock_action)
        self.addAction(self.lock_action)
        self._need_data = (new_inspection, import_photos, sync_action, enroll_action, self.user_action,
                           settings_action, self.lock_action)
        self._shortcuts = {new_inspection: QKeySequence("Ctrl+N"), import_photos: QKeySequence("Ctrl+I"),
                           sync_action: QKeySequence("F5"), quit_action: QKeySequence(QKeySequence.Quit),
                           self.lock_action: QKeySequence("Ctrl+L"), settings_action: QKeySequence("Ctrl+,")}
        for action in self._need_data:  # until the data directory is open
            action.setEnabled(False)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        guide = QAction(self.tr("使用说明"), self)
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        self._shortcuts[guide] = QKeySequence("F1")
        about = QAction(self.tr("关于"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def show_guide(self) -> QDialog:
        """使用说明 (F1): the user guide, with its pictures, in a window beside the work."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QTextDocument
        from PySide6.QtWidgets import QTextBrowser, QVBoxLayout

        from inspector_app.paths import guide_path

        dialog = QDialog(self, windowTitle=self.tr("使用说明"))
        dialog.setAttribute(QtCore.Qt.WA_DeleteOnClose)
        browser = QTextBrowser(dialog)
        browser.setOpenExternalLinks(True)
        browser.setSource(QUrl.fromLocalFile(str(guide_path())), QTextDocument.MarkdownResource)
        QVBoxLayout(dialog).addWidget(browser)
        fit(dialog, 980, room(self).height())
        fit_pictures(browser.document(), dialog.width() - 80)
        dialog.show()
        return dialog

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("关于"), self.tr("效能督查工作台 Inspector") + f"\n{inspector_app.__version__}")

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
            shown.model.modelReset.connect(start, QtCore.Qt.SingleShotConnection)

    def _refresh_tab(self, index: int) -> None:
        page = self.tabs.widget(index)
        if (shown := self._list_of(page)) is not None:
            shown.apply_filter()
        elif page is self.notices:
            self.notices.list_candidates()  # reviews made meanwhile show up
        elif page is self.roster:
            self.roster.refresh()  # what a sync or an import brought
        elif page is self.complaints:
            self.complaints.refresh()
        elif page is self.assessment:
            self.assessment.refresh()

    def new_inspection(self) -> None:
        import uuid

        from inspector_app.services import inspections
        from inspector_app.ui.inspection_dialog import InspectionDialog

        dialog = InspectionDialog(self.ctx, self)
        if dialog.exec() != QDialog.Accepted:
            return
        team = dialog.team.currentData()
        args = (dialog.title.text(), dialog.mode.currentData(), dialog.start.date().toPython(),
                dialog.end.date().toPython(), uuid.UUID(team) if team else None, dialog.planned())
        self.ctx.tasks.run(lambda _p: inspections.create(self.ctx.ws, *args),
                           lambda _i: self.quick.reload_inspections(), self.ctx.show_error, write=True)

    def open_evidence(self, finding_id: uuid.UUID) -> GalleryDialog:
        """The finding's photos in a window of their own; what changes there shows in the lists."""
        from inspector_app.ui.gallery import GalleryDialog

        dialog = GalleryDialog(self.ctx, finding_id, self)
        dialog.setAttribute(QtCore.Qt.WA_DeleteOnClose)
        dialog.changed.connect(self._evidence_changed)
        dialog.show()
        return dialog

    def _evidence_changed(self) -> None:
        """Photos turned, covered or added: the details on show are made again."""
        self.findings.show_detail(self.findings.table.currentIndex().row())
        for desk in (self.review, self.rectification):
            desk.show(desk.queue.table.currentIndex().row())

    def import_photos(self) -> BatchImportDialog:
        from inspector_app.ui.batch_import import BatchImportDialog

        dialog = BatchImportDialog(self.ctx, self)
        dialog.setAttribute(QtCore.Qt.WA_DeleteOnClose)
        dialog.imported.connect(lambda _n: self.findings.apply_filter())
        dialog.show()
        return dialog

    def lock(self) -> None:
        """At once: the work disappears behind a neutral page; the menus, the status bar (with 同步),
        open windows and the user's name in the title go with it, and no key but the lock's own opens
        anything (an error met meanwhile waits for the unlock)."""
        self._hidden = [d for d in self.findChildren(QDialog) if d.isVisible()]
        for dialog in self._hidden:
            dialog.hide()
        self.lock_screen.prepare()
        self.stack.setCurrentWidget(self.lock_screen)
        for bar in (self.menuBar(), self.statusBar()):
            bar.setEnabled(False)
            bar.hide()
        for action in self._need_data:
            action.setEnabled(action is self.lock_action)
        self.setWindowTitle(self.tr("效能督查工作台"))  # nor who works here

    def unlock(self) -> None:
        self.stack.setCurrentWidget(self.tabs)
        for bar in (self.menuBar(), self.statusBar()):
            bar.setEnabled(True)
            bar.show()
        for action in self._need_data:
            action.setEnabled(True)
        self.show_user()
        for dialog in self._hidden:
            dialog.show()
        self._hidden = []
        waiting, self.ctx.held = self.ctx.held, []
        for exc, trace in waiting:  # what went wrong meanwhile, now that the person is back
            self.ctx.show_error(exc, trace)

    @property
    def locked(self) -> bool:
        return self.stack.currentWidget() is self.lock_screen

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.closed = True
        if self.ctx is not None:
            self.idle.stop()
            self.quick.save_draft()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.tabs.currentWidget().objectName())
        self.settings.sync()
        self.tasks.wait()
        super().closeEvent(event)
