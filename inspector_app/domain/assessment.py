"""考核评价's rules: how service users' dissatisfaction is judged (seed 001: a unit whose 不满意率
reaches 20% must explain in writing; at 30% its head is held to account), kept as the office's
settings with these defaults."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Flag = Literal["ok", "explain", "grave"]


class AssessmentRules(BaseModel):
    explain_at: float = Field(default=20.0, ge=1, le=100)  # 不满意率 (%) from which the unit explains in writing
    grave_at: float = Field(default=30.0, ge=1, le=100)    # … and from which its head is held to account

    def flag(self, rate: float | None) -> Flag | None:
        """ok, explain (≥ explain_at) or grave (≥ grave_at); None without a survey."""
        if rate is None:
            return None
        return "grave" if rate >= self.grave_at else "explain" if rate >= self.explain_at else "ok"


def dissatisfied_rate(respondents: int, dissatisfied: int) -> float | None:
    """不满意率 in percent, to one decimal (None when nobody answered)."""
    return round(100 * dissatisfied / respondents, 1) if respondents else None
