"""Every page and window fits a laptop: at 1366×768 and 1920×1080, and at 150 % scaling (1280×720
and 911×512 in Qt's units), the main window needs no more room than the screen has (a page that needs
more scrolls), the status bar with 同步 is on screen, and every dialog fits. Each page's picture at
each size is written to the test's folder."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from sqlmodel import select

from inspector_app.domain.models import Finding

SIZES = [(1366, 768), (1920, 1080), (1280, 720), (911, 512)]


def room_of(width: int, height: int) -> tuple[int, int]:
    return width - 20, height - 50  # less the window's frame and the desktop's panel


@pytest.mark.parametrize("width, height", SIZES)
def test_every_page_fits_the_screen(qtbot, window, tmp_path, width, height):
    room = room_of(width, height)
    window.resize(*room)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(10)
        need = window.minimumSizeHint()
        assert need.width() <= room[0] and need.height() <= room[1], window.tabs.tabText(index)
        button = window.sync_panel.button
        corner = button.mapTo(window, button.rect().bottomRight())
        assert button.isVisible() and window.rect().contains(corner)
        window.grab().save(str(tmp_path / f"{width}x{height}-{window.tabs.currentWidget().objectName()}.png"))
    assert len(list(tmp_path.glob("*.png"))) == window.tabs.count()


def test_a_page_that_needs_more_room_scrolls_and_keeps_its_controls(qtbot, window):
    window.resize(*room_of(911, 512))
    window.tabs.setCurrentWidget(window.review)
    assert window.tabs.currentWidget() is window.review and window.tabs.indexOf(window.review) == 2
    area = window.review.parentWidget().parentWidget()
    qtbot.waitUntil(lambda: window.review.width() >= window.review.minimumSizeHint().width())
    assert area.horizontalScrollBar().maximum() > 0  # the desk is reached by scrolling, not cut off


def test_every_dialog_fits_the_smallest_screen(qtbot, window, monkeypatch):
    room = room_of(911, 512)
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: opened.append(self) or QDialog.Rejected)
    monkeypatch.setattr(QDialog, "open", lambda self: opened.append(self))
    with window.ctx.ws.db.session() as s:
        finding = s.exec(select(Finding.id)).first()
    window.edit_settings()
    window.ask_user()
    window.new_inspection()
    window.sync_panel.enroll()
    window.roster.edit_unit(new=True)
    window.roster.edit_person(new=True)
    opened += [window.open_evidence(finding), window.import_photos(), window.show_guide(),
               window.complaints.register_dialog(), window.complaints.show_stats()]
    assert len({type(d) for d in opened}) >= 10
    for dialog in opened:
        need = dialog.minimumSizeHint()
        assert need.width() <= room[0] and need.height() <= room[1], (dialog.windowTitle(), need.toTuple())
        dialog.close()
