"""An opened data directory as the use cases see it: the database, the reference data (catalogue
and escalation ladder), the person at work and, once the laptop is enrolled with a hub, their role
(which the services ask `domain.authority` about before they act, as the hub will). The window and
the command line each hold one and hand it to every service they call."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.domain import authority
from inspector_app.domain.reference import Reference, load_reference
from inspector_app.errors import InspectorError
from inspector_app.i18n import tr
from inspector_app.store import encryption, replica, vault
from inspector_app.store.vault import PASSWORD_MIN  # noqa: F401 (the window's login checks it)
from inspector_app.store.database import Database, storage_errors  # noqa: F401 (the window's logs use it too)


def state(data_dir: Path) -> str:
    """"encrypted" (it opens with its password), "new" (none is there yet) or "plain" (an earlier
    version's, encrypted when it is first opened)."""
    data_dir = Path(data_dir).expanduser().resolve()
    encryption.resume(data_dir)
    if vault.exists(data_dir):
        return "encrypted"
    return "plain" if encryption.plain(data_dir) else "new"


@dataclass
class Workspace:
    db: Database
    ref: Reference
    actor: str = ""  # the person at work, the author of what they write (services/users)
    role: str | None = None  # the enrolled user's role; None: a laptop on its own, not enrolled
    team_id: uuid.UUID | None = None

    @classmethod
    def open(cls, data_dir: Path, actor: str | None = None, *, password: str | None = None) -> Workspace:
        """Open (creating if needed) a data directory with its password (None: as the environment
        gives it): its database migrated after a backup, its reference data, whose laptop it is."""
        db = Database.open(data_dir, password)
        db.blobs.clean()  # what a killed import or download left on its way in
        enrolled, user = replica.enrolled_as(db), replica.user_at_work(db)
        if enrolled is None or user is None:
            enrolled, user = _noted_from_credentials(db, enrolled, user)
        ws = cls(db, load_reference(db.data_dir), actor or (user["name"] if user else tr("user_unset")))
        ws.enrolled(*(enrolled or (None, "")))
        return ws

    def enrolled(self, role: str | None, team_id: str) -> None:
        """Whose laptop this now is: the role and team of the user it is enrolled for."""
        self.role, self.team_id = role, uuid.UUID(team_id) if team_id else None

    def may(self, entity: str, fields: dict[str, Any], current: dict[str, Any] | None = None,
            finding_status: str | None = None) -> bool:
        """Whether the person at work may make this change (`domain.authority`: the hub decides the same)."""
        return authority.may(self.role, entity, fields, current, finding_status)

    def check(self, entity: str, fields: dict[str, Any], current: dict[str, Any] | None = None,
              finding_status: str | None = None) -> None:
        """Refuse, in the hub's words, a change the person at work may not make: before anything is written."""
        why = None if self.role is None else authority.refusal(self.role, entity, fields, current, finding_status)
        if why is not None:
            raise InspectorError(why[0], **authority.labelled(why[1]))

    @property
    def data_dir(self) -> Path:
        return self.db.data_dir

    def close(self) -> None:
        self.db.close()



Enrolled = tuple[str, str] | None
User = dict[str, str] | None


def _noted_from_credentials(db: Database, enrolled: Enrolled, user: User) -> tuple[Enrolled, User]:
    """The role, team and user of a laptop enrolled by an earlier version, which kept them only in
    its credentials file, where this laptop has not noted them: read once and noted."""
    from inspector_app.sync import credentials

    if not credentials.enrolled(db.data_dir):
        return enrolled, user
    try:
        creds = credentials.load(db)
    except InspectorError:  # unusable here: the hub will say so at the next sync
        return enrolled, user
    if enrolled is None:
        replica.note_enrolled(db, creds.role, creds.team_id)
        enrolled = (creds.role, creds.team_id)
    if user is None:
        replica.note_user(db, creds.user, creds.user)
        user = {"name": creds.user, "username": creds.user}
    return enrolled, user
