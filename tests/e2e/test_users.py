"""Who uses an enrolled laptop, as the hub names them."""

from __future__ import annotations

from inspector_app.domain.models import LocalState
from inspector_app.services.workspace import Workspace
from inspector_app.store import replica


def test_a_laptop_enrolled_by_an_earlier_version_knows_its_role_and_user_from_its_credentials(district):
    zhao = district.team_one
    with zhao.db.session() as s:  # as an earlier version left it: only the credentials file knew
        for key in (replica.ENROLLED_AS, replica.USER_AT_WORK):
            s.delete(s.get(LocalState, key))
    again = Workspace.open(zhao.data_dir)
    try:
        assert (again.role, again.team_id, again.actor) == ("inspector", zhao.team_id, "zhao")
        assert replica.user_at_work(again.db) == {"name": "zhao", "username": "zhao"}  # noted, read once
    finally:
        again.close()
