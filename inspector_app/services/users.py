"""Who is using Inspector on this laptop: the enrolled user, by the name and role the hub gives them,
or before enrolment a local user set up at first start (a name, and the password that unlocks the
lock screen). Their name is the author of every record and history line; no record names the
operating-system account."""

from __future__ import annotations

from dataclasses import dataclass

from inspector_app.domain.enums import UserRole
from inspector_app.errors import InspectorError
from inspector_app.i18n import tr
from inspector_app.services import lock
from inspector_app.services.workspace import Workspace
from inspector_app.store import replica, vault

NAME_MAX = 40   # as long as a record's author may be
PASSWORD_MIN = vault.PASSWORD_MIN  # the password opens the laptop's data (as long as the hub asks of its users)


@dataclass(frozen=True)
class AtWork:
    name: str        # "" while nobody is set up
    username: str    # the hub's user name; "" for a local user
    role: str | None  # the hub's role; None on a laptop on its own
    enrolled: bool

    def shown(self, lang: str | None = None) -> str:
        """"王主任（办公室）", "张三（本机用户）" or "（未设置使用人）"."""
        if not self.name:
            return tr("user_unset", lang=lang)
        what = UserRole(self.role).label(lang) if self.role else tr("user_local", lang=lang)
        return tr("user_shown", lang=lang, name=self.name, what=what)


def at_work(ws: Workspace) -> AtWork:
    user = replica.user_at_work(ws.db) or {}
    return AtWork(user.get("name", ""), user.get("username", ""), ws.role, replica.enrolled_as(ws.db) is not None)


def set_up(ws: Workspace, name: str, password: str | None) -> AtWork:
    """The local user of a laptop not enrolled yet: their name is the author of its records from now
    on, their password (None: the one it has) opens the laptop's data."""
    if replica.enrolled_as(ws.db) is not None:
        raise InspectorError("user_enrolled", name=at_work(ws).name)
    name = " ".join(name.split())
    if not name:
        raise InspectorError("user_name_empty")
    if len(name) > NAME_MAX:
        raise InspectorError("user_name_long", limit=NAME_MAX)
    if password is not None:
        if len(password) < PASSWORD_MIN:
            raise InspectorError("user_password_short", limit=PASSWORD_MIN)
        lock.set_password(ws, password)
    replica.note_user(ws.db, name)
    ws.actor = name
    return at_work(ws)
