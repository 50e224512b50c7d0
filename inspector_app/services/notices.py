"""Notices (通报): choosing the findings, gathering the facts, drafting, exporting and issuing. Issuing gives the notice its number and date and freezes it: its document model, its
PDF bytes and their SHA-256 are kept, and later edits of findings never change it."""

from __future__ import annotations

import re
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func
from sqlmodel import Session, select

from inspector_app.domain.catalogue import Catalogue
from inspector_app.domain.chinese import chinese_minute
from inspector_app.domain.deadlines import WorkCalendar, add_working_days
from inspector_app.domain.docnumber import DocNumber, parse_number
from inspector_app.domain.enums import FindingStatus, InspectionMode, NoticeKind, NoticeStatus, StaffCategory, UnitKind
from inspector_app.domain.models import (
    Evidence, Finding, Handling, Inspection, Notice, NoticeFinding, Person, Team, Unit, Visit,
)
from inspector_app.domain.reference import Reference
from inspector_app.domain.validation import parse_day
from inspector_app.errors import InspectorError
from inspector_app.evidence.redaction import parse_regions
from inspector_app.fileio import write_output
from inspector_app.i18n import tr
from inspector_app.reports.compose import Group, NoticeFacts, render_text
from inspector_app.reports.items import Record, handlings as handlings_of, items as notice_items, people as count_people
from inspector_app.reports.model import Attachment, NoticeDocument, Photo
from inspector_app.reports.settings import NoticeSettings, load_notice_settings
from inspector_app.services import evidence
from inspector_app.services.rectification import set_deadline
from inspector_app.services.settings import work_calendar
from inspector_app.services.workspace import Workspace
from inspector_app.store.lookup import by_id, find_unit, find_violation
from inspector_app.store.queries import with_subunits


UNNAMED = "未核实身份人员"   # people the inspectors described but could not name: counted with the categories


@dataclass(frozen=True)
class NoticeRequest:
    """What office staff choose in the composer."""
    date_from: date
    date_to: date
    unit_ids: tuple[uuid.UUID, ...] = ()
    codes: tuple[str, ...] = ()
    finding_ids: tuple[uuid.UUID, ...] | None = None   # None: every reviewed finding of the selection
    group_by: str = "unit"                            # unit / type
    naming: str = "masked"                            # full / masked / none
    kind: str = NoticeKind.MONTHLY
    photo_ids: tuple[uuid.UUID, ...] | None = None    # None: as `photos` says
    photos: str = "chosen"                            # chosen (marked for notices) / auto (and the first
                                                      # photo of findings with none marked) / none


def _window(req: NoticeRequest) -> tuple[datetime, datetime]:
    return datetime.combine(req.date_from, datetime.min.time()), \
        datetime.combine(req.date_to + timedelta(days=1), datetime.min.time())


def select_findings(s: Session, req: NoticeRequest) -> list[Finding]:
    """The reviewed findings the notice reports, in time order."""
    start, end = _window(req)
    q = select(Finding).where(Finding.observed_at >= start, Finding.observed_at < end, Finding.deleted == False,  # noqa: E712
                              Finding.status == FindingStatus.REVIEWED)
    if req.unit_ids:
        q = q.where(Finding.unit_id.in_(with_subunits(s, req.unit_ids)))
    if req.codes:
        q = q.where(Finding.violation_code.in_(req.codes))
    if req.finding_ids is not None:
        q = q.where(Finding.id.in_(req.finding_ids))
    return list(s.exec(q.order_by(Finding.observed_at, Finding.id)).all())


def request(ws: Workspace, date_from: str | None, date_to: str | None, units: tuple[str, ...] = (),
            categories: tuple[str, ...] = (), **choices: str) -> NoticeRequest:
    """A request from what a user typed: dates, unit names, types by code or name (unknown ones
    refused with the closest matches); `choices`: group_by, naming, kind, photos."""
    with ws.db.session() as s:
        return NoticeRequest(date_from=parse_day(date_from), date_to=parse_day(date_to),
                             unit_ids=tuple(find_unit(s, u).id for u in units),
                             codes=tuple(find_violation(ws.ref.catalogue, c).code for c in categories), **choices)


def candidates(ws: Workspace, req: NoticeRequest) -> list[tuple[str, str, int]]:
    """The findings a notice of `req` may report, for a person to tick: (id, one line, photos marked
    for notices)."""
    with ws.db.session() as s:
        return _candidates(s, ws.ref.catalogue, req)


def _candidates(s: Session, catalogue: Catalogue, req: NoticeRequest) -> list[tuple[str, str, int]]:
    found = select_findings(s, req)
    ids = [f.id for f in found]
    units = dict(s.exec(select(Unit.id, Unit.name).where(Unit.id.in_({f.unit_id for f in found}))).all())
    people = dict(s.exec(select(Person.id, Person.name).where(Person.id.in_({f.person_id for f in found}))).all())
    photos = Counter(s.exec(select(Evidence.finding_id).where(
        Evidence.finding_id.in_(ids), Evidence.kind == "photo", Evidence.for_notice == True,  # noqa: E712
        Evidence.deleted == False)).all())  # noqa: E712
    return [(str(f.id), f"{f.observed_at:%m-%d %H:%M} {units[f.unit_id]} {catalogue.violation(f.violation_code).name()} "
             f"{people.get(f.person_id) or f.person_description}", photos[f.id]) for f in found]


def gather(s: Session, ref: Reference, req: NoticeRequest, settings: NoticeSettings,
           findings: list[Finding], signed_on: date, calendar: WorkCalendar | None = None) -> NoticeFacts:
    """Counts and items for the templates: units and windows visited, problems, people by category."""
    start, end = _window(req)
    units = {u.id: u for u in s.exec(select(Unit))}
    visit_q = select(Visit.unit_id, Inspection.mode, Inspection.id).join(Inspection, Inspection.id == Visit.inspection_id) \
        .where(Visit.arrived_at >= start, Visit.arrived_at < end, Visit.deleted == False)  # noqa: E712
    if req.unit_ids:
        visit_q = visit_q.where(Visit.unit_id.in_(with_subunits(s, req.unit_ids)))
    visits = s.exec(visit_q).all()
    visited = {u for u, _, _ in visits} | {f.unit_id for f in findings}
    modes = {m for _, m, _ in visits}
    people = {p.id: p for p in s.exec(select(Person).where(Person.id.in_([f.person_id for f in findings if f.person_id])))}
    handlings = {h.finding_id: h for h in s.exec(select(Handling).where(
        Handling.finding_id.in_([f.id for f in findings]), Handling.deleted == False))}  # noqa: E712
    cat = ref.catalogue
    records = [records_of(f, units[f.unit_id].name, people.get(f.person_id), handlings.get(f.id), cat) for f in findings]
    grouped: dict[str, list[Record]] = defaultdict(list)
    for f, r in zip(findings, records):
        grouped[r.unit if req.group_by == "unit" else cat.violation(f.violation_code).zh].append(r)
    order = [x.zh for x in sorted(cat.sanctions, key=lambda x: -cat.severity(x.code))]
    category_counts = Counter(StaffCategory(p.staff_category) for p in people.values())
    unnamed = sum(r.heads for r in records if not r.person_id)
    good = sorted((units[u].name for u in visited if u not in {f.unit_id for f in findings}),
                  key=lambda n: n)
    return NoticeFacts(
        period_from=req.date_from, period_to=req.date_to,
        modes="明察与暗访相结合" if len(modes) > 1 else (InspectionMode(modes.pop()).label("zh") if modes else "暗访"),
        inspections=len({i for _, _, i in visits}),
        units_checked=len(visited),
        windows_checked=sum(1 for u in visited if units[u].kind == UnitKind.WINDOW),
        grassroots_checked=sum(1 for u in visited if units[u].kind in (UnitKind.TOWN, UnitKind.STREET)),
        units_with_problems=len({f.unit_id for f in findings}),
        findings=len(findings),
        people=count_people(records),
        by_category=[(c.label("zh"), n) for c in StaffCategory if (n := category_counts[c])]
        + ([(UNNAMED, unnamed)] if unnamed else []),
        party_members=sum(p.party_member for p in people.values()),
        leaders=sum(p.leader for p in people.values()),
        groups=[Group(title, tuple(notice_items(rs, req.naming))) for title, rs in grouped.items()],
        handlings=handlings_of(records, req.naming, order),
        good_units=good, signature=settings.signature,
        rectify_by=add_working_days(signed_on, settings.rectify_days, calendar),
    )


def records_of(f: Finding, unit: str, person: Person | None, handling: Handling | None, cat: Catalogue) -> Record:
    """A finding as the notice's sentences and counts need it."""
    vtype = cat.violation(f.violation_code)
    return Record(str(f.id), f.observed_at, unit, vtype.phrase,
                  str(person.id) if person else "", person.name if person else "", person.position if person else "",
                  "" if person else f.person_description, f.description,
                  cat.sanction(handling.sanction_code).zh if handling else "")


def _photos(s: Session, findings: list[Finding], req: NoticeRequest, units: dict[uuid.UUID, str],
            teams: dict[uuid.UUID, str], ref: Reference) -> tuple[Photo, ...]:
    """The photo sheet: each photo captioned with its unit, the time to the minute, the behaviour
    and the team that took it."""
    if req.photo_ids is None and req.photos == "none":
        return ()
    ids = [f.id for f in findings]
    q = select(Evidence).where(Evidence.finding_id.in_(ids), Evidence.kind == "photo", Evidence.deleted == False)  # noqa: E712
    every = list(s.exec(q.order_by(Evidence.captured_at, Evidence.id)))
    if req.photo_ids is not None:
        asked = set(req.photo_ids)
        chosen = [ev for ev in every if ev.id in asked]
    else:
        marked = {ev.finding_id for ev in every if ev.for_notice}
        first: dict[uuid.UUID, Evidence] = {}
        for ev in every:
            first.setdefault(ev.finding_id, ev)
        chosen = [ev for ev in every if ev.for_notice or (req.photos == "auto" and ev.finding_id not in marked
                                                          and first[ev.finding_id] is ev)]
    by_id = {f.id: f for f in findings}
    out = []
    for ev in chosen:
        f = by_id[ev.finding_id]
        team = teams.get(f.team_id, "")
        caption = f"{units[f.unit_id]}　{chinese_minute(f.observed_at)}　{ref.catalogue.violation(f.violation_code).zh}" \
                  + (f"（{team}摄）" if team else "")
        out.append(Photo(ev.sha256, caption, ev.rotation, tuple(ev.redactions)))
    return tuple(out)


def compose(ws: Workspace, req: NoticeRequest, signed_on: date, settings: NoticeSettings | None = None) -> Notice:
    """A draft notice from the selection: its text from the template, its findings and photos
    (`settings`: the data directory's notice settings unless given)."""
    ws.check("notice", {"status": NoticeStatus.DRAFT})
    settings = settings or load_notice_settings(ws.data_dir)
    with ws.db.session(ws.actor) as s:
        findings = select_findings(s, req)
        if not findings and req.kind != NoticeKind.COMMENDATION:
            raise InspectorError("notice_empty")
        facts = gather(s, ws.ref, req, settings, findings, signed_on, work_calendar(ws))
        title, body = render_text(req.kind, facts, ws.data_dir)
        units = {u.id: u.name for u in s.exec(select(Unit))}
        teams = {t.id: t.name for t in s.exec(select(Team))}
        photos = _photos(s, findings, req, units, teams, ws.ref)
        notice = Notice(kind=req.kind, status=NoticeStatus.DRAFT, org_code=settings.org_code, title=title,
                        issuing_body=settings.signature, recipients=settings.recipients, body=body, cc=settings.cc,
                        printer=settings.printer, period_from=req.date_from, period_to=req.date_to,
                        content={"photos": [p.__dict__ | {"redactions": list(p.redactions)} for p in photos],
                                 "org_mark": settings.org_mark, "note": settings.note,
                                 "preprinted": settings.preprinted, "photos_per_page": settings.photos_per_page,
                                 "signed_on": signed_on.isoformat(),
                                 "request": {"unit_ids": [str(u) for u in req.unit_ids], "codes": list(req.codes),
                                             "group_by": req.group_by, "naming": req.naming, "kind": req.kind},
                                 "rectify_by": facts.rectify_by.isoformat()})
        s.add(notice)
        for f in findings:
            s.add(NoticeFinding(notice_id=notice.id, finding_id=f.id))
    return notice


def _draft(s: Session, notice_id: uuid.UUID) -> Notice:
    """A notice that may still change: known, and not yet issued."""
    notice = by_id(s, Notice, notice_id, "notice_unknown")
    if notice.status == NoticeStatus.ISSUED:
        raise InspectorError("notice_issued_frozen", number=notice.number)
    return notice


@dataclass(frozen=True)
class Mismatch:
    """A figure the body states that the notice's findings do not bear out."""
    what: str          # message id: figure_findings, figure_people …
    written: int
    actual: int

    def text(self) -> str:
        return tr("figure_mismatch", what=tr(self.what), written=self.written, actual=self.actual)


FIGURES = (("figure_findings", r"共发现问题(\d+)个", "findings"), ("figure_people", r"涉及(\d+)人", "people"),
           ("figure_units", r"对(\d+)个单位", "units_checked"),
           ("figure_units_with_problems", r"有(\d+)个(?:单位)?存在|(\d+)个单位均存在", "units_with_problems"),
           ("figure_party", r"党员(\d+)人", "party_members"), ("figure_leaders", r"领导干部(\d+)人", "leaders"))


def figure_check(ws: Workspace, notice_id: uuid.UUID, body: str | None = None) -> list[Mismatch]:
    """The figures a draft's body (or `body`, as being edited) states against those of its findings
    as they stand now: what a person should see before issuing."""
    with ws.db.session() as s:
        notice = by_id(s, Notice, notice_id, "notice_unknown")
        asked = (notice.content or {}).get("request", {})
        linked = tuple(s.exec(select(NoticeFinding.finding_id).where(NoticeFinding.notice_id == notice.id)).all())
        req = NoticeRequest(notice.period_from, notice.period_to, tuple(uuid.UUID(u) for u in asked.get("unit_ids", [])),
                            tuple(asked.get("codes", [])), linked, asked.get("group_by", "unit"),
                            asked.get("naming", "masked"), notice.kind)
        findings = select_findings(s, req)
        facts = gather(s, ws.ref, req, load_notice_settings(ws.data_dir), findings, date.today())
    text = notice.body if body is None else body
    out = []
    for what, pattern, field in FIGURES:
        found = re.search(pattern, text)
        if found:
            written = int(next(g for g in found.groups() if g))
            if written != getattr(facts, field):
                out.append(Mismatch(what, written, getattr(facts, field)))
    listed = re.search(r"涉及\d+人，其中([^；。]+)", text)
    if listed:
        total = sum(int(n) for n in re.findall(r"(\d+)人", listed.group(1)))
        if total != facts.people:
            out.append(Mismatch("figure_categories", total, facts.people))
    return out


def notice_of(ws: Workspace, notice_id: uuid.UUID | str) -> Notice:
    """The notice with this id (as typed: a malformed or unknown one is named in the error)."""
    with ws.db.session() as s:
        return by_id(s, Notice, notice_id, "notice_unknown")


def recent(ws: Workspace, limit: int | None = None) -> list[Notice]:
    """The notices, newest first."""
    with ws.db.session() as s:
        return list(s.exec(select(Notice).order_by(Notice.created_at.desc()).limit(limit)).all())


def update_draft(ws: Workspace, notice_id: uuid.UUID, title: str, body: str) -> Notice:
    """Office staff's edits of a draft's text; an issued notice is frozen."""
    ws.check("notice", {"title": title})
    with ws.db.session(ws.actor) as s:
        notice = _draft(s, notice_id)
        notice.title, notice.body = title.strip(), body.strip()
    return notice


def document(notice: Notice, number: str = "", signed_on: date | None = None) -> NoticeDocument:
    """The document model of a notice: an issued one's frozen model, else built from the draft."""
    if notice.status == NoticeStatus.ISSUED and notice.content and "document" in notice.content:
        return NoticeDocument.from_json(notice.content["document"])
    content = notice.content or {}
    photos = tuple(Photo(p["sha256"], p["caption"], p.get("rotation", 0), tuple(p.get("redactions", ())))
                   for p in content.get("photos", []))
    day = signed_on or date.fromisoformat(content.get("signed_on", date.today().isoformat()))
    return NoticeDocument(
        org_mark=content.get("org_mark", ""), number=number or (notice.number or ""), title=notice.title,
        recipients=notice.recipients, body=notice.body, signature=notice.issuing_body, signed_on=day,
        cc=notice.cc, printer=notice.printer, printed_on=day, note=content.get("note", ""),
        attachments=(Attachment("问题照片", photos),) if photos else (), preprinted=content.get("preprinted", False),
        photos_per_page=content.get("photos_per_page", 2))


def photo_source(ws: Workspace, pictures: Mapping[str, Path] | None = None) -> Callable[[Photo], bytes]:
    """How the document finds each photo: its print-size copy (oriented, rotated, redacted), or for a
    picture made for this document alone (a chart), the file given under its digest."""
    blobs = ws.db.blobs
    derived = evidence.derived(ws)

    def source(photo: Photo) -> bytes:
        if pictures and photo.sha256 in pictures:
            return pictures[photo.sha256].read_bytes()
        if not blobs.has(photo.sha256):
            raise InspectorError("photo_blob_missing", name=photo.caption)
        return derived.get(photo.sha256, "print", photo.rotation, parse_regions(list(photo.redactions)))
    return source


def render(ws: Workspace, doc: NoticeDocument, pictures: Mapping[str, Path] | None = None) -> bytes:
    """The document as PDF; `pictures`: files of pictures made for it alone, by digest (charts)."""
    from inspector_app.reports.fonts import load_fonts  # ReportLab loads when a notice is first drawn
    from inspector_app.reports.pdf import render_pdf

    source = photo_source(ws, pictures)
    for attachment in doc.attachments:  # every photo is found before a page is drawn
        for photo in attachment.photos:
            source(photo)
    fonts = load_fonts(load_notice_settings(ws.data_dir).font_overrides())
    return render_pdf(doc, fonts, source)


def next_number(ws: Workspace, org_code: str, year: int) -> DocNumber:
    """The number the next notice of `org_code` in `year` would take."""
    with ws.db.session() as s:
        return _next_number(s, org_code, year)


def _next_number(s: Session, org_code: str, year: int) -> DocNumber:
    last = s.exec(select(func.max(Notice.seq)).where(Notice.org_code == org_code, Notice.year == year)).one()
    return DocNumber(org_code, year, (last or 0) + 1)


def issue(ws: Workspace, notice_id: uuid.UUID, number: str | None, issued_on: date) -> Notice:
    """Number, date and freeze a draft; its findings become 'notified'."""
    ws.check("notice", {"status": NoticeStatus.ISSUED})
    with ws.db.session(ws.actor) as s:
        notice = _draft(s, notice_id)
        wanted = parse_number(number) if number else _next_number(s, notice.org_code, issued_on.year)
        clash = s.exec(select(Notice).where(Notice.number == str(wanted))).first() or s.exec(
            select(Notice).where(Notice.org_code == wanted.org, Notice.year == wanted.year, Notice.seq == wanted.seq)).first()
        if clash is not None:
            raise InspectorError("docnumber_used", number=str(wanted), title=clash.title,
                                 next=str(_next_number(s, wanted.org, wanted.year)))
        doc = document(notice, str(wanted), issued_on)
        pdf = render(ws, doc)
        stored = ws.db.blobs.put_bytes(pdf)
        notice.number, notice.org_code, notice.year, notice.seq = str(wanted), wanted.org, wanted.year, wanted.seq
        notice.status, notice.issued_on = NoticeStatus.ISSUED, issued_on
        notice.content = {**(notice.content or {}), "document": doc.to_json()}
        notice.pdf_sha256 = stored.sha256
        linked = s.exec(select(Finding).join(NoticeFinding, NoticeFinding.finding_id == Finding.id)
                        .where(NoticeFinding.notice_id == notice.id)).all()
        # the deadline the text gives (older drafts: counted from the day of issue)
        promised = (notice.content or {}).get("rectify_by")
        due = date.fromisoformat(promised) if promised else \
            add_working_days(issued_on, load_notice_settings(ws.data_dir).rectify_days, work_calendar(ws))
        for f in linked:
            if f.status == FindingStatus.REVIEWED:
                f.status = FindingStatus.NOTIFIED
                set_deadline(s, f, due)
    return notice


def pdf_bytes(ws: Workspace, notice: Notice) -> bytes:
    """An issued notice's frozen PDF, byte for byte; a draft rendered now."""
    if notice.status == NoticeStatus.ISSUED and notice.pdf_sha256:
        return ws.db.blobs.read(notice.pdf_sha256)
    return render(ws, document(notice))


def ledger_rows(ws: Workspace, notice_id: uuid.UUID) -> list[dict[str, object]]:
    """The notice's findings as the ledger (台账) lists them, in time order."""
    with ws.db.session() as s:
        return _ledger_rows(s, ws.ref, notice_id)


def _ledger_rows(s: Session, ref: Reference, notice_id: uuid.UUID) -> list[dict[str, object]]:
    rows = s.exec(select(Finding, Unit, Person, Handling)
                  .join(NoticeFinding, NoticeFinding.finding_id == Finding.id)
                  .join(Unit, Unit.id == Finding.unit_id)
                  .outerjoin(Person, Person.id == Finding.person_id)
                  .outerjoin(Handling, Handling.finding_id == Finding.id)
                  .where(NoticeFinding.notice_id == notice_id)
                  .order_by(Finding.observed_at, Finding.id)).all()
    out = []
    for f, unit, person, handling in rows:
        out.append({
            "observed_at": f.observed_at, "unit": unit.name, "person": person.name if person else f.person_description,
            "position": person.position if person else "",
            "category": StaffCategory(person.staff_category).label("zh") if person else "",
            "party_member": bool(person and person.party_member), "leader": bool(person and person.leader),
            "type": ref.catalogue.violation(f.violation_code).zh, "description": f.description, "place": f.place,
            "sanction": ref.catalogue.sanction(handling.sanction_code).zh if handling else "",
            "status": FindingStatus(f.status).label("zh"), "id": str(f.id),
        })
    return out


def files(ws: Workspace, notice: Notice, pdf: Path | None = None, docx: Path | None = None,
          xlsx: Path | None = None) -> dict[str, Path]:
    """Export the notice: its PDF (an issued one's frozen bytes), editable DOCX and XLSX ledger, as
    asked. Every file is made before any is written, and each is written whole or not at all."""
    from inspector_app.reports.docx import render_docx
    from inspector_app.reports.xlsx import render_xlsx

    doc = document(notice)
    made: dict[str, tuple[Path, bytes]] = {}
    if pdf:
        made["pdf"] = (pdf, pdf_bytes(ws, notice))
    if docx:
        made["docx"] = (docx, render_docx(doc, photo_source(ws)))
    if xlsx:
        made["xlsx"] = (xlsx, render_xlsx(doc, ledger_rows(ws, notice.id)))
    for path, data in made.values():
        write_output(path, data)
    return {kind: path for kind, (path, _) in made.items()}
