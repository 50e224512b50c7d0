"""The roster as an Excel workbook (名册.xlsx): sheet 单位 (名称, 上级单位, 类型, 简称) and sheet 人员
(姓名, 单位, 职务, 人员类别, 党员, 领导干部, 督查组), each with an optional 编号 column that an export
writes so that a renamed or moved record stays itself. Read whole, in openpyxl's streaming mode, before
anything is decided; written back for the office to edit; an empty template with an example row."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException

from inspector_app.errors import InspectorError
from inspector_app.fileio import write_output

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
_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an OLE file: an encrypted workbook, or an old .xls
_ENCRYPTED = "EncryptionInfo".encode("utf-16-le")


@dataclass
class Row:
    sheet: str
    number: int  # as Excel shows it
    values: dict[str, str]  # column heading → text, stripped ("" when empty)
    id: str = ""


@dataclass
class Sheets:
    rows: dict[str, list[Row]] = field(default_factory=dict)
    formulas: list[tuple[str, int, str]] = field(default_factory=list)  # (sheet, row, column)


def text(value: Any) -> str:
    """A cell's value as the text a person typed: 3.0 → "3", TRUE → "是"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read(path: Path) -> Sheets:
    """Both sheets' rows, or an error naming what is wrong with the file as a whole."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InspectorError("roster_book_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if data.startswith(_CFB):
        raise InspectorError("roster_book_encrypted" if _ENCRYPTED in data else "roster_book_xls", path=path.name)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InspectorError("roster_book_not_xlsx", path=path.name)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InspectorError("roster_book_not_xlsx", path=path.name) from exc
    try:
        missing = [name for name in COLUMNS if name not in book.sheetnames]
        if missing:
            raise InspectorError("roster_book_sheets", missing="、".join(missing), found="、".join(book.sheetnames))
        out = Sheets()
        for name in COLUMNS:
            out.rows[name] = _sheet_rows(book[name], name, out.formulas)
        return out
    finally:
        book.close()


def _sheet_rows(sheet: Any, name: str, formulas: list[tuple[str, int, str]]) -> list[Row]:
    rows = sheet.iter_rows(values_only=True)
    header = [text(value) for value in next(rows, ())]
    missing = [c for c in COLUMNS[name] if c not in header]
    if missing:
        raise InspectorError("roster_book_columns", sheet=name, missing="、".join(missing))
    wanted = [(i, h) for i, h in enumerate(header) if h in COLUMNS[name] or h == ID]
    out = []
    for number, cells in enumerate(rows, 2):
        values = {heading: text(cells[i]) if i < len(cells) else "" for i, heading in wanted}
        if not any(values.values()):
            continue
        # read without computing, a formula is its text: no name, unit or position starts with "="
        formulas += [(name, number, heading) for heading, value in values.items() if value.startswith("=")]
        if len(out) == MAX_ROWS:
            raise InspectorError("roster_book_too_long", sheet=name, limit=MAX_ROWS)
        out.append(Row(name, number, values, values.pop(ID, "")))
    return out


def write(path: Path, rows: dict[str, list[tuple[str, ...]]], with_ids: bool) -> None:
    """A workbook of both sheets; with an 编号 column when the rows end with the record's id."""
    book = Workbook(write_only=True)
    for name, columns in COLUMNS.items():
        sheet = book.create_sheet(name)
        for i, width in enumerate(WIDTHS[name] + ((38,) if with_ids else ()), 1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        sheet.append([_heading(sheet, h) for h in columns + ((ID,) if with_ids else ())])
        for row in rows[name]:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    write_output(path, out.getvalue())


def _heading(sheet: Any, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=title)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="F2DCDB")
    return cell


def template(path: Path) -> None:
    """An empty roster: the columns and a filled example row on each sheet."""
    write(path, EXAMPLE, with_ids=False)
