"""Matching a batch of photos to visits and findings by capture time."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from hypothesis import given, strategies as st

from inspector_app.evidence.matching import FINDING_SLACK, VisitWindow, propose

T0 = datetime(2026, 10, 15, 9, 0)
F1, F2 = uuid.uuid4(), uuid.uuid4()
MORNING = VisitWindow(uuid.uuid4(), T0, T0 + timedelta(minutes=40),
                      ((F1, T0 + timedelta(minutes=5)), (F2, T0 + timedelta(minutes=30))))
AFTERNOON = VisitWindow(uuid.uuid4(), T0 + timedelta(hours=5), None)


def test_photos_go_to_the_nearest_finding_else_the_visit_else_nowhere():
    photos = [("a", T0 + timedelta(minutes=6)), ("b", T0 + timedelta(minutes=27)),
              ("c", T0 + timedelta(minutes=55)), ("d", T0 + timedelta(hours=5, minutes=10)),
              ("e", T0 + timedelta(hours=3)), ("f", None), ("g", T0 - timedelta(minutes=8))]
    got = {p.key: (p.visit_id, p.finding_id, p.reason) for p in propose(photos, [MORNING, AFTERNOON])}
    assert got["a"] == (MORNING.visit_id, F1, "finding")
    assert got["b"] == (MORNING.visit_id, F2, "finding")
    assert got["c"] == (MORNING.visit_id, None, "visit")       # still there, after the findings
    assert got["d"] == (AFTERNOON.visit_id, None, "visit")     # no departure noted: an hour assumed
    assert got["e"] == (None, None, "no_visit")
    assert got["f"] == (None, None, "no_time")
    assert got["g"] == (MORNING.visit_id, F1, "finding")       # just before the recorded arrival


def test_overlapping_visits_take_the_one_that_began_last():
    later = VisitWindow(uuid.uuid4(), T0 + timedelta(minutes=35), T0 + timedelta(minutes=60))
    (p,) = propose([("x", T0 + timedelta(minutes=50))], [MORNING, later])
    assert p.visit_id == later.visit_id


minutes = st.integers(0, 8 * 60)


@given(st.lists(st.tuples(st.text(min_size=1, max_size=3), st.one_of(st.none(), minutes)), max_size=30),
       st.lists(st.tuples(minutes, st.integers(5, 90), st.lists(st.integers(0, 90), max_size=4)), max_size=6))
def test_every_photo_gets_one_proposal_and_a_finding_only_from_its_visit(photos, visits):
    windows = []
    for start, stay, offsets in visits:
        arrived = T0 + timedelta(minutes=start)
        windows.append(VisitWindow(uuid.uuid4(), arrived, arrived + timedelta(minutes=stay),
                                   tuple((uuid.uuid4(), arrived + timedelta(minutes=o)) for o in offsets)))
    shots = [(k, None if m is None else T0 + timedelta(minutes=m)) for k, m in photos]
    out = propose(shots, windows)
    assert [p.key for p in out] == [k for k, _ in shots]
    by_visit = {w.visit_id: w for w in windows}
    for (key, taken), p in zip(shots, out):
        if p.finding_id is not None:
            times = dict(by_visit[p.visit_id].findings)
            assert abs(times[p.finding_id] - taken) <= FINDING_SLACK
        if p.visit_id is not None:
            assert by_visit[p.visit_id].contains(taken)
        else:
            assert taken is None or not any(w.contains(taken) for w in windows)
