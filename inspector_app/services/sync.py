"""Sync as a person asks for it: enrol this laptop with the hub, sync now, what waits and how the
last sync went, the hub's refusals in words, the office's conflicts, and bundle files for offices
without a network link. The network code loads with the first of these that needs it."""

from __future__ import annotations

import platform
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from inspector_app.i18n import tr
from inspector_app.services import settings
from inspector_app.services.workspace import Workspace
from inspector_app.store import labels, replica
from inspector_app.sync import credentials
from inspector_app.sync.protocol import Refusal

Progress = Callable[[str, int, int], None]


def enrolled(ws: Workspace) -> bool:
    return credentials.enrolled(ws.data_dir)


def enroll(ws: Workspace, hub_url: str, code: str, password: str, device_name: str = "") -> credentials.Credentials:
    """Register this laptop with the hub using an administrator's one-time code and the user's password."""
    from inspector_app.sync.enrolment import enroll as register
    from inspector_app.sync.transport import open_http

    with open_http(hub_url) as http:
        creds = register(ws.db, http, code, password, device_name or platform.node())
    ws.enrolled(creds.role, creds.team_id)
    ws.actor = (replica.user_at_work(ws.db) or {}).get("name", creds.user)
    return creds


def sync(ws: Workspace, hub_url: str | None = None, progress: Progress | None = None, attempts: int = 6) -> Any:
    """Push, send photos, pull, fetch photos (SyncReport); the record of it kept for the status line."""
    from inspector_app.sync.client import SyncClient
    from inspector_app.sync.transport import connect

    with connect(ws.db, hub_url, attempts=attempts) as conn:
        report = SyncClient(ws.db, conn, progress=progress).run()
    settings.adopt_synced(ws)  # the office's header, footer and local rules, as another laptop set them
    return report


@dataclass(frozen=True)
class Status:
    waiting_ops: int
    waiting_photos: int
    last: dict[str, Any] | None  # the last sync's report and when it ended ("at")
    enrolled: bool


def status(ws: Workspace) -> Status:
    """What waits to be sent and how the last sync went, from this laptop's database alone."""
    return Status(replica.waiting_ops(ws.db), replica.waiting_photos(ws.db), replica.last_sync(ws.db), enrolled(ws))


def refusal_lines(refused: list[Refusal | dict[str, Any] | str], shown: int = 10, where_the_rest: str = "") -> list[str]:
    """What the hub refused, in this laptop's language, counted by reason, the most frequent first:
    `shown` reasons, then one line for the rest, ending in `where_the_rest` (a laptop's first sync
    may have hundreds refused, most for a few reasons). `refused`: a sync's refusals, or as the
    record of the last sync keeps them (text, from an older version)."""
    reasons = Counter(r if isinstance(r, str) else Refusal.model_validate(r).text() for r in refused).most_common()
    lines = [tr("sync_refused_line", reason=reason, count=count) for reason, count in reasons[:shown]]
    if rest := reasons[shown:]:
        lines.append(tr("sync_refused_more", count=sum(count for _, count in rest), reasons=len(rest))
                     + where_the_rest)
    return lines


def conflicts(ws: Workspace) -> list[dict[str, Any]]:
    """The hub's open conflicts (for office staff), each with its record's "label": its kind and name."""
    from inspector_app.sync.transport import connect

    with connect(ws.db, attempts=2) as conn:
        rows = conn.json("GET", "/conflicts")
    with ws.db.session() as s:
        return [{**r, "label": f"{labels.kind_name(r['entity'])} {labels.record_label(s, r['entity'], r['entity_id'])}"}
                for r in rows]


def resolve(ws: Workspace, conflict_id: int, take: str) -> None:
    """Settle a conflict on the hub: keep the hub's value ("hub") or take the device's ("device")."""
    from inspector_app.sync.transport import connect

    with connect(ws.db, attempts=2) as conn:
        conn.json("POST", f"/conflicts/{conflict_id}/resolve", {"take": take})


def export_bundle(ws: Workspace, out: Path) -> dict[str, int]:
    """What a sync would send, as a signed and encrypted bundle file for the hub."""
    from inspector_app.sync.offline import export_for_hub

    return export_for_hub(ws.db, out)


def import_bundle(ws: Workspace, path: Path) -> dict[str, int]:
    """The hub's bundle for this laptop, checked whole and applied; importing it again changes nothing."""
    from inspector_app.sync.offline import import_from_hub

    applied = import_from_hub(ws.db, path)
    settings.adopt_synced(ws)
    return applied
