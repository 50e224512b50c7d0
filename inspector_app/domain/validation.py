"""Pure checks of what a user typed, separate from any write, so they are tested without a database."""

from __future__ import annotations

from datetime import date, datetime

from inspector_app.errors import InspectorError

_MINUTE_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S")


def parse_minute(text: str) -> datetime:
    """A local time to the minute, as inspectors write it: 2026-10-15T09:40 or 2026-10-15 09:40."""
    value = text.strip()
    for fmt in _MINUTE_FORMATS:
        try:
            return datetime.strptime(value, fmt).replace(second=0, microsecond=0)
        except ValueError:
            continue
    raise InspectorError("bad_time", text=text)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InspectorError("bad_date", text=text) from None


def require_text(value: str | None, field: str, max_length: int) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        raise InspectorError("field_required", field=field)
    if len(cleaned) > max_length:
        raise InspectorError("field_too_long", field=field, max=max_length)
    return cleaned
