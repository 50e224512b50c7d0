"""Working days: the State Council's calendar (holidays and worked weekends) for the years the library
knows, the office's own table for a year it does not, and weekdays alone, said so, for neither."""

from datetime import date

from hypothesis import given, strategies as st

from inspector_app.domain.deadlines import LIBRARY_YEARS, WorkCalendar, YearDays, add_working_days


def test_thirty_working_days_over_national_day():
    # received Friday 2026-10-02 in the holiday (1–7 October); the 10 October Saturday is worked:
    # 30 working days later is Tuesday 17 November (weekdays alone would give Friday 13 November)
    assert add_working_days(date(2026, 10, 2), 30) == date(2026, 11, 17)


def test_the_worked_saturday_counts_and_the_holiday_does_not():
    cal = WorkCalendar()
    assert cal.is_working_day(date(2026, 10, 10)) and not cal.is_working_day(date(2026, 10, 5))
    assert cal.add(date(2026, 9, 30), 1).due_on == date(2026, 10, 8)


def test_a_year_no_calendar_knows_is_counted_on_weekdays_and_said():
    assert 2027 not in LIBRARY_YEARS  # the day the library learns 2027, this test asks for a later year
    due = WorkCalendar().add(date(2026, 12, 28), 5)
    assert due.due_on == date(2027, 1, 4) and due.unknown_years == (2027,) and not due.certain
    office = WorkCalendar({2027: YearDays(frozenset({date(2027, 1, 1)}), frozenset())})
    assert office.add(date(2026, 12, 28), 5).due_on == date(2027, 1, 5)
    assert office.add(date(2026, 12, 28), 5).certain


@given(st.dates(date(2005, 1, 1), date(2026, 9, 30)), st.integers(1, 60))
def test_the_deadline_is_a_working_day_with_exactly_n_working_days_up_to_it(start, n):
    cal = WorkCalendar()
    due = cal.add(start, n)
    assert due.certain and cal.is_working_day(due.due_on)
    days = [date.fromordinal(o) for o in range(start.toordinal() + 1, due.due_on.toordinal() + 1)]
    assert sum(cal.is_working_day(d) for d in days) == n
