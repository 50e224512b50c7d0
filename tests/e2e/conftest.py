"""A district's office as it is set up: a hub on loopback (SQLite and PostgreSQL), its administrator's
users (office staff, inspectors in two teams), and each person's laptop enrolled with a one-time
code, all through the same services the window and the command line call; no widgets."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from inspector_app.domain.models import Person, Unit
from inspector_app.hub import auth
from inspector_app.hub.server import BackgroundHub
from inspector_app.hub.store import Hub
from inspector_app.services import sync
from inspector_app.services.workspace import Workspace

PASSWORD = "district-pass-1"


@dataclass
class District:
    hub: Hub
    url: str
    office: Workspace
    team_one: Workspace   # an inspector of 第一督查组
    team_two: Workspace   # an inspector of 第二督查组

    @property
    def laptops(self) -> tuple[Workspace, ...]:
        return self.office, self.team_one, self.team_two


def laptop(hub: Hub, url: str, template: Path, folder: Path, username: str) -> Workspace:
    """A person's laptop: a new data directory, enrolled with the administrator's one-time code (from
    then on the hub's user is the author of its records)."""
    shutil.copytree(template, folder)
    ws = Workspace.open(folder)
    sync.enroll(ws, url, auth.enrollment_code(hub, username), PASSWORD, folder.name)
    return ws


@pytest.fixture
def district(hub, tmp_path, laptop_template):
    """The office keeps the district's units and people; every laptop has synced once."""
    auth.add_user(hub, "wang", "王主任", "office", PASSWORD)
    auth.add_user(hub, "zhao", "赵督查", "inspector", PASSWORD, "第一督查组")
    auth.add_user(hub, "qian", "钱督查", "inspector", PASSWORD, "第二督查组")
    with BackgroundHub(hub) as server:
        made = District(hub, server.url, *(laptop(hub, server.url, laptop_template, tmp_path / name, name)
                                          for name in ("wang", "zhao", "qian")))
        with made.office.db.session(made.office.actor) as s:  # the roster, as the office keeps it
            hr, fin = Unit(name="区人社局", short_name="人社局"), Unit(name="区财政局", short_name="财政局")
            s.add_all([hr, fin, Person(name="张三明", unit_id=hr.id, position="科员")])
        for ws in made.laptops:
            sync.sync(ws, attempts=2)
        yield made
        for ws in made.laptops:
            ws.close()
