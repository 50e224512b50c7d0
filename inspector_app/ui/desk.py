"""A desk of the office: a queue of findings in some statuses on the left; on the right the chosen
finding, described, and the controls that act on it (enabled only while one is chosen)."""

from __future__ import annotations

import html
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QSplitter, QTextBrowser, QVBoxLayout, QWidget

from inspector_app.ui.context import AppContext
from inspector_app.ui.finding_list import FindingListPage


class DeskPage(QWidget):
    def __init__(self, ctx: AppContext, statuses: tuple[str, ...], sort: tuple[str, bool] = ("time", True),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.queue = FindingListPage(ctx, statuses=statuses, sort=sort)
        self.queue.side.hide()  # the desk shows its own detail
        self.detail = QTextBrowser()
        self.current: uuid.UUID | None = None
        self.controls: list[QWidget] = []

    def desk(self, *rows: QLayout) -> QSplitter:
        """The queue beside the detail with the desk's rows of controls under it; call once the
        controls are made. Returns the splitter for the page's layout."""
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.detail, 1)
        for row in rows:
            right_layout.addLayout(row)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.queue)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.queue.table.selectionModel().currentRowChanged.connect(lambda cur, _p: self.show(cur.row()))
        self.queue.model.modelReset.connect(lambda: self.show(self.queue.table.currentIndex().row()))
        self._enable(False)
        return split

    def empty_hint(self, rows: int) -> str:
        return (self.tr("在左侧选择一条问题记录，这里显示其事实、证据与历史，下方可作处理。") if rows else
                self.tr("没有等待处理的问题记录。督查员提交的问题（同步后）会出现在左侧列表中。"))

    def _enable(self, on: bool) -> None:
        for w in self.controls:
            w.setEnabled(on)

    def show(self, row: int) -> None:
        """The chosen finding, described in the background (it reads the person's year and the
        history, and may draw thumbnails); an answer for a finding no longer chosen is dropped."""
        found = self.queue.model.row_at(row)
        self.current = found.id if found else None
        self._enable(found is not None)
        if found is None:  # an empty pane says what to do
            self.detail.setHtml("<p style='color:#666'>" + html.escape(self.empty_hint(self.queue.model.rowCount()))
                                + "</p>")
            return

        def done(described: tuple[str, Any]) -> None:
            if self.current == found.id:
                page, settings = described
                self.present(settings)
                self.detail.setHtml(page)
        self.ctx.tasks.run(lambda _p: self.describe(found.id), done, self.ctx.show_error)

    def describe(self, finding_id: uuid.UUID) -> tuple[str, Any]:
        """On a worker thread: the chosen finding as HTML, and what `present` sets the controls to."""
        raise NotImplementedError

    def present(self, settings: Any) -> None:
        """On the GUI thread: the controls set for the chosen finding."""
