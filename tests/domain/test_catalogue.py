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
    assert cat.severity("admonition_talk") < cat.severity("circulated_criticism") < cat.severity("efficiency_warning")
    assert cat.find_violation("迟到").code == "late" and cat.find_violation("LATE").code == "late"


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
