"""The office's rule for a laptop left unattended: the window locks itself after this many minutes
without a key pressed or the mouse moved (0: never). One setting for every laptop of the office."""

from __future__ import annotations

from pydantic import BaseModel, Field


class SecurityRules(BaseModel):
    idle_lock_minutes: int = Field(default=10, ge=0, le=240)
