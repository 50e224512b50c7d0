"""Deadlines in working days (工作日): complaints and rectification.

A working day is Monday to Friday, less the public holidays, plus the weekend days declared working
days (调休). The State Council's calendar comes from the `chinesecalendar` library for the years it
knows; the office adds a year the library does not know yet in its settings (`holidays`). A deadline
that runs through a year neither knows is counted on weekdays alone and says so (`Deadline.certain`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta

import chinese_calendar
from chinese_calendar import constants

LIBRARY_YEARS = frozenset(d.year for d in constants.holidays) | frozenset(d.year for d in constants.workdays)


@dataclass(frozen=True)
class YearDays:
    """One year's calendar as the office typed it: its holidays and its working weekend days."""
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()


@dataclass(frozen=True)
class Deadline:
    due_on: date
    unknown_years: tuple[int, ...] = ()  # years counted on weekdays alone: no calendar for them

    @property
    def certain(self) -> bool:
        return not self.unknown_years


@dataclass(frozen=True)
class WorkCalendar:
    """The library's calendar, with the office's own table for the years it adds (which win)."""
    office: Mapping[int, YearDays] = field(default_factory=dict)

    def knows(self, year: int) -> bool:
        return year in self.office or year in LIBRARY_YEARS

    def is_working_day(self, day: date) -> bool:
        own = self.office.get(day.year)
        if own is not None:
            return is_working_day(day, own.holidays, own.workdays)
        if day.year in LIBRARY_YEARS:
            return chinese_calendar.is_workday(day)
        return day.weekday() < 5

    def add(self, start: date, days: int) -> Deadline:
        """The date `days` working days after `start` (the day of receipt itself does not count)."""
        if days < 0:
            raise ValueError("days must not be negative")
        current, unknown = start, set()
        while days:
            current += timedelta(days=1)
            if not self.knows(current.year):
                unknown.add(current.year)
            if self.is_working_day(current):
                days -= 1
        return Deadline(current, tuple(sorted(unknown)))

    def unknown_between(self, start: date, end: date) -> tuple[int, ...]:
        """The years from `start` to `end` that no calendar covers."""
        return tuple(y for y in range(start.year, end.year + 1) if not self.knows(y))


def is_working_day(day: date, holidays: Collection[date] = (), workdays: Collection[date] = ()) -> bool:
    """Monday to Friday, less `holidays`, plus the weekend days declared working days (调休)."""
    if day in workdays:
        return True
    return day.weekday() < 5 and day not in holidays


def add_working_days(start: date, days: int, calendar: WorkCalendar | None = None) -> date:
    """The date `days` working days after `start` on `calendar` (the library's alone if None)."""
    return (calendar or WorkCalendar()).add(start, days).due_on
