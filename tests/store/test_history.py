"""The year's record behind the ladder: calendar years, voided findings, the finding being judged."""

from datetime import date

from inspector_app.domain.models import Finding, Handling
from inspector_app.store.history import suggest_handling, year_record
from tests.conftest import at


def add_findings(db, town, times, code="late", status="submitted"):
    with db.session() as s:
        found = [Finding(unit_id=town["hr"].id, person_id=town["zhang"].id, violation_code=code,
                         observed_at=at(t), status=status) for t in times]
        s.add_all(found)
    return found


def hint(db, ref, town, when, finding_id=None):
    with db.session() as s:
        return suggest_handling(s, ref, violation_code="late", observed_at=at(when), unit_id=town["hr"].id,
                                person_id=town["zhang"].id, finding_id=finding_id)


def test_lateness_in_december_does_not_count_in_january(db, ref, town):
    add_findings(db, town, ["2025-12-01T08:50", "2025-12-29T08:45"])
    assert hint(db, ref, town, "2026-01-05T08:55").sanction == "criticism_education"
    assert hint(db, ref, town, "2025-12-31T08:55").sanction == "admonition_talk"


def test_the_third_lateness_of_the_year_is_flagged_while_it_is_typed(db, ref, town):
    add_findings(db, town, ["2026-03-02T08:50", "2026-06-01T08:45"])
    s = hint(db, ref, town, "2026-10-15T08:55")
    assert s.sanction == "admonition_talk" and s.reasons[0].id == "late-three-times"


def test_a_saved_finding_is_counted_once(db, ref, town):
    found = add_findings(db, town, ["2026-03-02T08:50", "2026-06-01T08:45"])
    assert hint(db, ref, town, "2026-06-01T08:45", finding_id=found[1].id).sanction == "written_self_criticism"


def test_voided_findings_do_not_count(db, ref, town):
    add_findings(db, town, ["2026-03-02T08:50", "2026-06-01T08:45"], status="voided")
    assert hint(db, ref, town, "2026-10-15T08:55").sanction == "criticism_education"


def test_sanctions_count_in_the_year_they_were_decided(db, ref, town):
    found = add_findings(db, town, ["2025-12-20T08:50", "2026-01-10T08:50"], status="reviewed")
    with db.session() as s:
        s.add(Handling(finding_id=found[0].id, sanction_code="admonition_talk", decided_on=date(2025, 12, 28)))
        s.add(Handling(finding_id=found[1].id, sanction_code="admonition_talk", decided_on=date(2026, 1, 15)))
    with db.session() as s:
        assert year_record(s, 2026, person_id=town["zhang"].id).sanctions == {"admonition_talk": 1}
        assert year_record(s, 2026, unit_id=town["hr"].id).findings == {"late": 1}
