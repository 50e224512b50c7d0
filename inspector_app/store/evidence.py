"""Evidence records: attaching ingested files to findings and visits, matching a batch by time,
changing how a photo is shown (rotation, redaction), and checking the blob store against the records."""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlmodel import Session, select

from inspector_app.domain.models import Evidence, Finding, Unit, Visit
from inspector_app.errors import InspectorError
from inspector_app.evidence.blobs import CHUNK, BlobStore
from inspector_app.evidence.intake import Ingested
from inspector_app.evidence.matching import Proposal, VisitWindow
from inspector_app.evidence.redaction import parse_regions, turn_regions


def add_evidence(s: Session, item: Ingested, *, finding_id: uuid.UUID | None,
                 visit_id: uuid.UUID | None) -> Evidence | None:
    """An evidence record for a stored file; None when that file is already attached there."""
    same = select(Evidence).where(Evidence.sha256 == item.sha256, Evidence.finding_id == finding_id,
                                  Evidence.visit_id == visit_id, Evidence.deleted == False)  # noqa: E712
    if s.exec(same).first() is not None:
        return None
    info = item.info
    ev = Evidence(finding_id=finding_id, visit_id=visit_id, sha256=item.sha256, size=item.size,
                  media_type=info.media_type, kind=info.kind, original_name=Path(item.path).name,
                  captured_at=info.captured_at, captured_offset=info.captured_offset, camera=info.camera,
                  width=info.width, height=info.height, gps_lat=info.gps_lat, gps_lon=info.gps_lon,
                  orientation=info.orientation)
    s.add(ev)
    return ev


def visit_windows(s: Session, inspection_id: uuid.UUID) -> list[VisitWindow]:
    """The inspection's visits with the times of their findings, for matching photos by time."""
    visits = s.exec(select(Visit).where(Visit.inspection_id == inspection_id, Visit.deleted == False)).all()  # noqa: E712
    found = s.exec(select(Finding.visit_id, Finding.id, Finding.observed_at)
                   .where(Finding.inspection_id == inspection_id, Finding.status != "voided")).all()
    by_visit: dict[uuid.UUID, list[tuple[uuid.UUID, object]]] = {}
    for visit_id, fid, at in found:
        by_visit.setdefault(visit_id, []).append((fid, at))
    return [VisitWindow(v.id, v.arrived_at, v.left_at, tuple(by_visit.get(v.id, ()))) for v in visits]


def set_display(s: Session, evidence_id: uuid.UUID, rotation: int | None = None,
                redactions: list[dict] | None = None, for_notice: bool | None = None) -> Evidence:
    """How a photo is shown and whether it goes into notices; the original is never touched. A new
    rotation turns the recorded redactions with the picture, so they cover the same faces."""
    ev = s.get(Evidence, evidence_id)
    if ev is None:
        raise InspectorError("evidence_unknown", id=str(evidence_id))
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
    return ev


def caption_for(s: Session, ev: Evidence) -> str:
    """The caption strip of a copy: when it was taken (else the finding's time) and where."""
    finding = s.get(Finding, ev.finding_id) if ev.finding_id else None
    visit = s.get(Visit, ev.visit_id) if ev.visit_id else None
    unit_id = finding.unit_id if finding else visit.unit_id if visit else None
    when = ev.captured_at or (finding.observed_at if finding else None)
    unit = s.get(Unit, unit_id).name if unit_id else ""
    return "　".join(part for part in (f"{when:%Y-%m-%d %H:%M}" if when else "", unit) if part)


@dataclass
class VerifyReport:
    checked: int = 0
    damaged: list[str] = field(default_factory=list)        # a blob whose content no longer has its hash
    missing: list[tuple[str, str]] = field(default_factory=list)  # (sha256, original name) referenced, absent
    unreferenced: list[str] = field(default_factory=list)   # kept, but no record points at it

    @property
    def ok(self) -> bool:
        return not (self.damaged or self.missing)


def verify(s: Session, blobs: BlobStore, progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """Re-hash every blob and compare the store with the evidence records."""
    report = VerifyReport()
    present = sorted(p for p in blobs.root.glob("??/??/*") if p.is_file() and len(p.name) == 64)
    for i, path in enumerate(present):
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(CHUNK), b""):
                digest.update(chunk)
        if digest.hexdigest() != path.name:
            report.damaged.append(path.name)
        report.checked += 1
        if progress:
            progress(i + 1, len(present))
    names = {p.name for p in present}
    referenced = dict(s.exec(select(Evidence.sha256, Evidence.original_name)).all())
    report.missing = sorted((sha, name) for sha, name in referenced.items() if sha not in names)
    report.unreferenced = sorted(names - set(referenced))
    return report


def attach_batch(s: Session, results: list[Ingested], proposals: list[Proposal] | None = None,
                 finding: Finding | None = None) -> tuple[int, int]:
    """Record a batch: every file to `finding`, or each to its confirmed proposal. (added, already there)"""
    added = duplicates = 0
    targets = {p.key: p for p in proposals or []}
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
        if add_evidence(s, item, finding_id=where[0], visit_id=where[1]) is None:
            duplicates += 1
        else:
            added += 1
    return added, duplicates
