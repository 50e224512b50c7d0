"""The 考核 tab on the demo district: the units ranked among their kind with the flagged in colour,
the charts drawn (each saved as PNG and looked at), the report exported, an appraisal confirmed."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCharts import QChart
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QInputDialog

from inspector_app.ui.assessment_page import FLAG_COLOURS


def opened(qtbot, window):
    page = window.assessment
    window.tabs.setCurrentWidget(page)
    page.year.setValue(2026)
    qtbot.waitUntil(lambda: page.data is not None and page.units.rowCount() == len(page.data.units))
    return page


def series_of(view) -> list:
    chart: QChart = view.chart()
    return chart.series() if chart is not None else []


def test_units_ranked_among_their_kind_and_the_charts_drawn(qtbot, window, tmp_path, monkeypatch):
    page = opened(qtbot, window)
    assert page.units.rowCount() == 40 and "40 个单位" in page.summary.text()
    kinds = [page.units.item(r, 0).text() for r in range(page.units.rowCount())]
    assert kinds == sorted(kinds, key=kinds.index)  # each kind together
    firsts = [page.units.item(r, 1).text() for r in range(page.units.rowCount()) if r == 0 or kinds[r] != kinds[r - 1]]
    assert set(firsts) == {"1"}  # ranked within its kind
    flagged = [r for r in range(page.units.rowCount()) if page.units.item(r, 8).foreground().color() in FLAG_COLOURS.values()]
    assert len(flagged) == sum(1 for p in page.data.units if p.satisfaction_flag in ("explain", "grave"))
    for view in (page.by_month, page.by_type, page.by_score):
        assert series_of(view), view
    page.units.selectRow(3)
    chosen = page.units.item(3, 2).text()
    qtbot.waitUntil(lambda: chosen in page.unit_year.chart().title())
    assert len(series_of(page.unit_year)) == 2  # the unit's bars and the district's line
    for i in range(page.charts.count()):
        page.charts.setCurrentIndex(i)
        target = tmp_path / f"chart{i}.png"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target: (str(t), ""))
        assert page.save_png() == target
        image = QImage(str(target))
        assert image.width() > 250 and image.height() > 150


def test_the_report_exported_and_an_appraisal_confirmed(qtbot, window, tmp_path, monkeypatch):
    page = opened(qtbot, window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "考核.pdf"), ""))
    page.export_report()
    qtbot.waitUntil(lambda: (tmp_path / "考核.xlsx").is_file())
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "考核.pdf").pages).replace("\n", "")
    assert "2026年度考核情况图表" in text and "各月查处问题" in text and "机关部门得分" in text  # the charts attached
    page.lists.setCurrentIndex(1)
    page.people.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("不称职", True))
    page.confirm()
    qtbot.waitUntil(lambda: page.people.item(0, 6).text() == "不称职")
