"""Record identifiers: UUIDv7, generated on the device that creates the record (docs/sync.md)."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import uuid6


def new_id() -> uuid.UUID:
    """A time-ordered UUIDv7 as a plain uuid.UUID."""
    return uuid.UUID(int=uuid6.uuid7().int)


def utcnow() -> datetime:
    """Now, timezone-aware in UTC: the form of every bookkeeping timestamp."""
    return datetime.now(timezone.utc)
