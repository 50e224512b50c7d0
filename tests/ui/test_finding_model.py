"""The findings model: a correct Qt model, paged from SQL, and safe under many repaints."""

from PySide6.QtCore import Qt

from inspector_app.store.queries import FindingFilter
from inspector_app.ui.finding_model import PAGE, FindingTableModel


def test_the_model_passes_qts_model_tester(qtmodeltester, window):
    window.tabs.setCurrentWidget(window.findings)
    model = window.findings.model
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_pages_are_fetched_as_the_view_scrolls(window):
    model = FindingTableModel(window.ctx.ws)
    model.load(FindingFilter(), *model.query(FindingFilter()))
    assert model.total == 80 and model.rowCount() == min(PAGE, 80)
    model2 = FindingTableModel(window.ctx.ws)
    import inspector_app.ui.finding_model as fm
    old, fm.PAGE = fm.PAGE, 30
    try:
        model2.load(FindingFilter(), *model2.query(FindingFilter()))
        assert model2.rowCount() == 30 and model2.canFetchMore()
        while model2.canFetchMore():
            model2.fetchMore()
        assert model2.rowCount() == 80 and len({r.id for r in model2.rows}) == 80
    finally:
        fm.PAGE = old


def test_sorting_by_a_column(window):
    window.tabs.setCurrentWidget(window.findings)
    model = window.findings.model
    model.sort(1, Qt.AscendingOrder)
    units = [model.index(r, 1).data() for r in range(model.rowCount())]
    assert units == sorted(units)


def test_headers_and_many_repaints_do_not_crash(qtbot, window):
    model = window.findings.model
    assert model.headerData(0, Qt.Horizontal) == "时间"
    assert model.headerData(0, Qt.Horizontal, Qt.DecorationRole) is None
    view = window.findings.table
    window.tabs.setCurrentWidget(window.findings)
    for _ in range(400):  # PySide6 6.12.0 on Python 3.11 died here when headerData went to super()
        view.viewport().repaint()
        view.horizontalHeader().viewport().repaint()
    assert view.isVisible()


def test_only_the_page_on_screen_queries_at_start_and_a_page_loads_when_shown(window):
    assert window.tabs.currentWidget() is window.quick
    assert not window.findings.model.loaded and not window.review.queue.model.loaded
    window.tabs.setCurrentWidget(window.findings)
    assert window.findings.model.loaded and window.findings.model.rowCount() > 0
    assert not window.rectification.queue.model.loaded
