"""The hub moves: the office types its new address in 设置 and the laptop syncs there, enrolled as before."""

from __future__ import annotations

import pytest

from inspector_app.errors import InspectorError
from inspector_app.services import settings, sync


def test_a_new_hub_address_is_where_the_next_sync_goes(district):
    office = district.office
    assert settings.hub_url(office) == district.url.rstrip("/")
    settings.save_hub_url(office, "http://127.0.0.1:9")  # the discard port: nothing answers there
    with pytest.raises(InspectorError) as err:
        sync.sync(office, attempts=1)
    assert err.value.key == "sync_unreachable"
    settings.save_hub_url(office, district.url)
    assert sync.sync(office).refused == []


def test_the_offices_header_and_local_rules_reach_every_laptop_but_not_its_fonts(district, tmp_path):
    office, zhao = district.office, district.team_one
    settings.save_notice(office, org_code="市效能办", recipients="各县（市、区）效能办：")
    settings.save_rules(office, {"late-three-times": 2})
    assert sync.sync(office).refused == []
    assert sync.sync(zhao).refused == []
    assert (settings.notice(zhao).org_code, settings.notice(zhao).recipients) == ("市效能办", "各县（市、区）效能办：")
    assert {r.id: r.at_least for r in settings.local_rules(zhao)}["late-three-times"] == 2
    assert sync.sync(zhao).refused == []  # adopting sends nothing back
    with pytest.raises(InspectorError) as err:  # a team's laptop does not set the office's settings
        settings.save_rules(zhao, {"late-three-times": 5})
    assert err.value.key == "refused_entity"

