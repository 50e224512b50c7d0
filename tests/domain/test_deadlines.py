from datetime import date

from hypothesis import given, strategies as st

from inspector_app.domain.deadlines import add_working_days, is_working_day


def test_thirty_working_days_skip_weekends():
    # received Friday 2026-10-02: 30 working days later is Friday 2026-11-13
    assert add_working_days(date(2026, 10, 2), 30) == date(2026, 11, 13)


def test_holidays_and_makeup_working_days_are_honoured():
    holiday, makeup = date(2026, 10, 5), date(2026, 10, 10)  # a Monday off, a Saturday on
    assert not is_working_day(holiday, holidays={holiday})
    assert is_working_day(makeup, workdays={makeup})
    assert add_working_days(date(2026, 10, 2), 1, holidays={holiday}) == date(2026, 10, 6)


@given(st.dates(date(2020, 1, 1), date(2030, 12, 31)), st.integers(1, 80))
def test_the_deadline_is_a_working_day_with_exactly_n_working_days_up_to_it(start, n):
    due = add_working_days(start, n)
    assert is_working_day(due)
    days = [date.fromordinal(o) for o in range(start.toordinal() + 1, due.toordinal() + 1)]
    assert sum(is_working_day(d) for d in days) == n
