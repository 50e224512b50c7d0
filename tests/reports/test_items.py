"""A notice's items, people and handlings as a reader checks them: the inspectors' facts in whole
sentences, the person as the naming choice allows, counts that do not depend on that choice."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings, strategies as st

from inspector_app.domain.chinese import chinese_minute, chinese_number, head_count
from inspector_app.reports.items import Record, handlings, item_text, items, people, sentences
from inspector_app.reports.model import parse_body

T = datetime(2026, 11, 2, 9, 6)
LATE = "{time}，{unit}{who}上班迟到，检查时尚未到岗。"
OVERDUE = "{unit}办理事项超过承诺时限（限时办结制）。"
OTHER = "{time}，{unit}{who}"


def rec(i=0, unit="区信访局", phrase=LATE, name="", position="", described="", description="", sanction="",
        at=T, person=""):
    return Record(f"f{i}", at, unit, phrase, person or (f"p-{name}" if name else ""), name, position, described,
                  description, sanction)


def test_the_inspectors_facts_follow_the_types_sentence():
    r = rec(name="黄三明", position="科员", description="经查考勤记录，该同志当日42分钟后方到岗。")
    assert item_text(r, "masked") == "11月2日9时6分，区信访局科员黄某某上班迟到，检查时尚未到岗。经查考勤记录，该同志当日42分钟后方到岗。"


def test_words_quick_entry_began_with_the_time_are_the_item_named_as_chosen():
    said = "11月2日9时6分，区信访局科员黄三明到岗时已9时20分。黄三明称堵车。"
    r = rec(name="黄三明", position="科员", description=said)
    assert item_text(r, "full") == said
    assert item_text(r, "masked") == "11月2日9时6分，区信访局科员黄某某到岗时已9时20分。黄某某称堵车。"
    assert item_text(r, "none") == "11月2日9时6分，区信访局科员到岗时已9时20分。该同志称堵车。"


def test_every_item_has_its_time_and_person_and_ends_a_sentence():
    overdue = rec(phrase=OVERDUE, unit="区审计局", name="李四", position="科长")
    assert item_text(overdue, "masked") == "11月2日9时6分，区审计局科长李某某办理事项超过承诺时限（限时办结制）。"
    other = rec(phrase=OTHER, described="一名值班人员", description="11月2日9时6分，区信访局一名值班人员")
    assert item_text(other, "masked") == "11月2日9时6分，区信访局一名值班人员存在违反工作纪律的行为。"
    told = rec(phrase=OTHER, described="一名值班人员", description="在值班室看电视，未接听群众来电")
    assert item_text(told, "masked").endswith("在值班室看电视，未接听群众来电。")


def test_no_word_twice_where_the_unit_meets_the_person():
    r = rec(unit="区行政服务中心不动产登记窗口", described="窗口工作人员")
    assert "窗口窗口" not in item_text(r, "masked")
    assert item_text(r, "masked").startswith("11月2日9时6分，区行政服务中心不动产登记窗口工作人员上班迟到")


def test_private_numbers_and_long_stories_are_left_out_in_whole_sentences():
    story = "经查考勤记录，该同志当日42分钟后方到岗。其手机号13912345678。" + "同事称其经常迟到，多次提醒未改。" * 5
    text = item_text(rec(name="黄三明", position="科员", description=story), "masked")
    assert "139" not in text and len(text) < 160
    assert all(s.endswith("。") for s in sentences(text)) and set(sentences(text)) <= set(
        sentences(item_text(rec(name="黄三明", position="科员"), "masked") + story))


def test_identical_findings_merge_into_one_item_counting_everyone():
    same = [rec(i, described="一名工作人员", unit="区发改局", phrase=OVERDUE) for i in range(2)]
    merged = items(same, "masked")
    assert len(merged) == 1 and "区发改局两名工作人员办理事项超过承诺时限" in merged[0].text
    assert merged[0].finding_ids == ("f0", "f1")
    named = [rec(0, name="张三", position="科员"), rec(1, name="李四", position="办事员")]
    assert "区信访局科员张某某、办事员李某某上班迟到" in items(named, "masked")[0].text
    later = [rec(0, name="张三"), rec(1, name="李四", at=T + timedelta(minutes=5))]
    assert len(items(later, "masked")) == 2


def test_a_description_of_two_people_counts_two():
    assert [head_count(d) for d in ("两名工作人员", "3名窗口人员", "十二名", "一名值班人员", "值班人员", "多名群众")] == \
        [2, 3, 12, 1, 1, 2]
    assert people([rec(0, described="两名工作人员"), rec(1, name="张三"), rec(2, name="张三", at=T)]) == 3


def test_handling_names_everyone_with_only_their_own_title():
    rs = [rec(0, name="张欣瑶", position="窗口工作人员", unit="区人社局", sanction="书面检查"),
          rec(1, name="陈𠮷", unit="区财政局", sanction="书面检查"),
          rec(2, described="两名工作人员", unit="区发改局", sanction="书面检查")]
    rs += [rec(10 + i, name=f"王{i}", position="科员", sanction="书面检查") for i in range(5)]
    (sanction, names, n), = handlings(rs, "full", ["效能告诫", "书面检查"])
    assert names[:3] == ["区人社局窗口工作人员张欣瑶", "区财政局陈𠮷", "区发改局两名工作人员"]
    assert len(names) == 8 and n == 9
    (_, unnamed, n), = handlings(rs, "none", ["书面检查"])
    assert unnamed[3:] == ["区信访局五名科员"] and n == 9  # not 区信访局科员 five times


names = st.sampled_from(["张三明", "李䶮", "王𠮷", "欧阳淼淼", "赵四"])
records = st.lists(st.builds(
    lambda i, name, described, minutes, sanction, unit: rec(
        i, unit=unit, name=name or "", position="科员" if name else "", described="" if name else described,
        at=T + timedelta(minutes=minutes), sanction=sanction),
    st.integers(0, 10_000), st.one_of(st.none(), names), st.sampled_from(["一名工作人员", "两名工作人员", "3名值班人员"]),
    st.integers(0, 3), st.sampled_from(["", "效能告诫", "书面检查"]), st.sampled_from(["区人社局", "区财政局"])),
    max_size=12, unique_by=lambda r: r.finding_id)


@settings(max_examples=80, deadline=None)
@given(records)
def test_the_figures_do_not_depend_on_the_naming(rs):
    by_naming = {}
    for naming in ("full", "masked", "none"):
        hs = handlings(rs, naming, ["效能告诫", "书面检查"])
        its = items(rs, naming)
        by_naming[naming] = ([(s, n) for s, _, n in hs], sorted(f for i in its for f in i.finding_ids))
        if naming == "none":  # no two alike: people the notice cannot tell apart are counted together
            assert all(len(set(ns)) == len(ns) for _, ns, _ in hs)
        for i in its:
            assert i.text.endswith("。") and chinese_minute(T)[:5] in i.text
            if naming != "full":
                assert not any(full in i.text for full in ("张三明", "李䶮", "王𠮷", "欧阳淼淼", "赵四"))
    assert by_naming["full"] == by_naming["masked"] == by_naming["none"]
    assert by_naming["full"][1] == sorted(r.finding_id for r in rs)     # every finding in exactly one item


def test_numbers_past_ten_stay_chinese():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 21, 99, 105)] == ["一", "十", "十一", "二十", "二十一", "九十九",
                                                                         "一百零五"]


def test_structure_comes_from_numbering_and_punctuation():
    blocks = parse_body("一、发现的主要问题\n（十一）区审计局\n1．区审计局办理事项超过承诺时限（限时办结制）。\n"
                        "2．11月2日9时6分，区信访局科员黄某某上班迟到。经查，……\n（一）认真自查自纠。各单位要以此为戒。\n"
                        "1.一个三级标题\n正文。")
    assert [(b.level, b.heading, b.text[:b.head]) for b in blocks] == [
        (1, True, "一、发现的主要问题"), (2, True, "（十一）区审计局"), (3, False, ""), (3, False, ""),
        (2, False, "（一）认真自查自纠。"), (3, True, "1.一个三级标题"), (0, False, "")]
