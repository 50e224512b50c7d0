"""Starting the desktop app: logging in the data directory, fonts that render Chinese on a machine
without CJK fonts, Qt's Chinese translations, the database, the main window, and a report dialog
for any error that was not expected.

The window's frame comes on screen first; the data directory opens in the background meanwhile
(the database layer takes most of a second to load) and the pages follow."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# before PySide6: once loaded, it reads the source of each module imported after it (to see whether
# the module asks for one of its `__feature__`s), ~0.2 ms a module when run from source
from inspector_app.errors import InspectorError
from inspector_app.i18n import current_language
from inspector_app.paths import APP_NAME, bundled_font, resource_path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QThread, QTimer, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from inspector_app.ui.main_window import MainWindow, page_classes
from inspector_app.ui.tasks import Tasks

if TYPE_CHECKING:  # loads with the data directory, after the frame is on screen
    from inspector_app.ui.context import AppContext

UI_FAMILIES = ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"]


def setup_logging(data_dir: Path) -> None:
    """Rotating logs in the data directory (replacing the handler of any earlier data directory)."""
    from logging.handlers import RotatingFileHandler  # not before the window is on screen

    close_logging()
    logs = data_dir / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(logs / "inspector.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("inspector")
    root.setLevel(logging.INFO)
    root.addHandler(handler)


def close_logging() -> None:
    root = logging.getLogger("inspector")
    for handler in [h for h in root.handlers if isinstance(h, logging.FileHandler)]:
        root.removeHandler(handler)
        handler.close()


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, with the bundled fonts registered and the translations of the current
    language installed (the texts are written in Chinese; English comes from resources/i18n)."""
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    try:
        QFontDatabase.addApplicationFont(str(bundled_font("wqy-microhei.ttc")))
    except InspectorError as exc:  # the window still opens, in whatever CJK face the system has
        logging.getLogger("inspector.ui").warning("%s", exc.message("en"))
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSize(10)
    app.setFont(font)
    use_language(app, current_language())
    return app


_installed: list[QTranslator] = []  # what use_language put in (asking Qt for its translators costs ~5 ms at start)


def use_language(app: QApplication, lang: str) -> None:
    """Install the translators of `lang` in place of those of any earlier language."""
    while _installed:
        old = _installed.pop()
        app.removeTranslator(old)
        old.deleteLater()
    english = lang == "en"
    app.setApplicationDisplayName("Inspector" if english else "效能督查工作台")
    if not english:  # Qt's own dialogs and buttons speak English unless told otherwise
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(QLocale.Chinese, QLocale.China), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
    else:
        ours = QTranslator(app)
        if not ours.load(str(resource_path("i18n", "inspector_en.qm"))):
            raise RuntimeError("the English translation resources/i18n/inspector_en.qm is missing")
        app.installTranslator(ours)
        _installed.append(ours)


def qt_speaks_chinese() -> bool:
    """Do Qt's own dialogs and buttons speak Chinese (its translation file was found and loaded)?"""
    qt_own = ("QPlatformTheme", "Cancel")  # Qt's text, in qtbase_zh_CN.qm (not ours to translate)
    return QCoreApplication.translate(*qt_own) == "取消"


def open_context(data_dir: Path, tasks: Tasks, password: str | None = None) -> AppContext:
    """The data directory opened for the window with its password (None: as the environment gives
    it): its logs, the database (migrated if older), the reference data. At start this runs in the
    background while the window's frame is on screen."""
    from inspector_app.services.workspace import Workspace, storage_errors
    from inspector_app.ui.context import AppContext

    with storage_errors(data_dir):  # a read-only or full disk is named as such
        setup_logging(data_dir)
    ctx = AppContext(Workspace.open(data_dir, password=password), tasks)
    page_classes()  # the pages' modules load here too, off the GUI thread at start
    return ctx


def attach(window: MainWindow, ctx: AppContext) -> None:
    """The window's pages on the opened data directory; from now on an error nobody expected is reported."""
    if window.closed:  # the person closed the window while the data directory was opening
        ctx.ws.close()
        return
    window.open(ctx)

    def report(kind, exc, tb) -> None:
        trace = "".join(traceback.format_exception(kind, exc, tb))
        if QThread.currentThread() is QApplication.instance().thread():
            ctx.show_error(exc, trace)
        else:  # a dialog may only be opened on the GUI thread: log it
            logging.getLogger("inspector.ui").error("unexpected error off the GUI thread\n%s", trace)
    sys.excepthook = report
    threading.excepthook = lambda args: report(args.exc_type, args.exc_value, args.exc_traceback)
    window.warm_up_pinyin()


def ask_who_at_first_start(window: MainWindow) -> None:
    """The first start of a laptop on its own: who uses it, before anything is recorded."""
    from inspector_app.services import users

    if window.ctx is not None and not users.at_work(window.ctx.ws).name:
        window.ask_user(with_password=False)  # the password was set as the data directory was made


def main_window(data_dir: Path, tasks_inline: bool = False, password: str | None = None) -> MainWindow:
    """The whole window on an opened data directory, at once (what the self-test and the tests start)."""
    tasks = Tasks(inline=tasks_inline)
    window = MainWindow(data_dir, tasks)
    attach(window, open_context(Path(data_dir), tasks, password))
    return window


def start(data_dir: Path, on_failure: Callable[[BaseException, str], None]) -> MainWindow:
    """The window on screen at once; the password asked (unless the environment gives it), then its
    pages follow when the data directory is open, or `on_failure` hears why it could not be opened.
    A wrong password asks again; cancelling closes the window."""
    from inspector_app import environment

    tasks = Tasks()
    window = MainWindow(data_dir, tasks)
    window.show()

    def begin(message: str = "") -> None:
        """Once the events waiting, the frame's painting among them, are handled: opening the data
        directory before would make the painting take turns with its imports for Python's lock."""
        if window.closed:
            return
        password = environment.password()
        if password is None:
            from inspector_app.ui.login import LoginDialog

            login = LoginDialog(Path(data_dir), message, window)
            if login.exec() != LoginDialog.Accepted:
                window.close()
                return
            password = login.password.text()

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, InspectorError) and exc.key == "password_wrong" and environment.password() is None:
                begin(exc.message())
            else:
                on_failure(exc, trace)
        tasks.run(lambda _p: open_context(Path(data_dir), tasks, password),
                  lambda ctx: (attach(window, ctx), ask_who_at_first_start(window)), failed)
    QTimer.singleShot(0, begin)
    return window


def run(data_dir: Path) -> int:
    app = application()

    def failed(exc: BaseException, trace: str) -> None:  # an unusable data directory: say so in the user's words
        from inspector_app.ui.context import show_error

        show_error(window, exc, trace)
        app.exit(1)
    window = start(data_dir, failed)
    return app.exec()
