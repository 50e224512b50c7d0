"""Recording a finding as a user types it: lookups, new people, photos, and bad input that writes nothing."""

from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from sqlmodel import select

from inspector_app.domain.enums import FindingStatus
from inspector_app.domain.models import Evidence, Finding, OutboxOp, Person
from inspector_app.errors import InspectorError
from inspector_app.services import findings
from inspector_app.services.findings import FindingFilter, FindingInput
from inspector_app.services.workspace import Workspace
from tests.conftest import raw

TABLES = ("finding", "person", "evidence", "outbox", "audit_log")


def snapshot(db):
    conn = raw(db)
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
    f = findings.record(Workspace(db, ref, "duchayuan01"), FindingInput(
        unit="人社局", person="赵犇", category="迟到", at="2026-10-15 09:40", note="9时40分尚未到岗",
        photos=(photo(tmp_path),)))
    with db.session() as s:
        f = s.get(Finding, f.id)
        person = s.get(Person, f.person_id)
        ev = s.exec(__import__("sqlmodel").select(Evidence).where(Evidence.finding_id == f.id)).one()
    assert person.name == "赵犇" and person.unit_id == town["hr"].id
    assert f.status == FindingStatus.DRAFT and f.violation_code == "late" and f.created_by == "duchayuan01"
    assert ev.captured_at.isoformat() == "2026-10-15T09:40:31" and ev.media_type == "image/jpeg"
    assert db.blobs.read(ev.sha256) == (tmp_path / "IMG_0001.jpg").read_bytes()


def test_a_finding_is_found_by_the_name_of_a_person_created_with_it(ws, town):
    for name in ("欧阳淼淼", "赵犇"):  # the trigram index and the short-word fallback
        f = findings.record(ws, FindingInput(unit="区财政局", person=name, category="late", at="2026-10-15T09:40"))
        assert [r.id for r in findings.page(ws, FindingFilter(text=name)).rows] == [f.id]


def test_a_known_person_is_reused(ws, db, town):
    before, _ = snapshot(db)
    f = findings.record(ws, FindingInput(unit="区人社局", person="张三明", category="late", at="2026-10-15T09:40"))
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
def test_bad_input_names_the_closest_matches_and_writes_nothing(ws, db, town, data, key, words):
    before = snapshot(db)
    with pytest.raises(InspectorError) as err:
        findings.record(ws, FindingInput(person="新人员", **data))
    assert err.value.key == key and words in str(err.value)
    assert snapshot(db) == before


def test_a_text_file_named_jpg_is_refused_before_anything_is_written(ws, db, town, tmp_path):
    fake = tmp_path / "IMG_0002.jpg"
    fake.write_text("not a photo", encoding="utf-8")
    before = snapshot(db)
    with pytest.raises(InspectorError) as err:
        findings.record(ws, FindingInput(unit="区人社局", category="late", at="2026-10-15T09:40",
                                         photos=(photo(tmp_path), fake)))
    assert err.value.key == "photo_unreadable"
    assert snapshot(db) == before


def test_review_decides_the_handling_and_voiding_keeps_the_record(ws, db, town):
    f = findings.record(ws, FindingInput(unit="区人社局", person="张三明", category="late", at="2026-10-15T09:40"))
    with pytest.raises(InspectorError):  # a draft is not reviewed
        findings.decide(ws, f.id, "criticism_education", decided_on=date(2026, 10, 20))
    findings.move(ws, f.id, FindingStatus.SUBMITTED)
    with pytest.raises(InspectorError) as err:
        findings.decide(ws, f.id, "no_such_sanction")
    assert err.value.key == "sanction_unknown"
    handling = findings.decide(ws, f.id, "criticism_education", decided_on=date(2026, 10, 20))
    assert (handling.sanction_code, handling.decided_by, handling.suggested_code) == (
        "criticism_education", "test", "criticism_education")
    findings.move(ws, f.id, FindingStatus.VOIDED, "经核实系因公外出")
    with db.session() as s:
        found = s.get(Finding, f.id)
        assert found.status == "voided" and found.void_reason == "经核实系因公外出"


def test_save_and_submit_is_one_transaction_with_one_outbox_entry(ws, db, town):
    """The quick entry's "保存后提交审核": the finding goes up submitted, in one edit, not two."""
    f = findings.record(ws, FindingInput(unit="区人社局", person="张三明", category="late", at="2026-10-15T09:40"),
                        submit=True)
    with db.session() as s:
        ops = s.exec(select(OutboxOp).where(OutboxOp.entity == "finding", OutboxOp.entity_id == f.id)).all()
        assert s.get(Finding, f.id).status == FindingStatus.SUBMITTED
    assert [(op.fields["status"], "id" in op.fields) for op in ops] == [("submitted", True)]
    assert [h.action for h in findings.detail(ws, f.id).history] == ["create"]


def test_a_draft_that_cannot_be_submitted_is_not_recorded_either(ws, db, town):
    before = snapshot(db)
    with pytest.raises(InspectorError):
        findings.record(ws, FindingInput(unit="区人社局", category="迟大", at="2026-10-15T09:40"), submit=True)
    assert snapshot(db) == before


def test_a_findings_detail_is_what_every_face_shows(ws, town):
    """Facts, unit and person, evidence, the ladder's suggestion, the person's other findings of
    the year (not this one), and the history."""
    first = findings.record(ws, FindingInput(unit="区人社局", person="张三明", category="late", at="2026-10-14T09:40"))
    second = findings.record(ws, FindingInput(unit="区人社局", person="张三明", category="late", at="2026-10-15T09:45"),
                             submit=True)
    shown = findings.detail(ws, second.id)
    assert (shown.unit.name, shown.person.name, shown.who) == ("区人社局", "张三明", "科员张三明")
    assert [r.id for r in shown.this_year] == [first.id]
    assert shown.suggestion.sanction and shown.evidence == [] and len(shown.history) == 1
    with pytest.raises(InspectorError) as err:
        findings.detail(ws, "not-an-id")
    assert err.value.key == "finding_unknown"
