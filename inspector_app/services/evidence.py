"""Evidence (证据): files taken into the blob store and attached to a finding or visit, a memory
card's photos proposed to the visits and findings they were taken at, how a photo is shown (turned,
redacted, chosen for notices), the copies that leave the office, and checking the store. The
original file never changes: every change is a setting of its record, applied to derived copies."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from inspector_app.domain.models import Evidence, Finding, Inspection, Person, Unit, Visit
from inspector_app.errors import InspectorError
from inspector_app.evidence.derived import DerivedImages
from inspector_app.evidence.intake import Ingested, expand, ingest_all
from inspector_app.evidence.matching import Proposal, VisitWindow, propose  # Proposal: the screens hold them too
from inspector_app.evidence.redaction import Region, parse_regions, turn_regions
from inspector_app.fileio import atomic_writer, write_output
from inspector_app.services.workspace import Workspace
from inspector_app.store.lookup import by_id

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class EvidenceView:
    """What a screen knows of one evidence record: a copy, safe to pass between threads."""
    id: uuid.UUID
    sha256: str
    kind: str
    original_name: str
    captured_at: datetime | None
    camera: str
    width: int | None
    height: int | None
    size: int
    rotation: int
    redactions: tuple[dict[str, Any], ...]
    for_notice: bool

    @classmethod
    def of(cls, ev: Evidence) -> EvidenceView:
        return cls(ev.id, ev.sha256, ev.kind, ev.original_name, ev.captured_at, ev.camera, ev.width, ev.height,
                   ev.size, ev.rotation, tuple(ev.redactions), ev.for_notice)

    @property
    def regions(self) -> tuple[Region, ...]:
        return parse_regions(list(self.redactions))


def derived(ws: Workspace) -> DerivedImages:
    return DerivedImages(ws.db.blobs, ws.data_dir / "derived")


def have_original(ws: Workspace, sha256: str) -> bool:
    """Is the file itself on this machine (a synced record's photo may not have arrived yet)?"""
    return ws.db.blobs.has(sha256)


def thumbnail(ws: Workspace, sha256: str) -> bytes:
    """The thumbnail (a JPEG's bytes) of a stored file as it was taken in (before a record says how to show it)."""
    return derived(ws).get(sha256, "thumb")


def original(ws: Workspace, sha256: str) -> bytes:
    """The original file's bytes, as they were taken in."""
    return ws.db.blobs.read(sha256)


def image(ws: Workspace, shown: EvidenceView | Evidence, size: str, caption: str = "") -> bytes:
    """A photo (a JPEG's bytes) as a person should see it at `size` (thumb / display / print): oriented, turned and
    redacted as its record says, with a caption strip below when `caption` is given; made once and cached."""
    return derived(ws).get(shown.sha256, size, shown.rotation, parse_regions(list(shown.redactions)), caption)


# --- records ----------------------------------------------------------------------------------------

def add_evidence(ws: Workspace, s: Session, item: Ingested, *, finding_id: uuid.UUID | None,
                 visit_id: uuid.UUID | None, complaint_id: uuid.UUID | None = None) -> Evidence | None:
    """An evidence record for a stored file (of a finding, a visit or a complaint), if the person at
    work may add it there; None when that file is already attached there."""
    ws.check("evidence", {"sha256": item.sha256}, None, _status_of(s, finding_id))
    same = select(Evidence).where(Evidence.sha256 == item.sha256, Evidence.finding_id == finding_id,
                                  Evidence.visit_id == visit_id, Evidence.complaint_id == complaint_id,
                                  Evidence.deleted == False)  # noqa: E712
    if s.exec(same).first() is not None:
        return None
    info = item.info
    ev = Evidence(finding_id=finding_id, visit_id=visit_id, complaint_id=complaint_id, sha256=item.sha256, size=item.size,
                  media_type=info.media_type, kind=info.kind, original_name=Path(item.path).name,
                  captured_at=info.captured_at, captured_offset=info.captured_offset, camera=info.camera,
                  width=info.width, height=info.height, gps_lat=info.gps_lat, gps_lon=info.gps_lon,
                  orientation=info.orientation)
    s.add(ev)
    return ev


def attach(ws: Workspace, results: list[Ingested], proposals: list[Proposal] | None = None,
           finding_id: uuid.UUID | None = None) -> tuple[int, int]:
    """Record a batch of stored files: every file to the finding, or each to its confirmed
    proposal (those without a visit are left out). Returns (added, already there)."""
    added = duplicates = 0
    targets = {p.key: p for p in proposals or []}
    with ws.db.session(ws.actor) as s:
        finding = _finding(s, finding_id) if finding_id is not None else None
        for item in results:
            if not item.ok:
                continue
            if finding is not None:
                where = (finding.id, finding.visit_id)
            else:
                proposal = targets.get(item.path)
                if proposal is None or proposal.visit_id is None:
                    continue
                where = (proposal.finding_id, proposal.visit_id)
            if add_evidence(ws, s, item, finding_id=where[0], visit_id=where[1]) is None:
                duplicates += 1
            else:
                added += 1
    return added, duplicates


def _finding(s: Session, finding_id: uuid.UUID | str) -> Finding:
    return by_id(s, Finding, finding_id, "finding_unknown")


def _status_of(s: Session, finding_id: uuid.UUID | None) -> str | None:
    """The status of the finding a photo belongs to (None: a visit's photo)."""
    return s.get(Finding, finding_id).status if finding_id is not None else None


def take_in(ws: Workspace, paths: list[Path], progress: Progress | None = None,
            cancel: threading.Event | None = None) -> list[Ingested]:
    """Store the files named and those below the folders named; each refused one says why."""
    return ingest_all(expand(paths), derived(ws), progress=progress, cancel=cancel)


def add_to_finding(ws: Workspace, finding_id: uuid.UUID | str, paths: list[Path], progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> tuple[list[uuid.UUID], list[Ingested]]:
    """Store the files and attach them to the finding. Returns the new records' ids and every file's
    outcome (a refused file says why; one already attached adds nothing)."""
    with ws.db.session() as s:
        _finding(s, finding_id)  # an unknown finding is named before a single file is read
    results = take_in(ws, paths, progress, cancel)
    added = []
    with ws.db.session(ws.actor) as s:
        f = _finding(s, finding_id)
        for item in results:
            if item.ok and (ev := add_evidence(ws, s, item, finding_id=f.id, visit_id=f.visit_id)):
                added.append(ev.id)
    return added, results


@dataclass(frozen=True)
class FindingPhotos:
    """A finding's evidence as the gallery shows it: a heading naming the finding (time, unit, type),
    the records oldest first, and what the person at work may do with them."""
    heading: str
    records: list[EvidenceView]
    changeable: bool  # turn, cover, choose for notices
    addable: bool     # add photos


def of_finding(ws: Workspace, finding_id: uuid.UUID) -> FindingPhotos:
    with ws.db.session() as s:
        f = _finding(s, finding_id)
        rows = s.exec(select(Evidence).where(Evidence.finding_id == f.id, Evidence.deleted == False)  # noqa: E712
                      .order_by(Evidence.captured_at, Evidence.created_at)).all()
        unit = s.get(Unit, f.unit_id).name
    heading = f"{f.observed_at:%Y-%m-%d %H:%M}　{unit}　{ws.ref.catalogue.violation(f.violation_code).name()}"
    return FindingPhotos(heading, [EvidenceView.of(ev) for ev in rows],
                         ws.may("evidence", {"rotation": 90}, {"rotation": 0}, f.status),
                         ws.may("evidence", {"sha256": ""}, None, f.status))


# --- how a photo is shown ---------------------------------------------------------------------------

def set_display(ws: Workspace, evidence_id: uuid.UUID | str, rotation: int | None = None,
                redactions: list[dict] | None = None, for_notice: bool | None = None) -> EvidenceView:
    """How a photo is shown and whether it goes into notices; the original is never touched. A new
    rotation turns the recorded redactions with the picture, so they cover the same faces."""
    with ws.db.session(ws.actor) as s:
        ev = by_id(s, Evidence, evidence_id, "evidence_unknown")
        change = {k: v for k, v in (("rotation", rotation), ("redactions", redactions), ("for_notice", for_notice))
                  if v is not None}
        ws.check("evidence", change, {k: getattr(ev, k) for k in change}, _status_of(s, ev.finding_id))
        if redactions is not None:
            parse_regions(redactions)
            ev.redactions = list(redactions)
        if rotation is not None:
            if rotation % 90:
                raise InspectorError("rotation_bad", rotation=rotation)
            if redactions is None and ev.redactions:
                turned = turn_regions(parse_regions(ev.redactions), rotation - ev.rotation)
                ev.redactions = [asdict(r) for r in turned]
            ev.rotation = rotation % 360
        if for_notice is not None:
            ev.for_notice = for_notice
        return EvidenceView.of(ev)


def choose(ws: Workspace, finding_id: uuid.UUID | str, photos: tuple[str, ...]) -> list[EvidenceView]:
    """The finding's photos for notices' photo sheets: those named (by id, by position 1, 2 … in
    the gallery's order, or by file name) and none of the others. None named: none of them."""
    records = [r for r in of_finding(ws, finding_id).records if r.kind == "photo"]
    wanted = set()
    for name in photos:
        found = [r for r in records if name in (str(r.id), r.original_name)] or \
            ([records[int(name) - 1]] if name.isdigit() and 0 < int(name) <= len(records) else [])
        if not found:
            raise InspectorError("evidence_not_of_finding", name=name, count=len(records))
        wanted.add(found[0].id)
    return [set_display(ws, r.id, for_notice=r.id in wanted) if (r.id in wanted) != r.for_notice else r
            for r in records]


def redact(ws: Workspace, evidence_id: str, rects: tuple[str, ...], mode: str) -> tuple[EvidenceView, Path]:
    """Cover parts of a photo's derived copies: each rectangle "x,y,w,h" in fractions of the picture.
    Returns the record and its redacted display copy."""
    regions = []
    for rect in rects:
        parts = rect.split(",")
        if len(parts) != 4:
            raise InspectorError("redaction_bad", region=rect)
        regions.append(dict(zip("xywh", parts), mode=mode))
    shown = set_display(ws, evidence_id, redactions=regions)
    return shown, image(ws, shown, "display")


def caption_for(s: Session, ev: Evidence) -> str:
    """The caption strip of a copy: when it was taken (else the finding's time) and where."""
    finding = s.get(Finding, ev.finding_id) if ev.finding_id else None
    visit = s.get(Visit, ev.visit_id) if ev.visit_id else None
    unit_id = finding.unit_id if finding else visit.unit_id if visit else None
    when = ev.captured_at or (finding.observed_at if finding else None)
    unit = s.get(Unit, unit_id).name if unit_id else ""
    return "　".join(part for part in (f"{when:%Y-%m-%d %H:%M}" if when else "", unit) if part)


def save_copy(ws: Workspace, evidence_id: uuid.UUID, target: Path) -> Path:
    """The print-size copy as it goes with a notice: redacted, with the caption strip below."""
    with ws.db.session() as s:
        ev = s.get(Evidence, evidence_id)
        caption = caption_for(s, ev)
    write_output(target, image(ws, ev, "print", caption))
    return target


def save_original(ws: Workspace, sha256: str, target: Path) -> Path:
    """The original file, byte for byte, written whole or not at all."""
    with atomic_writer(target) as out:
        for piece in ws.db.blobs.chunks(sha256):
            out.write(piece)
    return target


# --- a memory card's photos, matched by time ---------------------------------------------------------

@dataclass(frozen=True)
class Target:
    """A place a photo can go: a visit, or a finding of that visit."""
    visit_id: uuid.UUID
    finding_id: uuid.UUID | None
    label: str


@dataclass
class Card:
    """A card's files, stored; where each is proposed to go by its capture time; where any may go."""
    results: list[Ingested]
    proposals: list[Proposal]
    targets: list[Target]

    def target_of(self, proposal: Proposal) -> Target | None:
        return next((t for t in self.targets if (t.visit_id, t.finding_id) == (proposal.visit_id,
                                                                              proposal.finding_id)), None)

    def confirmed(self, chosen: list[Target | None]) -> list[Proposal]:
        """The proposal as a person left it: each file's target in order (None: not to be imported)."""
        return [Proposal(p.key, t and t.visit_id, t and t.finding_id, "confirmed") for p, t in zip(self.proposals, chosen)]


def inspection_targets(ws: Workspace, inspection_id: uuid.UUID | str) -> tuple[list[VisitWindow], list[Target]]:
    """The inspection's visits with the times of their findings (for matching photos by time) and
    every place its photos can go, in time order; an unknown inspection is refused."""
    with ws.db.session() as s:
        inspection = by_id(s, Inspection, inspection_id, "inspection_unknown")
        visits = s.exec(select(Visit).where(Visit.inspection_id == inspection.id, Visit.deleted == False)  # noqa: E712
                        .order_by(Visit.arrived_at)).all()
        found = s.exec(select(Finding).where(Finding.inspection_id == inspection.id, Finding.status != "voided")
                       .order_by(Finding.observed_at)).all()
        units = dict(s.exec(select(Unit.id, Unit.name).where(Unit.id.in_({v.unit_id for v in visits}))).all())
        people = dict(s.exec(select(Person.id, Person.name).where(
            Person.id.in_({f.person_id for f in found if f.person_id}))).all())
    by_visit: dict[uuid.UUID, list[Finding]] = {}
    for f in found:
        by_visit.setdefault(f.visit_id, []).append(f)
    windows, targets = [], []
    catalogue = ws.ref.catalogue
    for v in visits:
        mine = by_visit.get(v.id, [])
        windows.append(VisitWindow(v.id, v.arrived_at, v.left_at, tuple((f.id, f.observed_at) for f in mine)))
        unit = units[v.unit_id]
        targets.append(Target(v.id, None, f"{v.arrived_at:%m-%d %H:%M} {unit}"))
        targets += [Target(v.id, f.id, f"{f.observed_at:%m-%d %H:%M} {unit} · "
                           f"{catalogue.violation(f.violation_code).name()} · {people.get(f.person_id) or f.person_description}")
                    for f in mine]
    return windows, targets


def read_card(ws: Workspace, inspection_id: uuid.UUID | str, paths: list[Path], progress: Progress | None = None,
              cancel: threading.Event | None = None) -> Card:
    """Store every file of a card (the inspection checked before a file is read) and propose where
    each belongs; nothing is attached until a person confirms (`attach`)."""
    windows, targets = inspection_targets(ws, inspection_id)
    results = take_in(ws, paths, progress, cancel)
    taken = [(r.path, r.info.captured_at if r.info else None) for r in results if r.ok]
    return Card(results, propose(taken, windows), targets)


# --- checking the store -------------------------------------------------------------------------------

@dataclass
class VerifyReport:
    checked: int = 0
    damaged: list[str] = field(default_factory=list)        # a blob whose content no longer has its hash
    missing: list[tuple[str, str]] = field(default_factory=list)  # (sha256, original name) referenced, absent
    unreferenced: list[str] = field(default_factory=list)   # kept, but no record points at it
    leftovers: list[str] = field(default_factory=list)      # files a killed import or download left on their way in

    @property
    def ok(self) -> bool:
        return not (self.damaged or self.missing)


def verify(ws: Workspace, progress: Progress | None = None) -> VerifyReport:
    """Re-hash every blob and compare the store with the evidence records."""
    blobs = ws.db.blobs
    report = VerifyReport()
    present = blobs.all()
    for i, sha256 in enumerate(present):
        if not blobs.verify(sha256):
            report.damaged.append(sha256)
        report.checked += 1
        if progress:
            progress(i + 1, len(present))
    names = set(present)
    with ws.db.session() as s:
        referenced = dict(s.exec(select(Evidence.sha256, Evidence.original_name)).all())
    report.missing = sorted((sha, name) for sha, name in referenced.items() if sha not in names)
    report.unreferenced = sorted(names - set(referenced))
    report.leftovers = [p.name for p in blobs.leftovers()]
    return report
