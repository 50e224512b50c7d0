"""Line edits that complete names by characters or pinyin ("zsm" finds 张三明)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from inspector_app.domain.pinyin import matches


class NameEdit(QLineEdit):
    """A line edit whose popup lists the candidates that match what was typed."""

    def __init__(self, candidates: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = candidates
        self.list_model = QStringListModel(self)
        completer = QCompleter(self.list_model, self)
        completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.setCompleter(completer)
        self.textEdited.connect(self._update)

    def _update(self, text: str) -> None:
        found = [name for name in self.candidates() if matches(text, name)][:30]
        self.list_model.setStringList(found)
        if text and found:
            self.completer().complete()
