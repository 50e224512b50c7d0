from collections import Counter

from hypothesis import given, strategies as st

from inspector_app.domain.escalation import YearRecord, suggest


def rec(findings=None, sanctions=None):
    return YearRecord(Counter(findings or {}), Counter(sanctions or {}))


def test_a_first_lateness_gets_the_types_default(ref):
    s = suggest(ref.catalogue, ref.rules, "late", rec({"late": 1}), rec({"late": 1}))
    assert s.sanction == "criticism_education" and s.reasons == () and s.alerts == ()


def test_the_third_lateness_in_a_year_suggests_an_admonition_talk(ref):
    s = suggest(ref.catalogue, ref.rules, "late", rec({"late": 3}), rec({"late": 3}))
    assert s.sanction == "admonition_talk"
    assert [r.id for r in s.reasons] == ["late-three-times"]


def test_breaches_of_the_four_prohibitions_climb_the_sources_ladder(ref):
    ladder = []
    for n in range(1, 7):
        record = rec({"lunch_drinking": 1, "online_chat": n - 1})  # one drink at lunch, then chatting
        ladder.append(suggest(ref.catalogue, ref.rules, "online_chat", record, rec()).sanction)
    assert ladder == ["efficiency_warning", "circulated_criticism", "off_post_training", "transfer", "dismissal",
                      "dismissal"]


def test_other_findings_do_not_count_as_breaches(ref):
    s = suggest(ref.catalogue, ref.rules, "online_chat", rec({"online_chat": 1, "late": 2, "rude_service": 1}), rec())
    assert s.sanction == "efficiency_warning"


def test_every_rule_says_whether_a_source_document_backs_it(ref):
    local = {r.id for r in ref.rules.rules if not r.basis}
    assert local == {"late-three-times", "same-year-repeat", "warned-twice", "unit-warned-three-times"}


def test_two_warnings_alert_the_reviewer_to_the_annual_rating(ref):
    s = suggest(ref.catalogue, ref.rules, "online_chat", rec({"online_chat": 1}, {"efficiency_warning": 2}), rec())
    assert any("不称职" in a.text() for a in s.alerts)


def test_a_unit_with_three_warnings_is_held_accountable(ref):
    s = suggest(ref.catalogue, ref.rules, "late", rec({"late": 1}), rec({"late": 1}, {"efficiency_warning": 3}))
    assert [a.id for a in s.alerts] == ["unit-warned-three-times"]


def test_a_described_person_is_judged_by_the_finding_alone(ref):
    s = suggest(ref.catalogue, ref.rules, "computer_games", rec({"computer_games": 1}), rec({"late": 9}))
    assert s.sanction == "efficiency_warning"


counts = st.dictionaries(st.sampled_from(["late", "left_early", "away_from_post", "online_chat"]),
                         st.integers(0, 5), max_size=4)
sanctions = st.dictionaries(st.sampled_from(["admonition_talk", "efficiency_warning", "written_self_criticism"]),
                            st.integers(0, 4), max_size=3)


@given(f=counts, s=sanctions, more_f=counts, more_s=sanctions, code=st.sampled_from(["late", "online_chat"]))
def test_a_longer_record_never_gets_a_milder_suggestion(ref, f, s, more_f, more_s, code):
    cat = ref.catalogue
    before = suggest(cat, ref.rules, code, rec(f, s), rec())
    after = suggest(cat, ref.rules, code, rec(Counter(f) + Counter(more_f), Counter(s) + Counter(more_s)), rec())
    assert cat.severity(after.sanction) >= cat.severity(before.sanction)
    assert {a.id for a in before.alerts} <= {a.id for a in after.alerts}


@given(f=counts, s=sanctions, code=st.sampled_from(["late", "online_chat", "mahjong_cards", "rude_service"]))
def test_the_suggestion_is_never_milder_than_the_types_default(ref, f, s, code):
    cat = ref.catalogue
    out = suggest(cat, ref.rules, code, rec(f, s), rec(f, s))
    assert cat.severity(out.sanction) >= cat.severity(cat.violation(code).default_sanction)
