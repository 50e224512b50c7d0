"""`inspector evidence …`: a card's photos imported (into one finding, or matched by time), the store
checked, a photo's derived copies covered."""

from __future__ import annotations

import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.errors import InspectorError
from inspector_app.fileio import write_output
from inspector_app.i18n import pick, tr
from inspector_app.services import evidence


@click.group("evidence")
def evidence_group() -> None:
    """证据：批量导入、按时间匹配、打码、校验。"""


@evidence_group.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--finding", "finding_id", help="全部归入该问题记录")
@click.option("--inspection", "inspection_id", help="检查行动编号（与 --match-by-time 一起用）")
@click.option("--match-by-time", is_flag=True, help="按拍摄时间匹配到点位或问题记录")
@click.option("--yes", is_flag=True, help="不再询问，直接按匹配结果导入")
@pass_app
def evidence_import(app: App, paths: tuple[Path, ...], finding_id: str | None, inspection_id: str | None,
                    match_by_time: bool, yes: bool) -> None:
    """从文件夹或存储卡导入照片、视频和文件。"""
    if not finding_id and not (inspection_id and match_by_time):
        raise InspectorError("import_needs_target")
    progress = app.progress("import_progress")
    proposals = None
    if finding_id:
        _added, results = evidence.add_to_finding(app.ws, finding_id, list(paths), progress)
        added, duplicates = len(_added), sum(r.ok for r in results) - len(_added)
    else:
        card = evidence.read_card(app.ws, inspection_id, list(paths), progress)
        results, proposals = card.results, card.proposals
        if not app.as_json:
            click.echo(table([pick("文件", "File"), pick("归属", "Belongs to")],
                             [[Path(p.key).name, _where(card, p)] for p in proposals], [40, 40]))
        if not (yes or (sys.stdin.isatty() and click.confirm(tr("import_confirm")))):
            app.emit({"confirmed": False, "proposals": [asdict(p) for p in proposals],
                      "errors": _errors(results)}, tr("import_not_confirmed"))
            return
        added, duplicates = evidence.attach(app.ws, results, proposals)
    unmatched = [p for p in proposals or [] if p.visit_id is None]
    summary = {"files": len(results), "added": added, "duplicates": duplicates, "unmatched": len(unmatched),
               "failed": sum(not r.ok for r in results)}
    lines = [tr("import_summary", **summary), *[tr("import_unmatched", name=Path(p.key).name, why=tr(p.reason))
                                                for p in unmatched], *[e["message"] for e in _errors(results)]]
    app.emit({**summary, "errors": _errors(results), "unmatched_files": [p.key for p in unmatched]}, "\n".join(lines))
    if summary["failed"]:
        click.get_current_context().exit(1)


def _where(card: evidence.Card, proposal: Any) -> str:
    if proposal.reason in ("no_time", "no_visit"):
        return tr(proposal.reason)
    target = card.target_of(proposal)
    return target.label if target else "—"


def _errors(results: list[Any]) -> list[dict[str, str]]:
    return [{"path": r.path, "error": r.error, "message": r.message()} for r in results if not r.ok]


@evidence_group.command("verify")
@pass_app
def evidence_verify(app: App) -> None:
    """重新计算每个证据文件的 SHA-256，报告损坏、缺失和未被引用的文件。"""
    report = evidence.verify(app.ws)
    counts = {"checked": report.checked, "damaged": len(report.damaged), "missing": len(report.missing),
              "unreferenced": len(report.unreferenced)}
    lines = [tr("verify_summary", **counts), *[tr("verify_damaged", sha=d) for d in report.damaged],
             *[tr("verify_missing", sha=sha, name=name) for sha, name in report.missing],
             *([tr("verify_leftovers", count=len(report.leftovers))] if report.leftovers else [])]
    app.emit(asdict(report) | {"ok": report.ok}, "\n".join(lines))
    if not report.ok:
        click.get_current_context().exit(1)


@evidence_group.command("choose")
@click.argument("finding_id")
@click.argument("photos", nargs=-1)
@pass_app
def evidence_choose(app: App, finding_id: str, photos: tuple[str, ...]) -> None:
    """选定问题记录中用于通报照片页的照片（照片编号、文件名或序号；不写则一张也不用）。"""
    records = evidence.choose(app.ws, finding_id, photos)
    rows = [[str(i), r.original_name, "✓" if r.for_notice else "", str(r.id)] for i, r in enumerate(records, 1)]
    app.emit([{"id": str(r.id), "name": r.original_name, "for_notice": r.for_notice} for r in records],
             table([pick("序号", "No."), pick("文件", "File"), pick("用于通报", "In notices"), "ID"], rows, [4, 40, 8, 36]))


@evidence_group.command("redact")
@click.argument("evidence_id")
@click.option("--rect", "rects", multiple=True, required=True, help="x,y,w,h（图片宽高的比例 0–1），可多次")
@click.option("--mode", type=click.Choice(["mosaic", "blur"]), default="mosaic", show_default=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="另存打码后的图片")
@pass_app
def evidence_redact(app: App, evidence_id: str, rects: tuple[str, ...], mode: str, out: Path | None) -> None:
    """为照片的派生图打码（原件不变）。"""
    shown, image = evidence.redact(app.ws, evidence_id, rects, mode)
    if out:
        write_output(out, image)
    app.emit({"id": shown.id, "redactions": shown.redactions, "image": str(out or "")},
             str(out) if out else "、".join(shown.redactions))
