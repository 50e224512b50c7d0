"""The demo district looks like real inspection work, and a seed always gives the same district."""

from __future__ import annotations

import io

import re
from collections import Counter
from datetime import timedelta

import pytest
from PIL import ExifTags, Image
from sqlmodel import select

from inspector_app.demo.district import RARE
from inspector_app.demo.generate import generate_demo
from inspector_app.domain.enums import FindingStatus, InspectionMode
from inspector_app.domain.models import Evidence, Finding, Handling, Inspection, Notice, Person, Unit, Visit
from inspector_app.store.database import Database


def content(db: Database) -> list[tuple]:
    with db.session() as s:
        units = {u.id: u.name for u in s.exec(select(Unit))}
        people = {p.id: p.name for p in s.exec(select(Person))}
        return sorted((units[f.unit_id], people.get(f.person_id, ""), f.person_description, f.violation_code,
                       f.observed_at, f.status, f.description) for f in s.exec(select(Finding)))


def test_a_seed_always_gives_the_same_district(tmp_path, ref):
    runs = []
    for name in ("a", "b"):
        db = Database.open(tmp_path / name)
        generate_demo(db, ref, seed=7, n_findings=120, photos=False)
        runs.append(content(db))
        db.close()
    other = Database.open(tmp_path / "c")
    generate_demo(other, ref, seed=8, n_findings=120, photos=False)
    assert runs[0] == runs[1]
    assert content(other) != runs[0]


@pytest.fixture(scope="module")
def district(tmp_path_factory, ref):
    db = Database.open(tmp_path_factory.mktemp("district"))
    summary = generate_demo(db, ref, seed=2026, n_findings=500, photos=True)
    return db, summary


def test_the_district_has_the_expected_size(district):
    db, summary = district
    assert summary.findings == 500 and summary.units == 40 and 350 <= summary.people <= 450
    with db.session() as s:
        assert len(s.exec(select(Finding)).all()) == 500
        names = [p.name for p in s.exec(select(Person))]
    assert any(ch in name for name in names for ch in RARE), "some names carry rare characters"


def test_findings_cover_the_catalogue_and_every_stage(district, ref):
    db, _ = district
    with db.session() as s:
        findings = s.exec(select(Finding)).all()
        handlings = s.exec(select(Handling)).all()
    codes = Counter(f.violation_code for f in findings)
    assert set(codes) == {v.code for v in ref.catalogue.violations}
    assert {f.status for f in findings} == set(FindingStatus)
    assert all(f.void_reason for f in findings if f.status == FindingStatus.VOIDED)
    decided = {f.id for f in findings if f.status in ("reviewed", "notified", "rectified", "closed")}
    assert decided <= {h.finding_id for h in handlings}
    assert any(h.rule_ids for h in handlings), "some handling followed an escalation rule"
    assert any(f.person_id is None and f.person_description for f in findings)


def test_visits_with_and_without_problems_and_both_modes(district):
    db, _ = district
    with db.session() as s:
        visits = s.exec(select(Visit)).all()
        modes = {i.mode for i in s.exec(select(Inspection))}
        notices = s.exec(select(Notice)).all()
    assert any(v.no_problem for v in visits) and any(not v.no_problem for v in visits)
    assert modes == {InspectionMode.OPEN, InspectionMode.UNDERCOVER}
    assert notices and all(re.fullmatch(r"区效能办〔20\d\d〕[1-9]\d*号", n.number) for n in notices)


def test_photos_carry_their_capture_time_in_exif(district):
    db, _ = district
    blobs = db.blobs
    with db.session() as s:
        pairs = s.exec(select(Evidence, Finding).join(Finding, Finding.id == Evidence.finding_id).limit(20)).all()
    assert pairs
    for ev, finding in pairs:
        with Image.open(io.BytesIO(blobs.read(ev.sha256))) as img:
            taken = img.getexif().get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal]
        assert taken == ev.captured_at.strftime("%Y:%m:%d %H:%M:%S")
        assert timedelta(0) <= ev.captured_at - finding.observed_at < timedelta(minutes=3)
