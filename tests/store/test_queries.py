from datetime import date

import pytest

from inspector_app.domain.models import Finding
from inspector_app.store.queries import FindingFilter, count_findings, page_findings
from tests.conftest import at


@pytest.fixture
def findings(db, town):
    rows = [
        ("hr", "zhang", "late", "2026-09-30T08:50", "submitted", "上班迟到二十分钟"),
        ("hr", "zhang", "computer_games", "2026-10-01T10:05", "reviewed", "上班时间玩电脑游戏"),
        ("fin", "li", "online_chat", "2026-10-15T14:20", "draft", "上班时间上网聊天 100%投入"),
        ("window", "wang", "window_unattended", "2026-10-31T23:59", "submitted", "窗口无人，群众排队"),
        ("window", None, "rude_service", "2026-11-01T00:00", "voided", "态度生硬"),
    ]
    with db.session() as s:
        for unit, person, code, when, status, text in rows:
            s.add(Finding(unit_id=town[unit].id, person_id=town[person].id if person else None,
                          person_description="" if person else "一名女工作人员", violation_code=code,
                          observed_at=at(when), status=status, description=text, place="三楼"))
    return rows


def texts(db, flt, **kw):
    with db.session() as s:
        return [r.description for r in page_findings(s, flt, **kw).rows]


def test_dates_are_inclusive_to_the_last_minute_of_the_day(db, findings):
    got = texts(db, FindingFilter(date_from=date(2026, 10, 1), date_to=date(2026, 10, 31)))
    assert got == ["窗口无人，群众排队", "上班时间上网聊天 100%投入", "上班时间玩电脑游戏"]


def test_a_unit_filter_includes_the_windows_below_it(db, town, findings):
    got = texts(db, FindingFilter(unit_ids=(town["centre"].id,)))
    assert sorted(got) == ["态度生硬", "窗口无人，群众排队"]


def test_type_status_and_person_filters_combine(db, town, findings):
    assert texts(db, FindingFilter(codes=("late", "online_chat"), statuses=("submitted",))) == ["上班迟到二十分钟"]
    assert len(texts(db, FindingFilter(person_ids=(town["zhang"].id,)))) == 2


@pytest.mark.parametrize("query, expected", [
    ("电脑游戏", ["上班时间玩电脑游戏"]),          # three characters or more: the trigram index
    ("迟到", ["上班迟到二十分钟"]),               # two characters: still found
    ("张三明", ["上班时间玩电脑游戏", "上班迟到二十分钟"]),  # the person's name
    ("李堃", ["上班时间上网聊天 100%投入"]),        # a rare character in a name
    ("王𠮷", ["窗口无人，群众排队"]),               # CJK Extension B
    ("不动产", ["态度生硬", "窗口无人，群众排队"]),   # the unit's name
    ("一名女", ["态度生硬"]),                     # a described person
    ("100%", ["上班时间上网聊天 100%投入"]),        # LIKE wildcards are literal
    ("%", ["上班时间上网聊天 100%投入"]),
    ("上班 游戏", ["上班时间玩电脑游戏"]),           # every word must occur
    ('"', []),
])
def test_full_text_search_finds_chinese_text(db, findings, query, expected):
    assert sorted(texts(db, FindingFilter(text=query))) == sorted(expected)


def test_search_follows_a_renamed_person(db, town, findings):
    from inspector_app.domain.models import Person
    with db.session() as s:
        s.get(Person, town["zhang"].id).name = "张三淼"
    assert len(texts(db, FindingFilter(text="张三淼"))) == 2
    assert texts(db, FindingFilter(text="张三明")) == []


def test_sorting_and_paging_cover_every_row_once(db, findings):
    with db.session() as s:
        pages = [page_findings(s, FindingFilter(), sort="unit", descending=False, offset=o, limit=2)
                 for o in (0, 2, 4)]
    assert all(p.total == 5 for p in pages)
    units = [r.unit_name for p in pages for r in p.rows]
    assert len(units) == 5 and units == sorted(units)


def test_the_count_matches_the_filter(db, findings):
    with db.session() as s:
        assert count_findings(s, FindingFilter(statuses=("submitted",))) == 2
