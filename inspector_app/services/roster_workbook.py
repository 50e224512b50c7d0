"""The roster as an Excel workbook (名册.xlsx): sheet 单位 (名称, 上级单位, 类型, 简称) and sheet 人员
(姓名, 单位, 职务, 人员类别, 党员, 领导干部, 督查组), each with an optional 编号 column that an export
writes so that a renamed or moved record stays itself; an empty template with an example row."""

from __future__ import annotations

from pathlib import Path

from inspector_app.services import workbook
from inspector_app.services.workbook import Row, Sheets

__all__ = ["Row", "Sheets", "read", "write", "template"]

UNITS, PEOPLE = "单位", "人员"
ID = "编号"
COLUMNS = {
    UNITS: ("名称", "上级单位", "类型", "简称"),
    PEOPLE: ("姓名", "单位", "职务", "人员类别", "党员", "领导干部", "督查组"),
}
WIDTHS = {UNITS: (28, 28, 14, 14), PEOPLE: (12, 28, 16, 12, 6, 10, 14)}
EXAMPLE = {
    UNITS: [("区行政服务中心", "", "行政服务中心", "服务中心"), ("区行政服务中心人社窗口", "区行政服务中心", "服务窗口", "人社窗口")],
    PEOPLE: [("张三", "区行政服务中心人社窗口", "科员", "公务员", "是", "否", "")],
}
MAX_ROWS = 40_000  # per sheet: a city's roster is 30,000 people


def read(path: Path) -> Sheets:
    """Both sheets' rows, or an error naming what is wrong with the file as a whole."""
    return workbook.read(path, COLUMNS, MAX_ROWS, ID)


def write(path: Path, rows: dict[str, list[tuple[str, ...]]], with_ids: bool) -> None:
    """A workbook of both sheets; with an 编号 column when the rows end with the record's id."""
    workbook.write(path, {name: (columns + ((ID,) if with_ids else ()), WIDTHS[name] + ((38,) if with_ids else ()),
                                 rows[name]) for name, columns in COLUMNS.items()})


def template(path: Path) -> None:
    """An empty roster: the columns and a filled example row on each sheet."""
    write(path, EXAMPLE, with_ids=False)
