"""Which visit or finding each photo of a batch belongs to, by its capture time. Pure: the caller
supplies the photos' times and the inspection's visits; a person confirms the proposal."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

BEFORE = timedelta(minutes=10)        # photos a little before the recorded arrival (approaching the door)
AFTER = timedelta(minutes=30)         # after leaving (or after arrival when no departure was noted)
DEFAULT_STAY = timedelta(minutes=60)
FINDING_SLACK = timedelta(minutes=15)  # a photo this close to a finding's time is that finding's evidence


@dataclass(frozen=True)
class VisitWindow:
    visit_id: uuid.UUID
    arrived_at: datetime
    left_at: datetime | None
    findings: tuple[tuple[uuid.UUID, datetime], ...] = ()

    def contains(self, t: datetime) -> bool:
        end = (self.left_at or self.arrived_at + DEFAULT_STAY) + AFTER
        return self.arrived_at - BEFORE <= t <= end


@dataclass(frozen=True)
class Proposal:
    key: str                         # the photo (its path)
    visit_id: uuid.UUID | None
    finding_id: uuid.UUID | None
    reason: str                      # finding / visit / no_time / no_visit


def propose(photos: list[tuple[str, datetime | None]], visits: list[VisitWindow]) -> list[Proposal]:
    """For each photo: the nearest finding of the visit it was taken during, else the visit, else nothing."""
    out = []
    for key, taken in photos:
        if taken is None:
            out.append(Proposal(key, None, None, "no_time"))
            continue
        during = [v for v in visits if v.contains(taken)]
        if not during:
            out.append(Proposal(key, None, None, "no_visit"))
            continue
        # overlapping windows: the visit that started last before the photo, else the earliest one
        started = [v for v in during if v.arrived_at <= taken]
        visit = max(started, key=lambda v: v.arrived_at) if started else min(during, key=lambda v: v.arrived_at)
        near = [(abs(t - taken), fid) for fid, t in visit.findings if abs(t - taken) <= FINDING_SLACK]
        if near:
            out.append(Proposal(key, visit.visit_id, min(near)[1], "finding"))
        else:
            out.append(Proposal(key, visit.visit_id, None, "visit"))
    return out
