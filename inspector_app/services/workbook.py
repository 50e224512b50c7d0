"""Excel workbooks people fill in and import (the roster, the satisfaction surveys): read whole, in
openpyxl's streaming mode, before anything is decided, with one message for each way a file as a
whole can be wrong (not xlsx, an old .xls, password-protected, a sheet or column missing, too long);
written with bold, shaded headings for the office to fill in or edit."""

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


@dataclass
class Problem:
    """A bad row of a workbook (row 0: the sheet as a whole), as a message id and its parameters."""
    sheet: str
    row: int  # as Excel shows it; 0 for the sheet as a whole
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "problem": self.key,
                "message": InspectorError(self.key, **self.params).message(lang)}


def text(value: Any) -> str:
    """A cell's value as the text a person typed: 3.0 → "3", TRUE → "是"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read(path: Path, columns: dict[str, tuple[str, ...]], max_rows: int, id_column: str = "") -> Sheets:
    """Each named sheet's rows (the columns given, and `id_column` where there is one), or an error
    naming what is wrong with the file as a whole."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InspectorError("book_unreadable", path=str(path), reason=exc.strerror or str(exc)) from exc
    if data.startswith(_CFB):
        raise InspectorError("book_encrypted" if _ENCRYPTED in data else "book_xls", path=path.name)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InspectorError("book_not_xlsx", path=path.name)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InspectorError("book_not_xlsx", path=path.name) from exc
    try:
        missing = [name for name in columns if name not in book.sheetnames]
        if missing:
            raise InspectorError("book_sheets", missing="、".join(missing), found="、".join(book.sheetnames))
        out = Sheets()
        for name, wanted in columns.items():
            out.rows[name] = _sheet_rows(book[name], name, wanted, id_column, max_rows, out.formulas)
        return out
    finally:
        book.close()


def _sheet_rows(sheet: Any, name: str, columns: tuple[str, ...], id_column: str, max_rows: int,
                formulas: list[tuple[str, int, str]]) -> list[Row]:
    rows = sheet.iter_rows(values_only=True)
    header = [text(value) for value in next(rows, ())]
    missing = [c for c in columns if c not in header]
    if missing:
        raise InspectorError("book_columns", sheet=name, missing="、".join(missing))
    wanted = [(i, h) for i, h in enumerate(header) if h in columns or (id_column and h == id_column)]
    out = []
    for number, cells in enumerate(rows, 2):
        values = {heading: text(cells[i]) if i < len(cells) else "" for i, heading in wanted}
        if not any(values.values()):
            continue
        # read without computing, a formula is its text: no name, number or date starts with "="
        formulas += [(name, number, heading) for heading, value in values.items() if value.startswith("=")]
        if len(out) == max_rows:
            raise InspectorError("book_too_long", sheet=name, limit=max_rows)
        out.append(Row(name, number, values, values.pop(id_column, "") if id_column else ""))
    return out


def write(path: Path, sheets: dict[str, tuple[tuple[str, ...], tuple[int, ...], list[tuple[Any, ...]]]]) -> None:
    """A workbook of the sheets given, each as (headings, column widths, rows)."""
    book = Workbook(write_only=True)
    for name, (headings, widths, rows) in sheets.items():
        sheet = book.create_sheet(name)
        for i, width in enumerate(widths, 1):
            sheet.column_dimensions[get_column_letter(i)].width = width
        sheet.freeze_panes = "A2"
        sheet.append([_heading(sheet, h) for h in headings])
        for row in rows:
            sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    write_output(path, out.getvalue())


def _heading(sheet: Any, title: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, value=title)
    cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="F2DCDB")
    return cell
