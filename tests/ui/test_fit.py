"""Every page fits a laptop: at 1366×768 and 1920×1080 (and 1920×1080 at 150%, 1280×720 in Qt's
units) the window needs no more room than the screen has, and the status bar with 同步 is on screen.
Each page's picture at each size is written to the test's folder."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("width, height", [(1366, 768), (1920, 1080), (1280, 720)])
def test_every_page_fits_the_screen(qtbot, window, tmp_path, width, height):
    room = (width - 20, height - 50)  # less the window's frame and the desktop's panel
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
