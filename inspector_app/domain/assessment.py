"""考核评价's rules: how service users' dissatisfaction is judged (seed 001: a unit whose 不满意率
reaches 20% must explain in writing; at 30% its head is held to account), and how a unit's year is
scored (no source document sets the points: they are the office's local settings, with these
defaults), kept as the office's settings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol

from pydantic import BaseModel, Field

Flag = Literal["ok", "explain", "grave"]


class Scored(Protocol):
    """What a unit's score is made of (services.assessment.UnitProfile has these)."""
    findings: dict[str, int]
    prohibitions: int
    complaints_true: int
    rectified_late: int
    rectification_refused: int
    accountability: int
    visits_clean: int
    commitments_partly: int
    commitments_broken: int
    satisfaction_flag: str | None


# what seed 001 asks of a unit's head when its service users' dissatisfaction reaches a threshold,
# and the accountability it offers (a 一把手 without sufficient reason resigns: 责令辞职)
CONSEQUENCES = {"explain": ("其“一把手”要深查原因，向全区作出检讨和表态",
                            "Its head looks into the causes and answers for them before the district"),
                "grave": ("其“一把手”没有充分理由说明的，必须引咎辞职",
                          "Its head resigns unless there is sufficient reason")}
GRAVE_SANCTION = "ordered_resignation"  # 责令辞职, the accountability offered for a grave flag


class AssessmentRules(BaseModel):
    explain_at: float = Field(default=20.0, ge=1, le=100)  # 不满意率 (%) from which the unit explains in writing
    grave_at: float = Field(default=30.0, ge=1, le=100)    # … and from which its head is held to account
    # the score: `base` less points for what went wrong, plus a capped bonus for clean visits
    base: float = Field(default=100.0, ge=0, le=1000)
    per_finding: float = Field(default=1.0, ge=0, le=100)           # each finding …
    per_prohibition: float = Field(default=3.0, ge=0, le=100)       # … a breach of the 四条禁令 instead
    per_complaint_true: float = Field(default=2.0, ge=0, le=100)    # a complaint found (partly) true
    per_late: float = Field(default=1.0, ge=0, le=100)              # a rectification reported late
    per_refused: float = Field(default=2.0, ge=0, le=100)           # a rectification sent back
    per_accountability: float = Field(default=5.0, ge=0, le=100)    # the unit's head held to account
    per_broken: float = Field(default=2.0, ge=0, le=100)            # a service commitment not kept (half: partly)
    explain_points: float = Field(default=5.0, ge=0, le=100)        # dissatisfaction at explain_at
    grave_points: float = Field(default=10.0, ge=0, le=100)         # … at grave_at
    per_clean_visit: float = Field(default=0.5, ge=0, le=100)       # a visit that found nothing wrong
    clean_cap: float = Field(default=5.0, ge=0, le=100)             # the most clean visits add

    def flag(self, rate: float | None) -> Flag | None:
        """ok, explain (≥ explain_at) or grave (≥ grave_at); None without a survey."""
        if rate is None:
            return None
        return "grave" if rate >= self.grave_at else "explain" if rate >= self.explain_at else "ok"

    def score(self, p: Scored) -> float:
        """The unit's score for the period, never below 0, to one decimal."""
        findings = sum(p.findings.values())
        lost = ((findings - p.prohibitions) * self.per_finding + p.prohibitions * self.per_prohibition
                + p.complaints_true * self.per_complaint_true + p.rectified_late * self.per_late
                + p.rectification_refused * self.per_refused + p.accountability * self.per_accountability
                + (p.commitments_broken + p.commitments_partly / 2) * self.per_broken
                + {"explain": self.explain_points, "grave": self.grave_points}.get(p.satisfaction_flag or "", 0))
        gained = min(p.visits_clean * self.per_clean_visit, self.clean_cap)
        return round(max(0.0, self.base - lost + gained), 1)


def dissatisfied_rate(respondents: int, dissatisfied: int) -> float | None:
    """不满意率 in percent, to one decimal (None when nobody answered)."""
    return round(100 * dissatisfied / respondents, 1) if respondents else None


@dataclass(frozen=True)
class SurveyCounts:
    """One unit's survey for one period as a workbook gives it."""
    satisfied: int
    basic: int
    dissatisfied: int

    @property
    def respondents(self) -> int:
        return self.satisfied + self.basic + self.dissatisfied
