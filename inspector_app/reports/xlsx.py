"""The ledger (台账) of a notice's findings as an Excel workbook (openpyxl)."""

from __future__ import annotations

import io
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from inspector_app.reports.model import NoticeDocument

COLUMNS = [  # (heading, key, width)
    ("序号", None, 6), ("发现时间", "observed_at", 17), ("单位", "unit", 24), ("当事人", "person", 14),
    ("职务", "position", 12), ("人员类别", "category", 12), ("党员", "party_member", 6), ("领导干部", "leader", 8),
    ("问题类型", "type", 18), ("事实描述", "description", 48), ("地点", "place", 18), ("处理", "sanction", 12),
    ("状态", "status", 8), ("编号", "id", 38),
]


def render_xlsx(doc: NoticeDocument, rows: list[dict[str, Any]]) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = "台账"
    ws.append([f"{doc.title}（{doc.number or '未印发'}）"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([c for c, _, _ in COLUMNS])
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="F2DCDB")
        cell.alignment = Alignment(horizontal="center", vertical="center")
    for i, row in enumerate(rows, 1):
        values = []
        for _, key, _ in COLUMNS:
            value = i if key is None else row[key]
            values.append(("是" if value else "") if isinstance(value, bool) else value)
        ws.append(values)
        ws.cell(row=ws.max_row, column=2).number_format = "yyyy-mm-dd hh:mm"
        ws.cell(row=ws.max_row, column=10).alignment = Alignment(wrap_text=True, vertical="top")
    for idx, (_, _, width) in enumerate(COLUMNS, 1):
        ws.column_dimensions[get_column_letter(idx)].width = width
    ws.freeze_panes = "A3"
    ws.auto_filter.ref = f"A2:{get_column_letter(len(COLUMNS))}{max(2, ws.max_row)}"
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
