from pathlib import Path

import pytest

from inspector_app.domain.catalogue import load_catalogue
from inspector_app.domain.datafile import DataFileError
from inspector_app.domain.escalation import load_rules
from inspector_app.domain.reference import load_reference
from inspector_app.paths import resource_path

GOOD = """\
groups:
  - code: work_discipline
    zh: 工作纪律
    en: Work discipline
sanctions:
  - code: criticism_education
    zh: 批评教育
    en: Criticism
violations:
  - code: late
    zh: 迟到
    en: Late
    group: work_discipline
    default_sanction: criticism_education
"""


def write(tmp_path: Path, text: str, name: str = "catalogue.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_bundled_catalogue_covers_the_domain(ref):
    cat = ref.catalogue
    for code in ("late", "left_early", "away_from_post", "computer_games", "online_chat", "lunch_drinking",
                 "mahjong_cards", "rude_service", "other"):
        assert cat.has_violation(code)
    assert cat.violation("late").zh == "迟到"
    assert cat.find_violation("迟到").code == "late" and cat.find_violation("LATE").code == "late"


# every code a finding or a decision may carry from an earlier version of the catalogue
EARLIER_TYPES = ("late", "left_early", "away_from_post", "window_unattended", "absent", "no_badge", "computer_games",
                 "online_chat", "stocks_shopping_videos", "sleeping_on_duty", "lunch_drinking", "mahjong_cards",
                 "public_funds_travel", "public_funds_entertainment", "rude_service", "passing_the_buck",
                 "asking_favours", "time_limit_exceeded", "first_contact_ignored", "other")
EARLIER_SANCTIONS = ("criticism_education", "order_rectify", "written_self_criticism", "admonition_talk",
                     "circulated_criticism", "efficiency_warning", "public_apology", "off_post_training", "transfer",
                     "ordered_resignation", "dismissal")


def test_every_earlier_type_and_sanction_is_still_there(ref):
    assert all(ref.catalogue.has_violation(c) for c in EARLIER_TYPES)
    assert all(ref.catalogue.has_sanction(c) for c in EARLIER_SANCTIONS)


def test_the_four_prohibitions_are_the_four_of_the_source(ref):
    cat = ref.catalogue
    assert [p.zh for p in cat.prohibitions] == [
        "禁止工作日午餐饮酒", "禁止上班时间上网聊天、玩电脑游戏", "禁止在机关或下基层时搓麻将",
        "禁止公款旅游度假和违反规定参与公款支付的高消费娱乐、健身活动"]
    broken = {cat.violation(c).prohibition for c in cat.breaches()}
    assert broken == {p.code for p in cat.prohibitions}
    assert all(cat.violation(c).group == "four_prohibitions" for c in cat.breaches())
    assert {v.code for v in cat.violations if v.group == "four_prohibitions"} == set(cat.breaches())
    assert "打牌" not in "".join(v.zh + v.phrase for v in cat.violations)
    # a first breach starts at the first step of the ladder
    assert {cat.violation(c).default_sanction for c in cat.breaches()} == {"efficiency_warning"}


def test_the_sanctions_are_ordered_as_the_sources_rank_them(ref):
    sev = ref.catalogue.severity
    # 四条禁令: 效能告诫、通报批评、离岗培训、调离岗位、直至辞退
    assert sev("efficiency_warning") < sev("circulated_criticism") < sev("off_post_training") < sev("transfer") \
        < sev("dismissal")
    # 一把手问责: 责令限期整改、书面检查、公开道歉、通报批评、责令辞职和建议免职
    assert sev("order_rectify") < sev("written_self_criticism") < sev("public_apology") \
        < sev("circulated_criticism") < sev("ordered_resignation") < sev("proposed_removal")
    # 第一年、第二年…分别给予“一把手”通报批评、诫勉谈话
    assert sev("circulated_criticism") < sev("admonition_talk")


def test_a_units_head_is_held_accountable_in_the_sources_six_forms(ref):
    assert [s.zh for s in ref.catalogue.accountability()] == [
        "责令限期整改", "书面检查", "公开道歉", "通报批评", "责令辞职", "建议免职"]


@pytest.mark.parametrize("code, words", [
    ("ab_post_not_kept", "AB岗"), ("hall_bypassed", "厅外受理"), ("arbitrary_charges", "乱收费"),
    ("refusal_not_reported", "否定报备"), ("service_promise_broken", "服务承诺"),
])
def test_the_halls_and_windows_rules_have_their_own_types(ref, code, words):
    assert words in ref.catalogue.violation(code).zh


def test_an_office_copy_in_the_data_directory_wins(tmp_path):
    write(tmp_path, GOOD)
    (tmp_path / "escalation.yaml").write_text("rules: []\n", encoding="utf-8")
    ref = load_reference(tmp_path)
    assert [v.code for v in ref.catalogue.violations] == ["late"]


@pytest.mark.parametrize("text, line, words", [
    (GOOD.replace("group: work_discipline", "group: nonexistent"), 13, "nonexistent"),
    (GOOD.replace("    en: Late\n", "    en: Late\n    colour: red\n"), 13, "colour"),
    (GOOD.replace("  - code: late", "  - code: Late Arrival"), 10, "code"),
    (GOOD.replace("    zh: 迟到\n", "    zh: [迟到\n"), 12, ""),
    (GOOD + "  - code: late\n    zh: 又迟到\n    en: Late\n    group: work_discipline\n"
            "    default_sanction: criticism_education\n", 15, "late"),
])
def test_a_bad_catalogue_names_the_file_the_line_and_the_problem(tmp_path, text, line, words):
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as err:
        load_catalogue(path)
    assert err.value.path == path
    assert err.value.line == line
    assert words in err.value.problem
    assert str(path) in str(err.value) and f"第 {line} 行" in str(err.value)


def test_a_catalogue_that_is_not_utf8_is_refused_clearly(tmp_path):
    path = tmp_path / "catalogue.yaml"
    path.write_bytes(GOOD.encode("gbk"))
    with pytest.raises(DataFileError, match="UTF-8"):
        load_catalogue(path)


def test_a_rule_naming_an_unknown_sanction_points_at_its_line(tmp_path, ref):
    path = write(tmp_path, """rules:
  - id: odd
    scope: person
    count: findings
    at_least: 2
    suggest: public_flogging
    zh: 测试
    en: test
""", "escalation.yaml")
    with pytest.raises(DataFileError) as err:
        load_rules(path, ref.catalogue)
    assert err.value.line == 6 and "public_flogging" in err.value.problem


def test_a_rule_must_either_suggest_or_alert(tmp_path, ref):
    path = write(tmp_path, "rules:\n  - id: odd\n    scope: unit\n    count: sanctions\n    at_least: 1\n"
                           "    zh: 测试\n    en: test\n", "escalation.yaml")
    with pytest.raises(DataFileError, match="exactly one"):
        load_rules(path, ref.catalogue)


def test_resources_are_found_from_the_source_tree():
    assert resource_path("catalogue.yaml").is_file()


def test_a_rule_counting_breaches_needs_a_catalogue_that_has_some(tmp_path):
    catalogue = load_catalogue(write(tmp_path, GOOD))
    path = write(tmp_path, "rules:\n  - id: odd\n    scope: person\n    count: findings\n    of_prohibitions: true\n"
                           "    at_least: 2\n    suggest: criticism_education\n    zh: 测试\n    en: test\n",
                 "escalation.yaml")
    with pytest.raises(DataFileError) as err:
        load_rules(path, catalogue)
    assert err.value.line == 5 and "四条禁令" in err.value.problem
