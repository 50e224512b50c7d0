"""Importing a city's roster (2,000 units, 30,000 people) from a workbook into a new data directory,
against openpyxl's own read-only load of the same file (every row's values read) in the same run
(goal: the import ≤ 3× that read); then the same workbook again (nothing to change) and a dry run.

python benchmarks/bench_roster.py [--units 2000] [--people 30000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import seconds  # noqa: E402

from openpyxl import Workbook, load_workbook  # noqa: E402

from inspector_app.services import roster_workbook  # noqa: E402
from inspector_app.services.roster_import import import_workbook  # noqa: E402
from inspector_app.services.workspace import Workspace  # noqa: E402

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞鑫宇浩然子轩梓涵欣怡晨阳思远"


def city(path: Path, units: int, people: int) -> None:
    """A city's roster: departments, each with a few sub-units, and its people."""
    rng = random.Random(7)
    book = Workbook(write_only=True)
    sheet = book.create_sheet(roster_workbook.UNITS)
    sheet.append(roster_workbook.COLUMNS[roster_workbook.UNITS])
    names = []
    for i in range(units):
        parent = "" if i % 5 == 0 else names[i - i % 5]
        names.append(f"市第{i + 1}单位")
        sheet.append([names[-1], parent, "机关部门" if not parent else "服务窗口", f"单位{i + 1}"])
    sheet = book.create_sheet(roster_workbook.PEOPLE)
    sheet.append(roster_workbook.COLUMNS[roster_workbook.PEOPLE])
    for _ in range(people):
        sheet.append([rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))), rng.choice(names),
                      rng.choice(["科员", "科长", "副科长", "主任科员"]), rng.choice(["公务员", "参公", "事业编", "编外"]),
                      rng.choice(["是", "否"]), rng.choice(["是", "否", "否", "否"]), ""])
    book.save(path)


def plain_read(path: Path) -> int:
    book = load_workbook(path, read_only=True)
    rows = sum(1 for name in book.sheetnames for _ in book[name].iter_rows(values_only=True))
    book.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=2000)
    parser.add_argument("--people", type=int, default=30000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        book = Path(tmp) / "city.xlsx"
        city(book, args.units, args.people)
        size = book.stat().st_size
        ws = Workspace.open(Path(tmp) / "data", actor="bench")
        read_before = seconds(lambda: plain_read(book))
        plans = []
        first = seconds(lambda: plans.append(import_workbook(ws, book)))
        read_after = seconds(lambda: plain_read(book))
        again = seconds(lambda: plans.append(import_workbook(ws, book)))
        dry = seconds(lambda: plans.append(import_workbook(ws, book, dry_run=True)))
        ws.close()
    summary = plans[0].summary()
    assert summary["people"]["added"] == args.people and summary["units"]["added"] == args.units, summary
    assert not plans[1].added and not plans[1].changed and not plans[1].left
    read = min(read_before, read_after)
    print(f"roster of {args.units:,} units and {args.people:,} people ({size / 1e6:.1f} MB)")
    print(f"openpyxl read-only load, every row's values: {read:.2f} s (before {read_before:.2f}, after {read_after:.2f})")
    print(f"import into a new data directory: {first:.2f} s  = {first / read:.2f}x the read (goal <= 3x)")
    print(f"the same workbook again (nothing changes): {again:.2f} s = {again / read:.2f}x")
    print(f"dry run: {dry:.2f} s = {dry / read:.2f}x")


if __name__ == "__main__":
    main()
