"""The commands of `inspector`: the root group in `inspector_app.cli` loads this module when one
is asked for, and each command adds itself to that group."""

from __future__ import annotations

import sys
import uuid
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

import click
from sqlmodel import func, select

from inspector_app import __version__
from inspector_app.cli import App, cli, pass_app
from inspector_app.domain.enums import FindingStatus, NoticeKind
from inspector_app.domain.models import AuditEntry, Evidence, Finding, Person, Team, Unit
from inspector_app.domain.reference import Reference
from inspector_app.domain.validation import parse_day
from inspector_app.errors import InspectorError
from inspector_app.hub.cli import hub_group
from inspector_app.i18n import pick, tr
from inspector_app.store import migrate
from inspector_app.store.findings import (
    FindingInput, change_status, decide_handling, get_finding, record_finding,
)
from inspector_app.store.history import suggest_handling
from inspector_app.store.lookup import find_unit, find_violation
from inspector_app.store.queries import SORTS, FindingFilter, FindingRow, page_findings
from inspector_app.sync.cli import bundle_group, sync_group
from inspector_app.textcols import table


@cli.command()
@pass_app
def overview(app: App) -> None:
    """概览：数据目录中的记录数与最新的问题记录。"""
    with app.db.session() as s:
        counts = {name: s.exec(select(func.count()).select_from(model)).one()
                  for name, model in (("units", Unit), ("people", Person), ("findings", Finding))}
        open_count = s.exec(select(func.count()).select_from(Finding)
                            .where(Finding.status.in_([FindingStatus.DRAFT, FindingStatus.SUBMITTED]))).one()
    click.echo(tr("overview", path=str(app.db.path), open=open_count, **counts))
    click.get_current_context().invoke(finding_list, limit=10)
    click.echo(tr("overview_hint"))


# --- demo ---------------------------------------------------------------------------------

@cli.command()
@click.option("--seed", default=2026, show_default=True, help="随机种子：同一种子生成相同数据")
@click.option("--findings", "n_findings", default=600, show_default=True, type=click.IntRange(0, 1_000_000),
              help="问题记录条数")
@click.option("--photos/--no-photos", default=True, show_default=True, help="为问题记录生成证据照片")
@pass_app
def demo(app: App, seed: int, n_findings: int, photos: bool) -> None:
    """生成一个区的演示数据（单位、人员、检查、问题、照片、处理）。"""
    from inspector_app.demo.generate import generate_demo

    with app.db.session() as s:
        if s.exec(select(func.count()).select_from(Unit)).one():
            raise InspectorError("demo_not_empty", path=str(app.data_dir))
    summary = generate_demo(app.db, app.ref, seed=seed, n_findings=n_findings, photos=photos,
                            progress=None if app.as_json else _progress)
    app.emit(asdict(summary), tr("demo_done", **asdict(summary), path=str(app.data_dir)))


def _progress(done: int, total: int) -> None:
    click.echo(f"\r{tr('demo_progress', done=done, total=total)}", nl=done >= total, err=True)


# --- findings -----------------------------------------------------------------------------

@cli.group()
def finding() -> None:
    """问题记录：录入、查询、流转。"""


@finding.command("add")
@click.option("--unit", required=True, help="单位名称")
@click.option("--person", default="", help="当事人姓名（新人员自动建档）")
@click.option("--person-desc", default="", help="无法确认姓名时的描述，如“一名女工作人员”")
@click.option("--category", required=True, help="问题类型代码或名称，如 late / 迟到")
@click.option("--at", "at", required=True, help="发现时间，精确到分钟：2026-10-15T09:40")
@click.option("--note", default="", help="事实描述")
@click.option("--place", default="", help="地点")
@click.option("--photo", "photos", multiple=True, type=click.Path(path_type=Path, dir_okay=False),
              help="证据照片（可多次）")
@pass_app
def finding_add(app: App, unit: str, person: str, person_desc: str, category: str, at: str, note: str,
                place: str, photos: tuple[Path, ...]) -> None:
    """录入一条问题记录，输出其编号。"""
    data = FindingInput(unit=unit, category=category, at=at, person=person, person_description=person_desc,
                        note=note, place=place, photos=photos)
    found = record_finding(app.db, app.ref, data, actor=app.actor)
    with app.db.session() as s:
        hint = suggest_handling(s, app.ref, violation_code=found.violation_code, observed_at=found.observed_at,
                                unit_id=found.unit_id, person_id=found.person_id, finding_id=found.id)
    app.emit({"id": found.id, "photos": len(photos), "suggestion": _suggestion_json(app.ref, hint)}, str(found.id))


def _suggestion_json(ref: Reference, hint: Any) -> dict[str, Any]:
    return {"sanction": hint.sanction, "name": ref.catalogue.sanction(hint.sanction).name(),
            "reasons": [r.text() for r in hint.reasons], "alerts": [r.text() for r in hint.alerts]}


@finding.command("list")
@click.option("--from", "date_from", help="起始日期 2026-10-01")
@click.option("--to", "date_to", help="截止日期（含）")
@click.option("--unit", "units", multiple=True, help="单位（含下属窗口），可多次")
@click.option("--category", "categories", multiple=True, help="问题类型，可多次")
@click.option("--status", "statuses", multiple=True, type=click.Choice([s.value for s in FindingStatus]))
@click.option("--person", default="", help="当事人姓名")
@click.option("--team", default="", help="督查组名称")
@click.option("--search", default="", help="全文检索（描述、地点、姓名、单位）")
@click.option("--sort", type=click.Choice(list(SORTS)), default="time", show_default=True)
@click.option("--asc", is_flag=True, help="升序（默认最新在前）")
@click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--offset", default=0, type=click.IntRange(0))
@pass_app
def finding_list(app: App, date_from: str | None, date_to: str | None, units: tuple[str, ...],
                 categories: tuple[str, ...], statuses: tuple[str, ...], person: str, team: str,
                 search: str, sort: str, asc: bool, limit: int, offset: int) -> None:
    """按条件列出问题记录。"""
    with app.db.session() as s:
        person_ids = tuple(s.exec(select(Person.id).where(Person.name == person.strip())).all()) if person else ()
        if person and not person_ids:
            raise InspectorError("person_unknown", name=person)
        flt = FindingFilter(
            date_from=parse_day(date_from) if date_from else None,
            date_to=parse_day(date_to) if date_to else None,
            unit_ids=tuple(find_unit(s, u).id for u in units),
            codes=tuple(find_violation(app.ref.catalogue, c).code for c in categories),
            statuses=statuses,
            person_ids=person_ids,
            team_id=_team_id(s, team) if team else None,
            text=search,
        )
        page = page_findings(s, flt, sort=sort, descending=not asc, offset=offset, limit=limit)
    rows = [_row_json(app.ref, r) for r in page.rows]
    headers = [pick("时间", "Time"), pick("单位", "Unit"), pick("当事人", "Person"),
               pick("问题类型", "Type"), pick("状态", "Status"), "ID"]
    body = [[r["observed_at"][:16].replace("T", " "), r["unit"], r["person"], r["type_name"], r["status_name"],
             r["id"]] for r in rows]
    human = table(headers, body, [16, 24, 16, 20, 10, 36]) + "\n" + tr("list_total", shown=len(rows), total=page.total)
    app.emit({"total": page.total, "offset": offset, "findings": rows}, human)


def _team_id(s: Any, name: str) -> Any:
    team = s.exec(select(Team).where(Team.name == name.strip())).first()
    if team is None:
        names = "、".join(s.exec(select(Team.name)).all()[:5]) or "—"
        raise InspectorError("team_unknown", text=name, matches=names)
    return team.id


def _row_json(ref: Reference, r: FindingRow) -> dict[str, Any]:
    return {
        "id": str(r.id), "observed_at": r.observed_at.isoformat(timespec="minutes"), "unit": r.unit_name,
        "person": r.person_name or r.person_description, "category": r.violation_code,
        "type_name": ref.catalogue.violation(r.violation_code).name(), "status": r.status,
        "status_name": FindingStatus(r.status).label(), "place": r.place, "description": r.description,
    }


@finding.command("show")
@click.argument("finding_id")
@pass_app
def finding_show(app: App, finding_id: str) -> None:
    """显示一条问题记录：证据、处理建议、历史。"""
    with app.db.session() as s:
        f = get_finding(s, finding_id)
        unit = s.get(Unit, f.unit_id)
        person = s.get(Person, f.person_id) if f.person_id else None
        evidence = s.exec(select(Evidence).where(Evidence.finding_id == f.id)).all()
        history = s.exec(select(AuditEntry).where(AuditEntry.entity == "finding", AuditEntry.entity_id == f.id)
                         .order_by(AuditEntry.id)).all()
        hint = suggest_handling(s, app.ref, violation_code=f.violation_code, observed_at=f.observed_at,
                                unit_id=f.unit_id, person_id=f.person_id, finding_id=f.id)
        year = f.observed_at.year
        this_year = page_findings(s, FindingFilter(person_ids=(f.person_id,), date_from=date(year, 1, 1),
                                                   date_to=date(year, 12, 31)), limit=50).rows if person else []
    data = {
        "id": f.id, "observed_at": f.observed_at, "unit": unit.name, "person": person.name if person else None,
        "person_description": f.person_description, "category": f.violation_code, "status": f.status,
        "place": f.place, "description": f.description, "void_reason": f.void_reason,
        "evidence": [{"sha256": e.sha256, "name": e.original_name, "captured_at": e.captured_at} for e in evidence],
        "suggestion": _suggestion_json(app.ref, hint),
        "person_this_year": [_row_json(app.ref, r) for r in this_year if r.id != f.id],
        "history": [{"at": h.at, "actor": h.actor, "action": h.action, "changes": h.changes} for h in history],
    }
    sug = data["suggestion"]
    lines = [
        f"{f.observed_at:%Y-%m-%d %H:%M}  {unit.name}  {person.name if person else f.person_description}",
        f"{app.ref.catalogue.violation(f.violation_code).name()} · {FindingStatus(f.status).label()}",
        f.description,
        tr("show_evidence", count=len(evidence)),
        *([tr("show_this_year", year=year, items="；".join(
            f"{r['observed_at'][5:10]} {r['type_name']}（{r['status_name']}）" for r in data["person_this_year"]))]
          if data["person_this_year"] else []),
        tr("show_suggestion", name=sug["name"], reasons="；".join(sug["reasons"]) or "—"),
        *[tr("show_alert", text=a) for a in sug["alerts"]],
    ]
    app.emit(data, "\n".join(line for line in lines if line))


@finding.command("submit")
@click.argument("finding_id")
@pass_app
def finding_submit(app: App, finding_id: str) -> None:
    """提交问题记录供效能办审核。"""
    with app.db.session(app.actor) as s:
        f = get_finding(s, finding_id)
        change_status(f, FindingStatus.SUBMITTED)
    app.emit({"id": f.id, "status": f.status}, FindingStatus(f.status).label())


@finding.command("void")
@click.argument("finding_id")
@click.option("--reason", required=True, help="作废理由")
@pass_app
def finding_void(app: App, finding_id: str, reason: str) -> None:
    """作废问题记录（记录保留，写明理由）。"""
    with app.db.session(app.actor) as s:
        f = get_finding(s, finding_id)
        change_status(f, FindingStatus.VOIDED, reason)
    app.emit({"id": f.id, "status": f.status}, FindingStatus(f.status).label())


@finding.command("decide")
@click.argument("finding_id")
@click.option("--sanction", default="", help="处理方式代码；省略则采用升级规则的建议")
@click.option("--note", default="")
@pass_app
def finding_decide(app: App, finding_id: str, sanction: str, note: str) -> None:
    """效能办决定处理方式（问题记录变为“已审核”）。"""
    with app.db.session(app.actor) as s:
        f = get_finding(s, finding_id)
        hint = suggest_handling(s, app.ref, violation_code=f.violation_code, observed_at=f.observed_at,
                                unit_id=f.unit_id, person_id=f.person_id, finding_id=f.id)
        h = decide_handling(s, app.ref, f, sanction or hint.sanction, decided_by=app.actor,
                            decided_on=date.today(), suggested_code=hint.sanction,
                            rule_ids=tuple(r.id for r in hint.reasons), note=note)
    app.emit({"id": f.id, "status": f.status, "sanction": h.sanction_code},
             app.ref.catalogue.sanction(h.sanction_code).name())


# --- evidence -----------------------------------------------------------------------------

@cli.group()
def evidence() -> None:
    """证据：批量导入、按时间匹配、打码、校验。"""


@evidence.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--finding", "finding_id", help="全部归入该问题记录")
@click.option("--inspection", "inspection_id", help="检查行动编号（与 --match-by-time 一起用）")
@click.option("--match-by-time", is_flag=True, help="按拍摄时间匹配到点位或问题记录")
@click.option("--yes", is_flag=True, help="不再询问，直接按匹配结果导入")
@pass_app
def evidence_import(app: App, paths: tuple[Path, ...], finding_id: str | None, inspection_id: str | None,
                    match_by_time: bool, yes: bool) -> None:
    """从文件夹或存储卡导入照片、视频和文件。"""
    from inspector_app.evidence.intake import expand, ingest_all
    from inspector_app.evidence.matching import propose
    from inspector_app.store.evidence import attach_batch, visit_windows

    if not finding_id and not (inspection_id and match_by_time):
        raise InspectorError("import_needs_target")
    with app.db.session() as s:  # check the target before reading a single file
        target = get_finding(s, finding_id) if finding_id else None
        windows = visit_windows(s, _inspection(s, inspection_id).id) if target is None else []
    files = expand(paths)
    results = ingest_all(files, app.db.data_dir, progress=None if app.as_json else _import_progress)
    proposals = None
    if target is None:
        proposals = propose([(r.path, r.info.captured_at if r.info else None) for r in results if r.ok], windows)
        if not app.as_json:
            _show_proposals(app, proposals)
        if not (yes or (sys.stdin.isatty() and click.confirm(tr("import_confirm")))):
            app.emit({"confirmed": False, "proposals": [asdict(p) for p in proposals],
                      "errors": _import_errors(results)}, tr("import_not_confirmed"))
            return
    with app.db.session(app.actor) as s:
        added, duplicates = attach_batch(s, results, proposals, s.get(Finding, target.id) if target else None)
    unmatched = [p for p in proposals or [] if p.visit_id is None]
    summary = {"files": len(files), "added": added, "duplicates": duplicates, "unmatched": len(unmatched),
               "failed": sum(not r.ok for r in results)}
    lines = [tr("import_summary", **summary), *[tr("import_unmatched", name=Path(p.key).name, why=tr(p.reason))
                                                for p in unmatched], *[e["message"] for e in _import_errors(results)]]
    app.emit({**summary, "errors": _import_errors(results),
              "unmatched_files": [p.key for p in unmatched]}, "\n".join(lines))
    if summary["failed"]:
        click.get_current_context().exit(1)


def _import_progress(done: int, total: int) -> None:
    click.echo(f"\r{tr('import_progress', done=done, total=total)}", nl=done >= total, err=True)


def _import_errors(results: list[Any]) -> list[dict[str, str]]:
    return [{"path": r.path, "error": r.error, "message": r.message()} for r in results if not r.ok]


def _inspection(s: Any, inspection_id: str | None) -> Any:
    from inspector_app.domain.models import Inspection
    try:
        found = s.get(Inspection, uuid.UUID(str(inspection_id)))
    except ValueError:
        found = None
    if found is None:
        raise InspectorError("inspection_unknown", id=str(inspection_id))
    return found


def _show_proposals(app: App, proposals: list[Any]) -> None:
    with app.db.session() as s:
        rows = []
        for p in proposals:
            where = "—"
            if p.finding_id:
                f = s.get(Finding, p.finding_id)
                where = f"{f.observed_at:%m-%d %H:%M} {app.ref.catalogue.violation(f.violation_code).name()}"
            elif p.visit_id:
                from inspector_app.domain.models import Visit
                v = s.get(Visit, p.visit_id)
                where = f"{v.arrived_at:%m-%d %H:%M} {s.get(Unit, v.unit_id).name}"
            rows.append([Path(p.key).name, tr(p.reason) if p.reason in ("no_time", "no_visit") else where])
    click.echo(table([pick("文件", "File"), pick("归属", "Belongs to")], rows, [40, 40]))


@evidence.command("verify")
@pass_app
def evidence_verify(app: App) -> None:
    """重新计算每个证据文件的 SHA-256，报告损坏、缺失和未被引用的文件。"""
    from inspector_app.evidence.blobs import BlobStore
    from inspector_app.store.evidence import verify

    with app.db.session() as s:
        report = verify(s, BlobStore(app.db.blob_dir))
    counts = {"checked": report.checked, "damaged": len(report.damaged), "missing": len(report.missing),
              "unreferenced": len(report.unreferenced)}
    lines = [tr("verify_summary", **counts), *[tr("verify_damaged", sha=d) for d in report.damaged],
             *[tr("verify_missing", sha=sha, name=name) for sha, name in report.missing]]
    app.emit(asdict(report) | {"ok": report.ok}, "\n".join(lines))
    if not report.ok:
        click.get_current_context().exit(1)


@evidence.command("redact")
@click.argument("evidence_id")
@click.option("--rect", "rects", multiple=True, required=True, help="x,y,w,h（图片宽高的比例 0–1），可多次")
@click.option("--mode", type=click.Choice(["mosaic", "blur"]), default="mosaic", show_default=True)
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), help="另存打码后的图片")
@pass_app
def evidence_redact(app: App, evidence_id: str, rects: tuple[str, ...], mode: str, out: Path | None) -> None:
    """为照片的派生图打码（原件不变）。"""
    from inspector_app.evidence.blobs import BlobStore
    from inspector_app.evidence.derived import DerivedImages
    from inspector_app.evidence.redaction import parse_regions
    from inspector_app.store.evidence import set_display

    regions = []
    for rect in rects:
        parts = rect.split(",")
        if len(parts) != 4:
            raise InspectorError("redaction_bad", region=rect)
        regions.append(dict(zip("xywh", parts), mode=mode))
    with app.db.session(app.actor) as s:
        try:
            key = uuid.UUID(evidence_id)
        except ValueError:
            raise InspectorError("evidence_unknown", id=evidence_id) from None
        ev = set_display(s, key, redactions=regions)
    path = DerivedImages(BlobStore(app.db.blob_dir), app.db.data_dir / "derived").get(
        ev.sha256, "display", ev.rotation, parse_regions(ev.redactions))
    if out:
        out.write_bytes(path.read_bytes())
    app.emit({"id": ev.id, "redactions": ev.redactions, "image": str(out or path)}, str(out or path))


# --- notices ------------------------------------------------------------------------------

@cli.group()
def notice() -> None:
    """通报：从问题记录生成、导出 PDF/DOCX/XLSX、印发（编号并冻结）。"""


@notice.command("export")
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
@click.option("--out", type=click.Path(path_type=Path, dir_okay=False), required=True, help="PDF 文件")
@click.option("--docx", type=click.Path(path_type=Path, dir_okay=False), help="另存可编辑的 DOCX")
@click.option("--xlsx", type=click.Path(path_type=Path, dir_okay=False), help="另存问题台账 XLSX")
@click.option("--issue", is_flag=True, help="印发：编号、定稿并冻结")
@click.option("--number", help="发文字号，如 区效能办〔2026〕12号（省略则自动取本年度下一个）")
@click.option("--date", "signed_on", help="成文日期（默认今天）")
@pass_app
def notice_export(app: App, date_from: str | None, date_to: str | None, notice_id: str | None,
                  units: tuple[str, ...], categories: tuple[str, ...], kind: str, group_by: str, names: str,
                  out: Path, docx: Path | None, xlsx: Path | None, issue: bool, number: str | None,
                  signed_on: str | None) -> None:
    """生成通报并导出。"""
    from inspector_app.domain.docnumber import parse_number
    from inspector_app.domain.models import Notice
    from inspector_app.fileio import write_atomically
    from inspector_app.reports.docx import render_docx
    from inspector_app.reports.settings import load_notice_settings
    from inspector_app.reports.xlsx import render_xlsx
    from inspector_app.store import notices

    day = parse_day(signed_on) if signed_on else date.today()
    if number:
        parse_number(number)  # a malformed number is refused before any work
    if notice_id:
        with app.db.session() as s:
            found = s.get(Notice, _uuid(notice_id, "notice_unknown"))
            if found is None:
                raise InspectorError("notice_unknown", id=notice_id)
    else:
        if not (date_from and date_to):
            raise click.UsageError("--from 与 --to 必填（或用 --id 导出已有通报）")
        with app.db.session() as s:
            req = notices.NoticeRequest(
                date_from=parse_day(date_from), date_to=parse_day(date_to),
                unit_ids=tuple(find_unit(s, u).id for u in units),
                codes=tuple(find_violation(app.ref.catalogue, c).code for c in categories),
                group_by=group_by, naming=names, kind=kind)
        found = notices.compose(app.db, app.ref, load_notice_settings(app.data_dir), req, day, app.actor)
    if issue:
        found = notices.issue(app.db, found.id, number, day, app.actor)
    pdf = notices.pdf_bytes(app.db, found)
    with app.db.session() as s:
        rows = notices.ledger_rows(s, app.ref, found.id)
    doc = notices.document(found)
    outputs = {"pdf": (out, pdf)}
    if docx:
        outputs["docx"] = (docx, render_docx(doc, notices.photo_source(app.db)))
    if xlsx:
        outputs["xlsx"] = (xlsx, render_xlsx(doc, rows))
    for path, data in outputs.values():  # every file is made before any is written
        write_atomically(path, data)
    app.emit({"id": found.id, "status": found.status, "number": found.number, "title": found.title,
              "findings": len(rows), "pdf_sha256": found.pdf_sha256,
              "files": {k: str(p) for k, (p, _) in outputs.items()}},
             tr("notice_done", title=found.title, number=found.number or "—", findings=len(rows),
                files="、".join(str(p) for p, _ in outputs.values())))


def _uuid(text: str, unknown: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise InspectorError(unknown, id=text) from None


@notice.command("list")
@pass_app
def notice_list(app: App) -> None:
    """列出通报。"""
    from inspector_app.domain.enums import NoticeStatus
    from inspector_app.domain.models import Notice

    with app.db.session() as s:
        found = s.exec(select(Notice).order_by(Notice.created_at.desc())).all()
    rows = [{"id": str(n.id), "number": n.number, "title": n.title, "status": n.status,
             "issued_on": n.issued_on} for n in found]
    human = table([pick("文号", "Number"), pick("状态", "Status"), pick("标题", "Title"), "ID"],
                  [[r["number"] or "—", NoticeStatus(r["status"]).label(), r["title"], r["id"]] for r in rows],
                  [22, 8, 44, 36])
    app.emit(rows, human)


# --- inspections --------------------------------------------------------------------------

@cli.group()
def inspection() -> None:
    """检查行动。"""


@inspection.command("list")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@pass_app
def inspection_list(app: App, limit: int) -> None:
    """列出最近的检查行动。"""
    from inspector_app.domain.enums import InspectionMode
    from inspector_app.domain.models import Inspection

    with app.db.session() as s:
        found = s.exec(select(Inspection).order_by(Inspection.start_date.desc()).limit(limit)).all()
        teams = {t.id: t.name for t in s.exec(select(Team))}
    rows = [{"id": str(i.id), "title": i.title, "mode": i.mode, "start": i.start_date, "end": i.end_date,
             "team": teams.get(i.team_id, "")} for i in found]
    human = table([pick("日期", "Dates"), pick("方式", "Mode"), pick("督查组", "Team"), pick("名称", "Title"), "ID"],
                  [[f"{r['start']:%m-%d}–{r['end']:%m-%d}", InspectionMode(r["mode"]).label(), r["team"], r["title"],
                    r["id"]] for r in rows], [11, 6, 12, 40, 36])
    app.emit(rows, human)


# --- self-test ----------------------------------------------------------------------------

@cli.command("self-test")
@click.pass_context
def self_test(ctx: click.Context) -> None:
    """自检：在临时目录中逐项验证本机安装（数据库、演示数据、照片、检索）。"""
    from inspector_app.selftest import run_self_test

    app: App = ctx.obj
    results = run_self_test()
    ok = all(r.ok for r in results)
    lines = [f"{'✓' if r.ok else '✗'} {r.name} ({r.seconds:.2f} s) {r.detail if r.ok else ''}".rstrip()
             for r in results]
    failed = [r for r in results if not r.ok]
    if failed:
        lines.append(tr("self_test_failed", step=failed[0].name) + "\n" + failed[0].detail)
    app.emit({"ok": ok, "version": __version__, "steps": [asdict(r) for r in results]},
             "\n".join([f"inspector {__version__}", *lines]))
    if not ok:
        ctx.exit(1)


# --- database -----------------------------------------------------------------------------

@cli.group()
def db() -> None:
    """数据库：升级、状态。"""


@db.command("upgrade")
@pass_app
def db_upgrade(app: App) -> None:
    """把数据库升级到本版本的结构（升级前自动备份）。"""
    path = app.data_dir / "inspector.sqlite3"
    before = migrate.file_revision(path.resolve()) if path.exists() else None
    database = app.db  # opening migrates, after a backup
    head = migrate.head_revision()
    app.emit({"from": before, "to": head, "path": str(database.path)},
             tr("db_upgraded" if before != head else "db_current", before=before or "—", head=head))


@db.command("status")
@pass_app
def db_status(app: App) -> None:
    """数据库位置、结构版本与记录数。"""
    with app.db.session() as s:
        counts = {name: s.exec(select(func.count()).select_from(model)).one()
                  for name, model in (("units", Unit), ("people", Person), ("findings", Finding),
                                      ("evidence", Evidence))}
    data = {"path": str(app.db.path), "schema": app.db.schema_version, "device_id": app.db.device_id, **counts}
    app.emit(data, "\n".join(f"{k}: {v}" for k, v in data.items()))


cli.add_command(hub_group)
cli.add_command(sync_group)
cli.add_command(bundle_group)
