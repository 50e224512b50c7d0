"""Enrolment: this laptop registered with the hub by an administrator's one-time code and the user's
password; the hub's answer (a bearer token, the hub's keys, the user's role and team) is kept in
the laptop's encrypted credentials file, beside the keys this device signs and opens bundles with."""

from __future__ import annotations

import httpx

from inspector_app.store import replica, vault
from inspector_app.store.database import Database
from inspector_app.sync import credentials
from inspector_app.sync.bundle import new_device_keys
from inspector_app.sync.protocol import EnrollRequest, EnrollResponse
from inspector_app.sync.transport import Connection


def enroll(db: Database, http: httpx.Client, code: str, password: str, device_name: str) -> credentials.Credentials:
    """Register this laptop with the hub `http` talks to."""
    private, box, public = new_device_keys()
    body = EnrollRequest(code=code, password=password, device_id=db.device_id, device_name=device_name,
                         public_key=public)
    reply = EnrollResponse.model_validate(Connection(http, attempts=3).json("POST", "/enroll", body.model_dump_json()))
    creds = credentials.Credentials(
        hub_url=str(http.base_url).removesuffix("/api/v1/").removesuffix("/api/v1"), hub_id=reply.hub_id,
        token=reply.token, hub_public_key=reply.hub_public_key, hub_signing_key=reply.hub_signing_key,
        device_key=private, box_key=box, user=reply.user, role=reply.role, team_id=str(reply.team_id or ""))
    credentials.save(db, creds)
    if reply.recovery_key:  # the office can recover this laptop's data from now on
        vault.set_recovery(db.data_dir, db.keys, reply.recovery_key)
    replica.note_enrolled(db, creds.role, creds.team_id)
    replica.note_user(db, reply.display_name or reply.user, reply.user)  # from now on the author of its records
    return creds
