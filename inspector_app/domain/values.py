"""Column values as JSON, the one encoding of the outbox, the audit log and the sync protocol:
UUIDs as strings, dates and times in ISO 8601 (zone-aware ones in UTC)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timezone
from typing import Any


def to_json(value: Any) -> Any:
    """A column value as JSON; anything else as it is."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).isoformat()
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value
