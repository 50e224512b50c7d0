"""Deadlines in working days (工作日): complaints (30, extendable to 60; hotline 13) and rectification."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta


def is_working_day(day: date, holidays: Collection[date] = (), workdays: Collection[date] = ()) -> bool:
    """Monday to Friday, less public holidays, plus the weekend days declared working days (调休)."""
    if day in workdays:
        return True
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, days: int, holidays: Collection[date] = (),
                     workdays: Collection[date] = ()) -> date:
    """The date `days` working days after `start` (the day of receipt itself does not count)."""
    if days < 0:
        raise ValueError("days must not be negative")
    current = start
    while days:
        current += timedelta(days=1)
        if is_working_day(current, holidays, workdays):
            days -= 1
    return current
