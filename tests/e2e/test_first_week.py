"""An office's first week with three roles and two teams: the office's roster reaches the laptops;
two inspectors record findings with photos offline (at planned visits, and one met on the way with
no inspection at all) and sync; the office sees every finding with every photo, decides, issues a
notice; the inspectors pull it all back. Nothing is refused, every photo reaches the hub byte for
byte, and each team sees only its own work."""

from __future__ import annotations

from datetime import date, datetime

from inspector_app.domain.enums import FindingStatus
from inspector_app.services import evidence, findings, inspections, notices, roster, sync
from inspector_app.services.findings import FindingFilter, FindingInput
from tests.evidence.images import photo


def team_of(ws, name):
    return next(team_id for team_id, team in roster.teams(ws) if team == name)


def test_the_first_week(district, tmp_path):
    office, zhao, qian = district.office, district.team_one, district.team_two
    assert {"区人社局", "区财政局"} <= set(roster.unit_names(zhao)) and "张三明" in roster.person_names(zhao, "区人社局")

    pictures, recorded = {}, {}
    for ws, team, unit, hours in ((zhao, "第一督查组", "区人社局", (9, 10)), (qian, "第二督查组", "区财政局", (14,))):
        trip = inspections.create(ws, f"{team}暗访", "undercover", date(2026, 12, 1), date(2026, 12, 4),
                                  team_of(ws, team), [unit])
        visit, _ = inspections.arrive(ws, trip.id, unit, datetime(2026, 12, 1, hours[0], 0))
        for hour in hours:
            shots = [photo(tmp_path / f"{ws.actor}-{hour}-{i}.jpg", taken=datetime(2026, 12, 1, hour, 5 + i))
                     for i in range(2)]
            found = findings.record(ws, FindingInput(unit="", category="online_chat", at=f"2026-12-01T{hour:02}:05",
                                                     person_description="一名工作人员", photos=tuple(shots),
                                                     visit_id=visit.id), submit=True)
            recorded[found.id], pictures[found.id] = ws, shots
    # met on the way, outside any inspection: the finding is still the team's
    shot = photo(tmp_path / "on-the-way.jpg", taken=datetime(2026, 12, 2, 8, 50))
    met = findings.record(zhao, FindingInput(unit="区财政局", category="late", at="2026-12-02T08:50",
                                             person="新来的人", photos=(shot,)), submit=True)
    recorded[met.id], pictures[met.id] = zhao, [shot]

    for ws in (zhao, qian):
        report = sync.sync(ws)
        assert report.refused == [] and report.missing_on_hub == [], ws.actor
    got = sync.sync(office)
    assert got.refused == [] and got.photos_fetched == sum(len(p) for p in pictures.values())

    # the office sees every finding with every photo, byte for byte, on the hub and on its laptop
    for finding_id, shots in pictures.items():
        shown = findings.detail(office, finding_id)
        assert shown.finding.status == FindingStatus.SUBMITTED
        assert sorted(e.original_name for e in shown.photos) == sorted(p.name for p in shots)
        for ev in shown.photos:
            original = next(p for p in shots if p.name == ev.original_name).read_bytes()
            assert evidence.original(office, ev.sha256) == original
            assert district.hub.blobs.path_for(ev.sha256).read_bytes() == original
    assert "新来的人" in [p.name for p in roster.provisional(office)]

    for finding_id in recorded:
        findings.decide(office, finding_id)
    req = notices.request(office, "2026-12-01", "2026-12-07")
    issued = notices.issue(office, notices.compose(office, req, date(2026, 12, 8)).id, None, date(2026, 12, 8))
    assert len(notices.ledger_rows(office, issued.id)) == len(recorded)
    assert sync.sync(office).refused == []

    # each team pulls its own findings back, notified, and nothing of the other team's
    for ws in (zhao, qian):
        assert sync.sync(ws).refused == []
        mine = {f for f, owner in recorded.items() if owner is ws}
        listed = {r.id for r in findings.page(ws, FindingFilter()).rows}
        assert listed == mine, ws.actor
        assert {findings.detail(ws, f).finding.status for f in mine} == {FindingStatus.NOTIFIED}
