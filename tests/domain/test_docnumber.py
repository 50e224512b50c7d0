import pytest
from hypothesis import given, strategies as st

from inspector_app.domain.docnumber import DocNumber, parse_number
from inspector_app.errors import InspectorError


@pytest.mark.parametrize("text", ["区效能办〔2026〕12号", "市纪办〔2025〕1号", " 区效能办〔2026〕3号 "])
def test_well_formed_numbers(text):
    parsed = parse_number(text)
    assert str(parsed) == text.strip()


@pytest.mark.parametrize("text, why", [
    ("区效能办[2026]12号", "括号"), ("区效能办（2026）12号", "括号"), ("区效能办〔2026〕第12号", "第"),
    ("区效能办〔2026〕012号", "前导零"), ("区效能办〔26〕12号", "格式"), ("区效能办〔2026〕12", "格式"),
    ("〔2026〕12号", "格式"), ("区效能办〔1899〕12号", "年份"),
])
def test_malformed_numbers_say_what_is_wrong(text, why):
    with pytest.raises(InspectorError) as err:
        parse_number(text)
    assert err.value.key == "docnumber_bad" and why in str(err.value)


@given(st.text(alphabet="区市县效能办纪委", min_size=1, max_size=8), st.integers(2000, 2100), st.integers(1, 99999))
def test_formatting_and_parsing_agree(org, year, seq):
    number = DocNumber(org, year, seq)
    assert parse_number(str(number)) == number
