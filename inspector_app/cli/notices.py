"""`inspector notice …`: compose a notice from the reviewed findings of a period, export it (PDF,
DOCX, XLSX ledger), issue it (numbered and frozen), list the notices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.domain.docnumber import parse_number
from inspector_app.domain.enums import NoticeKind, NoticeStatus
from inspector_app.domain.validation import parse_day
from inspector_app.i18n import pick, tr
from inspector_app.services import notices


@click.group("notice")
def notice_group() -> None:
    """通报：从问题记录生成、导出 PDF/DOCX/XLSX、印发（编号并冻结）。"""


@notice_group.command("export")
@click.option("--from", "date_from", help="起始日期")
@click.option("--to", "date_to", help="截止日期（含）")
@click.option("--id", "notice_id", help="导出已有的通报（已印发的通报逐字节不变）")
@click.option("--unit", "units", multiple=True, help="单位（含下属窗口），可多次")
@click.option("--category", "categories", multiple=True, help="问题类型，可多次")
@click.option("--kind", type=click.Choice([k.value for k in NoticeKind]), default=NoticeKind.MONTHLY.value,
              show_default=True)
@click.option("--group-by", type=click.Choice(["unit", "type"]), default="unit", show_default=True)
@click.option("--names", type=click.Choice(["full", "masked", "none"]), default="masked", show_default=True,
              help="当事人称谓：全名 / 姓+某某 / 不具名")
@click.option("--photos", type=click.Choice(["auto", "chosen", "none"]), default="chosen", show_default=True,
              help="照片页：选定的照片（evidence choose）/ 另为未选照片的问题各取第一张 / 不附照片")
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="PDF 文件")
@click.option("--docx", type=click.Path(path_type=Path, dir_okay=False), help="另存可编辑的 DOCX")
@click.option("--xlsx", type=click.Path(path_type=Path, dir_okay=False), help="另存问题台账 XLSX")
@click.option("--issue", is_flag=True, help="印发：编号、定稿并冻结")
@click.option("--number", help="发文字号，如 区效能办〔2026〕12号（省略则自动取本年度下一个）")
@click.option("--date", "signed_on", help="成文日期（默认今天）")
@pass_app
def notice_export(app: App, date_from: str | None, date_to: str | None, notice_id: str | None,
                  units: tuple[str, ...], categories: tuple[str, ...], kind: str, group_by: str, names: str,
                  photos: str, out: Path, docx: Path | None, xlsx: Path | None, issue: bool, number: str | None,
                  signed_on: str | None) -> None:
    """生成通报并导出。"""
    day = parse_day(signed_on) if signed_on else date.today()
    if number:
        parse_number(number)  # a malformed number is refused before any work
    if notice_id:
        found = notices.notice_of(app.ws, notice_id)
    else:
        if not (date_from and date_to):
            raise click.UsageError("--from 与 --to 必填（或用 --id 导出已有通报）")
        req = notices.request(app.ws, date_from, date_to, units, categories, group_by=group_by, naming=names,
                              kind=kind, photos=photos)
        found = notices.compose(app.ws, req, day)
    if issue:
        for mismatch in notices.figure_check(app.ws, found.id):   # shown before the notice is frozen
            click.echo(mismatch.text(), err=True)
        found = notices.issue(app.ws, found.id, number, day)
    written = notices.files(app.ws, found, pdf=out, docx=docx, xlsx=xlsx)
    count = len(notices.ledger_rows(app.ws, found.id))
    app.emit({"id": found.id, "status": found.status, "number": found.number, "title": found.title,
              "findings": count, "pdf_sha256": found.pdf_sha256, "files": {k: str(p) for k, p in written.items()}},
             tr("notice_done", title=found.title, number=found.number or "—", findings=count,
                files="、".join(str(p) for p in written.values())))


@notice_group.command("list")
@pass_app
def notice_list(app: App) -> None:
    """列出通报。"""
    rows = [{"id": str(n.id), "number": n.number, "title": n.title, "status": n.status, "issued_on": n.issued_on}
            for n in notices.recent(app.ws)]
    human = table([pick("文号", "Number"), pick("状态", "Status"), pick("标题", "Title"), "ID"],
                  [[r["number"] or "—", NoticeStatus(r["status"]).label(), r["title"], r["id"]] for r in rows],
                  [22, 8, 44, 36])
    app.emit(rows, human)
