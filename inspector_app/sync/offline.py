"""The laptop's side of bundle files: export what an HTTP sync would push, import what its pull
would bring. The same code applies them, with the same guarantees."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlmodel import select

from inspector_app.domain.models import Evidence, LocalState, MediaSent, OutboxOp
from inspector_app.errors import InspectorError
from inspector_app.evidence.blobs import BlobStore
from inspector_app.store.database import Database
from inspector_app.sync import bundle, credentials
from inspector_app.sync.client import apply_rows, mark_sent
from inspector_app.sync.status import CURSOR
from inspector_app.sync.protocol import Op, Row


def _cursor(s: Any) -> int:
    row = s.get(LocalState, CURSOR)
    return int(row.value) if row else 0


def export_for_hub(db: Database, out: Path) -> dict[str, int]:
    """Write every waiting operation and every photo the hub may not have into a bundle."""
    creds = credentials.load(db.data_dir, db.device_id)
    blobs = BlobStore(db.blob_dir)
    with db.session() as s:
        ops = [Op(op_id=o.op_id, seq=o.seq, entity=o.entity, entity_id=o.entity_id, base_version=o.base_version,
                  fields=o.fields, schema_version=o.schema_version, actor=o.actor, created_at=o.created_at)
               for o in s.exec(select(OutboxOp).order_by(OutboxOp.seq)).all()]
        shas = sorted(set(s.exec(select(Evidence.sha256).where(Evidence.sha256.not_in(select(MediaSent.sha256))))))
        cursor = _cursor(s)
    shas = [sha for sha in shas if blobs.has(sha)]
    photos = [{"sha256": sha, "size": blobs.path_for(sha).stat().st_size} for sha in shas]
    manifest = {"device_id": db.device_id, "cursor": cursor, "photos": photos,
                "ops": [op.model_dump(mode="json") for op in ops]}
    size = bundle.write(out, "to_hub", db.device_id, creds.hub_id, creds.signing_key(), creds.hub_public_key,
                        manifest, [blobs.path_for(sha) for sha in shas])
    return {"ops": len(ops), "photos": len(photos), "bytes": size}


def import_from_hub(db: Database, path: Path) -> dict[str, int]:
    """Check and apply the hub's bundle for this laptop; importing it again changes nothing."""
    creds = credentials.load(db.data_dir, db.device_id)
    blobs = BlobStore(db.blob_dir)
    opened = bundle.open_bundle(path, "to_device", db.device_id, {creds.hub_id: creds.hub_signing_key},
                                creds.opening_key(), blobs)
    try:
        manifest = opened.manifest
        with db.session() as s:
            if manifest["after"] > _cursor(s):
                raise InspectorError("bundle_out_of_order", path=str(path))
        opened.keep_photos(blobs)
        rows = [Row.model_validate(r) for r in manifest["rows"]]
        with db.session(applying_remote=True) as s:
            fresh = manifest["cursor"] > _cursor(s)
            s.execute(delete(OutboxOp).where(OutboxOp.seq <= manifest["acked_seq"]))
            if fresh:
                apply_rows(s, rows)
                s.merge(LocalState(key=CURSOR, value=str(manifest["cursor"])))
        mark_sent(db, manifest["hub_has"])
    finally:
        opened.discard()
    return {"rows": len(rows) if fresh else 0, "photos": len(opened.photos), "acked_seq": manifest["acked_seq"]}
