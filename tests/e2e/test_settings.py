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
