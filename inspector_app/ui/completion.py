"""Line edits that complete names by characters or pinyin ("zsm" finds 张三明, "rsj" 区人社局). ↵
takes the highlighted completion, or the top one, and moves on to the next field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from inspector_app.domain.pinyin import matches, rank

ENTER = (Qt.Key_Return, Qt.Key_Enter)


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
        completer.popup().installEventFilter(self)  # after the completer's own filter: ours sees keys first
        self.textEdited.connect(self._update)

    def _update(self, text: str) -> None:
        found = [name for name in self.candidates() if matches(text, name)]
        found = sorted(found, key=lambda name: rank(text, name))[:30]  # those that begin so first
        self.list_model.setStringList(found)
        if text and found:
            self.completer().complete()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """↵ in the list of completions: the highlighted one, else the top one, and on to the next field."""
        popup = self.completer().popup()
        if watched is popup and event.type() == QEvent.KeyPress and event.key() in ENTER \
                and not event.modifiers() & Qt.ControlModifier:
            row = popup.currentIndex().row() if popup.currentIndex().isValid() else 0
            self.take(self.list_model.index(row).data() or self.text())
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        """↵ with no list open: the top completion if the text names nothing yet, and on."""
        if event.key() in ENTER and not event.modifiers() & Qt.ControlModifier:
            found = self.list_model.stringList()
            self.take(found[0] if self.text().strip() and found and self.text() not in found else self.text())
            return
        super().keyPressEvent(event)

    def take(self, text: str) -> None:
        self.completer().popup().hide()
        self.setText(text)
        self.editingFinished.emit()
        self.focusNextChild()
