"""Evidence records: the same photo referenced twice, duplicates skipped, the store verified, how a
photo is shown."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlmodel import select

from inspector_app.domain.models import Evidence, Finding
from inspector_app.errors import InspectorError
from inspector_app.evidence.intake import ingest_all
from inspector_app.services.evidence import attach, set_display, verify
from tests.conftest import at
from tests.evidence.images import evidence_images, photo


@pytest.fixture
def two_findings(db, town):
    with db.session() as s:
        a = Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-10-15T09:40"))
        b = Finding(unit_id=town["fin"].id, violation_code="late", observed_at=at("2026-10-15T10:10"))
        s.add_all([a, b])
    return a, b


def test_one_blob_referenced_by_two_findings_and_a_repeat_import_adds_nothing(ws, db, two_findings, tmp_path):
    a, b = two_findings
    results = ingest_all([photo(tmp_path / "p.jpg", taken=datetime(2026, 10, 15, 9, 41))], evidence_images(db))
    assert attach(ws, results, finding_id=a.id) == (1, 0)
    assert attach(ws, results, finding_id=b.id) == (1, 0)
    assert attach(ws, results, finding_id=a.id) == (0, 1)
    with db.session() as s:
        rows = s.exec(select(Evidence)).all()
    assert len(rows) == 2 and len({r.sha256 for r in rows}) == 1
    assert len(list(db.blob_dir.glob("??/??/*"))) == 1


def test_verify_reports_damaged_missing_and_unreferenced_files(ws, db, two_findings, tmp_path):
    a, _ = two_findings
    paths = [photo(tmp_path / f"{i}.jpg", taken=datetime(2026, 10, 15, 9, 40 + i)) for i in range(3)]
    results = ingest_all(paths, evidence_images(db))
    attach(ws, results[:2], finding_id=a.id)
    blobs = db.blobs
    assert verify(ws).ok
    damaged = blobs.path_for(results[0].sha256)
    damaged.write_bytes(damaged.read_bytes()[:-1] + b"\x00")       # one flipped byte
    blobs.path_for(results[1].sha256).unlink()                       # a lost file
    report = verify(ws)
    assert not report.ok
    assert report.damaged == [results[0].sha256]
    assert report.missing == [(results[1].sha256, "1.jpg")]
    assert report.unreferenced == [results[2].sha256]


@pytest.fixture
def attached(ws, db, two_findings, tmp_path):
    """The id of one photo attached to the first finding."""
    results = ingest_all([photo(tmp_path / "p.jpg")], evidence_images(db))
    attach(ws, results, finding_id=two_findings[0].id)
    with db.session() as s:
        return s.exec(select(Evidence)).one().id


def test_display_settings_are_checked(ws, db, attached):
    with pytest.raises(InspectorError):
        set_display(ws, attached, rotation=45)
    with pytest.raises(InspectorError):
        set_display(ws, attached, redactions=[{"x": 2, "y": 0, "w": 1, "h": 1}])
    set_display(ws, attached, rotation=-90, redactions=[{"x": 0.1, "y": 0.1, "w": 0.2, "h": 0.2}], for_notice=True)
    with db.session() as s:
        ev = s.exec(select(Evidence)).one()
        assert (ev.rotation, ev.for_notice, len(ev.redactions)) == (270, True, 1)


def test_turning_a_redacted_photo_turns_its_redactions(ws, db, attached):
    set_display(ws, attached, redactions=[{"x": 0.0, "y": 0.0, "w": 0.25, "h": 0.5, "mode": "blur"}])
    set_display(ws, attached, rotation=90)
    with db.session() as s:
        ev = s.exec(select(Evidence)).one()
        # the top-left quarter-width strip of the picture is now its top-right corner
        assert ev.redactions == [{"x": 0.5, "y": 0.0, "w": 0.5, "h": 0.25, "mode": "blur"}]


def test_what_a_killed_import_or_download_left_is_reported_and_then_removed(ws, db):
    """A file on its way in when the app was killed stays in the store's temporary folder: `evidence
    verify` names it; opening the data directory removes it once it is surely nobody's (an hour)."""
    import os
    import time

    from inspector_app.services.workspace import Workspace

    blobs = db.blobs
    young, old = blobs.part_path(), blobs.part_path()
    young.write_bytes(b"arriving")
    old.write_bytes(b"left by a killed download")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    report = verify(ws)
    assert report.ok and sorted(report.leftovers) == sorted([young.name, old.name])
    Workspace.open(db.data_dir).close()
    assert blobs.leftovers() == [young]
