"""Tabs whose pages scroll: on a small screen (1366×768 at 150 %, 911×512 in Qt's units) a page that
needs more room than there is scrolls instead of pushing its window past the screen's edge. Callers
see the pages themselves, as with a plain QTabWidget."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget


class ScrollingTabs(QTabWidget):
    def insertTab(self, index: int, page: QWidget, title: str) -> int:  # noqa: N802 (Qt's name)
        area = QScrollArea(widgetResizable=True, frameShape=QFrame.NoFrame)
        area.setWidget(page)
        return super().insertTab(index, area, title)

    def addTab(self, page: QWidget, title: str) -> int:  # noqa: N802
        return self.insertTab(self.count(), page, title)

    def removeTab(self, index: int) -> None:  # noqa: N802
        """The tab and its scroll area go; the page is the caller's to delete."""
        area = super().widget(index)
        super().removeTab(index)
        area.takeWidget().setParent(None)
        area.deleteLater()

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if area is not None else None

    def currentWidget(self) -> QWidget | None:  # noqa: N802
        return self.widget(self.currentIndex())

    def indexOf(self, page: QWidget) -> int:  # noqa: N802
        return next((i for i in range(self.count()) if self.widget(i) is page), -1)

    def setCurrentWidget(self, page: QWidget) -> None:  # noqa: N802
        self.setCurrentIndex(self.indexOf(page))
