"""帮助 → 使用说明 (F1): the user guide in the app, its pictures shown, every picture it names on disk."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

from inspector_app.paths import guide_path


def test_f1_opens_the_guide_with_its_pictures(qtbot, window):
    qtbot.keyClick(window, Qt.Key_F1)
    dialog = window.show_guide()
    browser = dialog.findChild(QTextBrowser)
    text = browser.toPlainText()
    for part in ("督查员的一天", "效能办的一个月", "投诉举报台账", "管理员的准备"):
        assert part in text
    pictures = re.findall(r"\]\((\.\./screenshots/[^)]+)\)", guide_path().read_text(encoding="utf-8"))
    assert len(pictures) >= 8
    base = QUrl.fromLocalFile(str(guide_path()))
    for picture in pictures:
        assert (guide_path().parent / picture).resolve().is_file(), picture
        image = browser.document().resource(QTextDocument.ImageResource, base.resolved(QUrl(picture)))
        assert image is not None and not image.isNull(), picture
