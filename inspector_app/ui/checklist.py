"""A list of ticked choices (units, types, findings), with one signal when the ticks change."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget


class CheckList(QListWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def fill(self, entries: Iterable[tuple[str, Any, bool]]) -> None:
        """(label, data, ticked) per line; replaces what was there."""
        self.blockSignals(True)
        self.clear()
        for label, data, ticked in entries:
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if ticked else Qt.Unchecked)
            item.setData(Qt.UserRole, data)
            self.addItem(item)
        self.blockSignals(False)
        self.changed.emit()

    def ticked(self) -> list[Any]:
        return [self.item(i).data(Qt.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.Checked]

    def tick_all(self, on: bool) -> None:
        self.blockSignals(True)
        for i in range(self.count()):
            self.item(i).setCheckState(Qt.Checked if on else Qt.Unchecked)
        self.blockSignals(False)
        self.changed.emit()
