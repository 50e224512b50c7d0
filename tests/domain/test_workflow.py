import pytest
from hypothesis import given, strategies as st

from inspector_app.domain.enums import FindingStatus as S
from inspector_app.domain.workflow import TRANSITIONS, can_transition, check_transition
from inspector_app.errors import InspectorError

ALLOWED = {
    (S.DRAFT, S.SUBMITTED), (S.DRAFT, S.VOIDED),
    (S.SUBMITTED, S.REVIEWED), (S.SUBMITTED, S.DRAFT), (S.SUBMITTED, S.VOIDED),
    (S.REVIEWED, S.NOTIFIED), (S.REVIEWED, S.RECTIFIED), (S.REVIEWED, S.CLOSED), (S.REVIEWED, S.VOIDED),
    (S.NOTIFIED, S.RECTIFIED), (S.NOTIFIED, S.CLOSED),
    (S.RECTIFIED, S.CLOSED),
}


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("target", list(S))
def test_exactly_the_documented_transitions_are_allowed(current, target):
    assert can_transition(current, target) == ((current, target) in ALLOWED)


def test_a_refused_transition_names_both_states_in_chinese():
    with pytest.raises(InspectorError) as err:
        check_transition(S.CLOSED, S.DRAFT)
    assert "已办结" in str(err.value) and "草稿" in str(err.value)


def test_voiding_needs_a_reason():
    with pytest.raises(InspectorError, match="理由"):
        check_transition(S.DRAFT, S.VOIDED, reason="  ")
    check_transition(S.DRAFT, S.VOIDED, reason="经核实系因公外出")


@given(st.lists(st.sampled_from(list(S)), max_size=30))
def test_closed_and_voided_are_final_on_any_path(steps):
    state = S.DRAFT
    for target in steps:
        if can_transition(state, target):
            assert state not in (S.CLOSED, S.VOIDED)
            state = target
    assert TRANSITIONS[S.CLOSED] == TRANSITIONS[S.VOIDED] == frozenset()
