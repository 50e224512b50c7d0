"""A day's photos from a folder: each proposed to the finding or visit it was taken at, a person
changes what is wrong and confirms; unreadable files say why; nothing is attached before confirming."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import select

from inspector_app.domain.models import Evidence
from inspector_app.services import findings, inspections
from inspector_app.services.findings import FindingInput
from tests.evidence.images import photo


def test_photos_from_a_folder_go_where_the_person_confirms(qtbot, window, tmp_path):
    ctx = window.ctx
    inspection = inspections.create(ctx.ws, "11月暗访", "undercover", date(2026, 11, 20), date(2026, 11, 20), None, [])
    visit, _unit = inspections.arrive(ctx.ws, inspection.id, "区人社局", datetime(2026, 11, 20, 9, 0))
    late = findings.record(ctx.ws, FindingInput(unit="", category="computer_games", at="2026-11-20T09:10",
                                                person="欧阳淼淼", visit_id=visit.id))
    card = tmp_path / "DCIM"
    card.mkdir()
    photo(card / "IMG_1.jpg", taken=datetime(2026, 11, 20, 9, 12))    # two minutes after the finding
    photo(card / "IMG_2.jpg", taken=datetime(2026, 11, 20, 9, 40))    # during the visit, no finding near
    photo(card / "IMG_3.jpg", taken=datetime(2026, 11, 21, 15, 0))    # the next day: no visit
    (card / "IMG_4.jpg").write_bytes(b"")                             # an empty file from a bad card

    dialog = window.import_photos()
    dialog.inspection.setCurrentIndex(dialog.inspection.findData(str(inspection.id)))
    dialog.read(card)
    rows = {dialog.table.item(r, 0).text(): dialog.table.cellWidget(r, 2) for r in range(dialog.table.rowCount())}
    assert set(rows) == {"IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg"}
    assert "欧阳淼淼" in rows["IMG_1.jpg"].currentText()
    assert "区人社局" in rows["IMG_2.jpg"].currentText() and "点位" in rows["IMG_2.jpg"].currentText()
    assert rows["IMG_3.jpg"].currentText() == "不导入"
    assert "IMG_4.jpg" in dialog.problems.toPlainText() and dialog.problems.isVisibleTo(dialog)
    assert "读取 4 个文件：2 个已匹配，1 个未匹配，1 个无法读取" in dialog.summary.text()
    with ctx.ws.db.session() as s:
        assert s.exec(select(Evidence).where(Evidence.visit_id == visit.id)).all() == []  # not before confirming

    # the person knows IMG_3 shows the same screen: it goes to the finding too
    third = rows["IMG_3.jpg"]
    third.setCurrentIndex(next(i for i in range(third.count()) if "欧阳淼淼" in third.itemText(i)))
    with qtbot.waitSignal(dialog.imported, timeout=5000) as done:
        dialog.confirm_button.click()
    assert done.args == [3]
    with ctx.ws.db.session() as s:
        placed = {e.original_name: (e.visit_id, e.finding_id) for e in s.exec(select(Evidence).where(
            Evidence.visit_id == visit.id))}
    assert placed == {"IMG_1.jpg": (visit.id, late.id), "IMG_2.jpg": (visit.id, None),
                      "IMG_3.jpg": (visit.id, late.id)}
    assert "已导入 3 个文件" in dialog.summary.text() and not dialog.confirm_button.isEnabled()


def test_a_folder_that_is_not_there_is_said_plainly(window, tmp_path):
    inspections.create(window.ctx.ws, "明察", "open", date(2026, 11, 20), date(2026, 11, 20), None, [])
    dialog = window.import_photos()
    dialog.read(tmp_path / "nowhere")
    assert "找不到文件夹" in dialog.summary.text() and dialog.table.rowCount() == 0
