"""A small district with reviewed findings ready for a notice: known names (rare characters
included), known counts, photos marked for notices."""

from __future__ import annotations

from datetime import date

import pytest

from inspector_app.domain.models import Evidence, Finding, Handling, Inspection, Person, Team, Visit
from inspector_app.evidence.intake import ingest_all
from inspector_app.reports.settings import load_notice_settings
from tests.conftest import at
from tests.evidence.images import photo


@pytest.fixture
def settings():
    return load_notice_settings()


@pytest.fixture
def october(db, town, tmp_path):
    """Four reviewed October findings in three units, two photos for the notice."""
    with db.session("test") as s:
        team = Team(name="第一督查组")
        insp = Inspection(title="10月暗访", mode="undercover", start_date=date(2026, 10, 15),
                          end_date=date(2026, 10, 16), team_id=team.id)
        s.add_all([team, insp])
        visits = {u: Visit(inspection_id=insp.id, unit_id=town[u].id, arrived_at=at(f"2026-10-15T{h}"))
                  for u, h in (("hr", "09:30"), ("fin", "10:00"), ("window", "10:40"), ("centre", "11:30"))}
        s.add_all(visits.values())
        visits["centre"].no_problem = True
        li = Person(name="李䶮", unit_id=town["fin"].id, position="副科长", leader=True, party_member=True)
        s.add(li)
        rows = [
            ("hr", town["zhang"].id, "", "computer_games", "2026-10-15T09:40", "circulated_criticism"),
            ("fin", li.id, "", "online_chat", "2026-10-15T10:05", "written_self_criticism"),
            ("window", town["wang"].id, "", "lunch_drinking", "2026-10-15T12:10", "efficiency_warning"),
            ("window", None, "一名女工作人员", "rude_service", "2026-10-16T14:20", "written_self_criticism"),
        ]
        found = []
        for unit, person, desc, code, when, sanction in rows:
            f = Finding(unit_id=town[unit].id, person_id=person, person_description=desc, violation_code=code,
                        observed_at=at(when), status="reviewed", visit_id=visits[unit].id, inspection_id=insp.id,
                        team_id=team.id, description="现场发现")
            s.add(f)
            s.add(Handling(finding_id=f.id, sanction_code=sanction, decided_on=date(2026, 10, 20)))
            found.append(f)
        # a draft and a finding of November: neither belongs in an October notice
        s.add(Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-10-20T08:50")))
        s.add(Finding(unit_id=town["hr"].id, violation_code="late", observed_at=at("2026-11-02T08:50"), status="reviewed"))
    results = ingest_all([photo(tmp_path / "a.jpg", taken=at("2026-10-15T09:41")),
                          photo(tmp_path / "b.jpg", taken=at("2026-10-15T12:11"), orientation=6)], db.data_dir)
    with db.session() as s:
        for f, r in ((found[0], results[0]), (found[2], results[1])):
            s.add(Evidence(finding_id=f.id, sha256=r.sha256, size=r.size, media_type="image/jpeg",
                           orientation=r.info.orientation, for_notice=True))
    return found
