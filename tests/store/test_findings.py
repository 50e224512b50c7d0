"""Recording a finding as a user types it: lookups, new people, photos, and bad input that writes nothing."""

import sqlite3
from pathlib import Path

import pytest
from PIL import Image

from inspector_app.domain.enums import FindingStatus
from inspector_app.errors import InspectorError
from inspector_app.store.findings import FindingInput, change_status, decide_handling, get_finding, record_finding

TABLES = ("finding", "person", "evidence", "outbox", "audit_log")


def snapshot(db):
    conn = sqlite3.connect(db.path)
    out = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    conn.close()
    blobs = sorted(p.name for p in db.blob_dir.rglob("*") if p.is_file()) if db.blob_dir.exists() else []
    return out, blobs


def photo(tmp_path: Path, name="IMG_0001.jpg") -> Path:
    path = tmp_path / name
    img = Image.new("RGB", (64, 48), "navy")
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = "2026:10:15 09:40:31"
    img.save(path, "JPEG", exif=exif)
    return path


def test_a_new_person_is_created_in_the_unit_and_photos_are_kept(db, ref, town, tmp_path):
    f = record_finding(db, ref, FindingInput(unit="人社局", person="赵犇", category="迟到", at="2026-10-15 09:40",
                                             note="9时40分尚未到岗", photos=(photo(tmp_path),)), actor="duchayuan01")
    with db.session() as s:
        f = get_finding(s, str(f.id))
        from inspector_app.domain.models import Evidence, Person
        person = s.get(Person, f.person_id)
        ev = s.exec(__import__("sqlmodel").select(Evidence).where(Evidence.finding_id == f.id)).one()
    assert person.name == "赵犇" and person.unit_id == town["hr"].id
    assert f.status == FindingStatus.DRAFT and f.violation_code == "late" and f.created_by == "duchayuan01"
    assert ev.captured_at.isoformat() == "2026-10-15T09:40:31" and ev.media_type == "image/jpeg"
    assert (db.blob_dir / ev.sha256[:2] / ev.sha256[2:4] / ev.sha256).read_bytes() == (tmp_path / "IMG_0001.jpg").read_bytes()


def test_a_finding_is_found_by_the_name_of_a_person_created_with_it(db, ref, town):
    from inspector_app.store.queries import FindingFilter, page_findings
    for name in ("欧阳淼淼", "赵犇"):  # the trigram index and the short-word fallback
        f = record_finding(db, ref, FindingInput(unit="区财政局", person=name, category="late",
                                                 at="2026-10-15T09:40"), "x")
        with db.session() as s:
            assert [r.id for r in page_findings(s, FindingFilter(text=name)).rows] == [f.id]


def test_a_known_person_is_reused(db, ref, town):
    before, _ = snapshot(db)
    f = record_finding(db, ref, FindingInput(unit="区人社局", person="张三明", category="late", at="2026-10-15T09:40"), "x")
    after, _ = snapshot(db)
    assert f.person_id == town["zhang"].id and after["person"] == before["person"]


@pytest.mark.parametrize("data, key, words", [
    (dict(unit="区人设局", category="late", at="2026-10-15T09:40"), "unit_unknown", "区人社局"),
    (dict(unit="区", category="late", at="2026-10-15T09:40"), "unit_ambiguous", "区财政局"),
    (dict(unit="区人社局", category="迟大", at="2026-10-15T09:40"), "category_unknown", "late（迟到）"),
    (dict(unit="区人社局", category="late", at="2026-10-15 9点40"), "bad_time", "2026-10-15T09:40"),
    (dict(unit="区人社局", category="late", at="2026-02-30T09:40"), "bad_time", ""),
    (dict(unit="区人社局", category="late", at="2026-10-15T09:40", photos=(Path("/nonexistent/a.jpg"),)),
     "photo_missing", "a.jpg"),
])
def test_bad_input_names_the_closest_matches_and_writes_nothing(db, ref, town, data, key, words):
    before = snapshot(db)
    with pytest.raises(InspectorError) as err:
        record_finding(db, ref, FindingInput(person="新人员", **data), "x")
    assert err.value.key == key and words in str(err.value)
    assert snapshot(db) == before


def test_a_text_file_named_jpg_is_refused_before_anything_is_written(db, ref, town, tmp_path):
    fake = tmp_path / "IMG_0002.jpg"
    fake.write_text("not a photo", encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(InspectorError) as err:
        record_finding(db, ref, FindingInput(unit="区人社局", category="late", at="2026-10-15T09:40",
                                             photos=(photo(tmp_path), fake)), "x")
    assert err.value.key == "photo_unreadable"
    assert snapshot(db) == before


def test_review_decides_the_handling_and_voiding_keeps_the_record(db, ref, town):
    f = record_finding(db, ref, FindingInput(unit="区人社局", person="张三明", category="late", at="2026-10-15T09:40"), "x")
    with db.session() as s:
        found = get_finding(s, f.id)
        with pytest.raises(InspectorError):
            decide_handling(s, ref, found, "criticism_education", "office", __import__("datetime").date(2026, 10, 20))
    with db.session() as s:
        found = get_finding(s, f.id)
        change_status(found, FindingStatus.SUBMITTED)
        decide_handling(s, ref, found, "criticism_education", "office", __import__("datetime").date(2026, 10, 20))
    with db.session() as s:
        found = get_finding(s, f.id)
        change_status(found, FindingStatus.VOIDED, "经核实系因公外出")
    with db.session() as s:
        found = get_finding(s, f.id)
        assert found.status == "voided" and found.void_reason == "经核实系因公外出"
