"""Who uses the laptop: a local user set up before enrolment writes their name, never the machine's account."""

from __future__ import annotations

import getpass

import pytest

from inspector_app.errors import InspectorError
from inspector_app.services import findings, lock, users
from inspector_app.services.findings import FindingInput
from inspector_app.services.workspace import Workspace
from inspector_app.store import replica


def test_nobody_set_up_is_said_so_and_no_record_names_the_machines_account(db, town):
    ws = Workspace.open(db.data_dir)
    assert users.at_work(ws).shown() == "（未设置使用人）" and ws.actor != getpass.getuser()
    found = findings.record(ws, FindingInput(unit="区人社局", category="late", at="2026-10-15T09:40"))
    assert findings.detail(ws, found.id).finding.created_by == "（未设置使用人）"


def test_a_local_user_is_the_author_from_now_on_and_after_a_restart(db, town):
    ws = Workspace.open(db.data_dir)
    who = users.set_up(ws, "  王  小明 ", "足够长的一个密码1")
    assert (who.name, who.shown(), who.enrolled) == ("王 小明", "王 小明（本机用户）", False)
    found = findings.record(ws, FindingInput(unit="区人社局", category="late", at="2026-10-15T09:40"))
    again = Workspace.open(db.data_dir, password="足够长的一个密码1")  # the user's password opens the data now
    assert again.actor == "王 小明"
    detail = findings.detail(again, found.id)
    assert detail.finding.created_by == "王 小明" and {h.actor for h in detail.history} == {"王 小明"}
    assert lock.check_password(again, "足够长的一个密码1")  # the lock screen's password too


@pytest.mark.parametrize("name, password, key", [
    (" ", "password-1", "user_name_empty"), ("王" * 41, "password-1", "user_name_long"), ("王五", "short", "user_password_short"),
])
def test_a_bad_name_or_password_is_refused(ws, name, password, key):
    with pytest.raises(InspectorError) as err:
        users.set_up(ws, name, password)
    assert err.value.key == key and replica.user_at_work(ws.db) is None


def test_an_enrolled_laptop_has_the_hubs_user_and_no_local_one(ws):
    replica.note_enrolled(ws.db, "inspector", "")
    replica.note_user(ws.db, "赵督查", "zhao")
    with pytest.raises(InspectorError) as err:
        users.set_up(ws, "别人", "password-1")
    assert err.value.key == "user_enrolled" and "赵督查" in err.value.message()
    assert Workspace.open(ws.data_dir).actor == "赵督查"
