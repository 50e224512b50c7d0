"""The hub's side of bundle files: apply a laptop's bundle exactly as its HTTP push would be applied,
and write a bundle for one laptop with what its pull would bring."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from inspector_app.errors import InspectorError
from inspector_app.hub import access, apply, audit, auth, feed, schema
from inspector_app.hub.store import Hub, Writer
from inspector_app.sync import bundle
from inspector_app.sync.protocol import PullPage, ToHub


@dataclass
class ImportReport:
    device: str
    applied: int
    duplicates: int
    conflicts: int
    refused: int
    photos: int
    gap: str | None


def _device(hub: Hub, which: str) -> dict:
    d = schema.device
    match = d.c.name == which
    try:
        match = match | (d.c.id == uuid.UUID(which))
    except ValueError:
        pass
    with hub.read() as conn:
        rows = conn.execute(select(d).where(match)).mappings().all()
    if len(rows) != 1:
        raise InspectorError("hub_no_such_device", device=which)
    return dict(rows[0])


def import_from_device(hub: Hub, path: Path) -> ImportReport:
    """Check, decrypt and apply a laptop's bundle; importing it again changes nothing."""
    sender = bundle.read_header(path)["from"]
    keys = {}
    if device_id := _uuid(sender):
        with hub.read() as conn:
            registered = conn.execute(select(schema.device.c.public_key)
                                      .where(schema.device.c.id == device_id)).scalar()
        if registered and (key := bundle.public_keys(registered).get("ed25519")):
            keys[sender] = key
    opened = bundle.open_bundle(path, "to_hub", hub.hub_id, keys, hub.box_key(), hub.blobs)
    try:
        with hub.read() as conn:
            who = auth.device_principal(conn, uuid.UUID(sender))
        manifest = bundle.manifest(ToHub, opened, path)
        def then(w: Writer) -> None:
            w.conn.execute(update(schema.device).where(schema.device.c.id == who.device_id)
                           .values(bundle_cursor=manifest.cursor))
            audit.receive(w, who, manifest.audit)

        _, results, gap = apply.apply_batch(hub, who, manifest.ops, then=then)
        with hub.read() as conn:  # a photo whose record was refused is not kept
            named = access.named(conn, who, [ref.sha256 for _, ref in opened.photos])
        kept = opened.keep_photos(hub.blobs, named)
        access.note_holders(hub, who.device_id, kept)
    finally:
        opened.discard()
    count = lambda outcome: sum(r.outcome == outcome for r in results)  # noqa: E731
    return ImportReport(device=sender, applied=count("applied"), duplicates=count("duplicate"),
                        conflicts=count("conflict"), refused=count("refused"), photos=len(kept),
                        gap=gap.text() if gap else None)


def export_for_device(hub: Hub, which: str, out: Path) -> dict:
    """A bundle for one laptop: what changed since its last bundle reported, the acknowledgement of
    its operations, and the photos of those records."""
    device = _device(hub, which)
    with hub.read() as conn:
        who = auth.device_principal(conn, device["id"])
    rows, after = [], device["bundle_cursor"]
    with hub.read() as conn:
        cursor = after
        while True:
            page: PullPage = feed.pull_page(conn, who, cursor, 5000)
            rows += page.rows
            cursor = page.cursor
            if not page.more:
                break
        have = access.receivable(conn, hub, who)
        held = audit.held_up_to(conn, device["id"])
    wanted = sorted({r.fields["sha256"] for r in rows if r.entity == "evidence"} & set(have))
    photos = [{"sha256": sha, "size": hub.blobs.size(sha)} for sha in wanted]
    manifest = {"after": after, "cursor": cursor, "acked_seq": device["last_seq"], "audit_held": held,
                "rows": [r.model_dump(mode="json") for r in rows], "photos": photos, "hub_has": have}
    size = bundle.write(out, "to_device", hub.hub_id, str(device["id"]), hub.signing_key(),
                        bundle.public_keys(device["public_key"])["x25519"], manifest,
                        hub.blobs, wanted)
    return {"device": device["name"], "rows": len(rows), "photos": len(photos), "bytes": size}


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text)
    except ValueError:
        return None
