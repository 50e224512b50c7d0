"""Titles broken as GB/T 9704 wants them shaped: trapezoid or diamond, no word split."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from inspector_app.reports.title import WORDS, atoms, title_lines


def width(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1 for ch in text)


def test_the_monthly_titles_are_trapezoids():
    for period in ("2026年11月", "2026年11月1日至11月10日", "2026年10月8日至11月7日"):
        title = f"关于{period}机关作风效能明察暗访情况的通报"
        lines = title_lines(title, width, 18.4, 1)
        assert lines == [f"关于{period}", "机关作风效能明察暗访情况的通报"]
        assert width(lines[1]) - width(lines[0]) >= 1


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "2026年11月", "3起", "的", "和", "区人社局"]), min_size=3, max_size=16))
def test_no_word_is_split_and_no_line_overflows(words):
    title = "".join(words)
    lines = title_lines(title, width, 18.4, 1)
    assert "".join(lines) == title
    assert all(width(line) <= 18.4 for line in lines) or len(lines) == 1
    ends = {sum(len(line) for line in lines[:k]) for k in range(1, len(lines))}
    inside = {sum(len(a) for a in atoms(title)[:k]) for k in range(1, len(atoms(title)))}
    assert ends <= inside                     # every break falls between pieces, never inside one
    if len(lines) == 2:
        assert width(lines[0]) < width(lines[1]) or width(title) > 2 * 18.4 - 1   # not an upside-down shape
