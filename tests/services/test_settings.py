"""The office's settings, kept without anyone opening a file: checked, written whole, read back."""

from __future__ import annotations

import pytest

from inspector_app.errors import InspectorError
from inspector_app.reports.settings import load_notice_settings
from inspector_app.services import findings, settings
from inspector_app.services.findings import FindingInput
from inspector_app.services.workspace import Workspace


def test_the_notice_header_is_saved_and_read_back_as_the_notices_will(ws):
    saved = settings.save_notice(ws, org_code="市效能办", signature="市机关效能建设领导小组办公室", rectify_days=15)
    again = load_notice_settings(ws.data_dir)
    assert (again.org_code, again.signature, again.rectify_days) == ("市效能办", "市机关效能建设领导小组办公室", 15)
    assert again == saved and again.recipients  # the rest as it was


@pytest.mark.parametrize("values, key, words", [
    ({"signature": ""}, "settings_empty", "署名"),
    ({"org_code": "区" * 21}, "settings_too_long", "机关代字"),
    ({"rectify_days": 0}, "settings_range", "1 到 60"),
    ({"fonts": {"xbs": "/nonexistent/方正小标宋.ttf"}}, "settings_font_unreadable", "xbs"),
])
def test_a_bad_setting_is_named_and_nothing_is_written(ws, values, key, words):
    with pytest.raises(InspectorError) as err:
        settings.save_notice(ws, **values)
    assert err.value.key == key and words in err.value.message()
    assert not (ws.data_dir / "notice.yaml").exists()


def test_a_font_must_be_a_font(ws, tmp_path):
    (tmp_path / "fake.ttf").write_text("not a font")
    with pytest.raises(InspectorError) as err:
        settings.save_notice(ws, fonts={"hei": str(tmp_path / "fake.ttf")})
    assert err.value.key == "settings_font_bad"


def test_a_local_rule_changes_the_ladder_and_its_words_a_sourced_one_does_not(ws, db, town):
    before = {r.id: r for r in settings.local_rules(ws)}
    assert before["late-three-times"].text == "一年内迟到累计3次，予以诫勉谈话" and before["late-three-times"].default == 3
    rules = {r.id: r for r in settings.save_rules(ws, {"late-three-times": 2})}
    assert rules["late-three-times"].text == "一年内迟到累计2次，予以诫勉谈话" and rules["late-three-times"].default == 3
    for at in ("2026-10-13T08:50", "2026-10-15T08:50"):
        found = findings.record(ws, FindingInput(unit="区人社局", person="张三明", category="late", at=at))
    assert findings.detail(ws, found.id).suggestion.sanction == "admonition_talk"  # the second lateness now
    assert Workspace.open(ws.data_dir).ref.rules.rules == ws.ref.rules.rules  # as a restart reads it
    with pytest.raises(InspectorError) as err:
        settings.save_rules(ws, {"prohibition-second-breach": 3})
    assert err.value.key == "settings_rule_not_local"
    with pytest.raises(InspectorError) as err:
        settings.save_rules(ws, {"late-three-times": 0})
    assert err.value.key == "settings_rule_number"


def test_the_hub_address_needs_an_enrolment_and_a_real_address(ws):
    assert settings.hub_url(ws) is None
    with pytest.raises(InspectorError) as err:
        settings.save_hub_url(ws, "ftp://hub")
    assert err.value.key == "settings_hub_url"
    with pytest.raises(InspectorError) as err:
        settings.save_hub_url(ws, "https://192.168.1.10:8443")
    assert err.value.key == "settings_not_enrolled"
