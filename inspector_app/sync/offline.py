"""The laptop's side of bundle files: export what an HTTP sync would push, import what its pull
would bring. The same code applies them, with the same guarantees."""

from __future__ import annotations

from pathlib import Path

from inspector_app.errors import InspectorError
from inspector_app.store import replica
from inspector_app.store.database import Database
from inspector_app.sync import bundle, credentials
from inspector_app.sync.client import incoming
from inspector_app.sync.protocol import AuditRecord, Op, ToDevice


def export_for_hub(db: Database, out: Path) -> dict[str, int]:
    """Write every waiting operation and every photo the hub may not have into a bundle."""
    creds = credentials.load(db)
    blobs = db.blobs
    ops = [Op(op_id=o.op_id, seq=o.seq, entity=o.entity, entity_id=o.entity_id, base_version=o.base_version,
              fields=o.fields, schema_version=o.schema_version, actor=o.actor, created_at=o.created_at)
           for o in replica.outbox(db)]
    shas = [sha for sha in sorted(set(replica.unsent_photos(db))) if blobs.has(sha)]
    photos = [{"sha256": sha, "size": blobs.size(sha)} for sha in shas]
    audit = [AuditRecord.model_validate(e).model_dump(mode="json") for e in replica.audit_unsent(db)]
    manifest = {"device_id": db.device_id, "cursor": replica.cursor(db), "photos": photos,
                "ops": [op.model_dump(mode="json") for op in ops], "audit": audit}
    size = bundle.write(out, "to_hub", db.device_id, creds.hub_id, creds.signing_key(), creds.hub_public_key,
                        manifest, blobs, shas)
    return {"ops": len(ops), "photos": len(photos), "bytes": size}


def import_from_hub(db: Database, path: Path) -> dict[str, int]:
    """Check and apply the hub's bundle for this laptop; importing it again changes nothing."""
    creds = credentials.load(db)
    blobs = db.blobs
    opened = bundle.open_bundle(path, "to_device", db.device_id, {creds.hub_id: creds.hub_signing_key},
                                creds.opening_key(), blobs)
    try:
        manifest = bundle.manifest(ToDevice, opened, path)
        if manifest.after > replica.cursor(db):
            raise InspectorError("bundle_out_of_order", path=str(path))
        opened.keep_photos(blobs)
        rows = incoming(manifest.rows)
        applied = replica.apply_bundle(db, manifest.acked_seq, rows, manifest.cursor)
        replica.mark_sent(db, manifest.hub_has)
        replica.audit_sent(db, manifest.audit_held)
    finally:
        opened.discard()
    return {"rows": len(rows) if applied else 0, "photos": len(opened.photos), "acked_seq": manifest.acked_seq}
