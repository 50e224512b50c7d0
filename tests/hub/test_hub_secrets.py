"""The hub's private keys live in its key file (0600, in its blob directory), never in its database:
made on first start, moved out of the database where an earlier version kept them, refused when a
hub with enrolled devices has lost the file, and `hub serve` refuses a key file others may read."""

from __future__ import annotations

import json
import os
import uuid
from datetime import datetime, timezone

from sqlalchemy import insert, select

from inspector_app.hub import schema
from inspector_app.hub.store import Hub
from inspector_app.sync.bundle import private_b64
from tests.cli.test_cli import run


def settings_of(hub: Hub) -> set[str]:
    with hub.read() as conn:
        return {k for (k,) in conn.execute(select(schema.setting.c.key))}


def test_a_new_hub_keeps_its_keys_in_a_file_only_it_reads(tmp_path):
    hub = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    assert settings_of(hub) == {"hub_id", "tokens_peppered"}
    assert os.stat(hub.key_file).st_mode & 0o777 == 0o600 and not hub.key_file_exposed()
    keys = json.loads(hub.key_file.read_text())
    assert private_b64(hub.signing_key()) == keys["signing_key"] and private_b64(hub.box_key()) == keys["box_key"]
    assert b"signing_key" not in (tmp_path / "hub.sqlite3").read_bytes()
    hub.close()
    again = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    assert private_b64(again.signing_key()) == keys["signing_key"]
    again.close()


def test_keys_an_earlier_version_kept_in_the_database_move_to_the_file(tmp_path):
    hub = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    keys = json.loads(hub.key_file.read_text())
    with hub.write() as w:  # as an earlier version left it
        w.conn.execute(insert(schema.setting), [{"key": k, "value": keys[k]} for k in ("box_key", "signing_key")])
    hub.close()
    hub.key_file.unlink()
    moved = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    kept = json.loads(moved.key_file.read_text())
    assert {k: kept[k] for k in ("box_key", "signing_key")} == {k: keys[k] for k in ("box_key", "signing_key")}
    assert settings_of(moved) == {"hub_id", "tokens_peppered"}
    moved.close()


def test_a_hub_whose_devices_hold_its_keys_will_not_make_new_ones(tmp_path):
    hub = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    with hub.write() as w:
        w.conn.execute(insert(schema.device).values(id=uuid.uuid4(), name="笔记本", user_id=uuid.uuid4(), token_hash="t" * 64,
                                                    public_key="k", enrolled_at=datetime.now(timezone.utc),
                                                    revoked=False, last_seq=0))
    hub.close()
    hub.key_file.unlink()
    proc = run(tmp_path / "data", "hub", "conflicts", "--db", str(tmp_path / "hub.sqlite3"),
               "--blob-dir", str(tmp_path / "blobs"), ok=False)
    assert proc.returncode == 1 and "密钥文件" in proc.stderr and "备份恢复" in proc.stderr


def test_serve_refuses_a_key_file_others_may_read(tmp_path):
    Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs").close()
    os.chmod(tmp_path / "blobs" / "hub.key", 0o644)
    proc = run(tmp_path / "data", "hub", "serve", "--db", str(tmp_path / "hub.sqlite3"), "--blob-dir",
               str(tmp_path / "blobs"), "--port", "1", ok=False)
    assert proc.returncode == 1 and "chmod 600" in proc.stderr


def test_tokens_are_kept_keyed_with_the_pepper_and_an_earlier_hubs_devices_still_sign_in(tmp_path):
    """The database holds no plain digest of a token: a copy of it alone does not tell a token from a
    guess. A hub an earlier version left (plain SHA-256 digests, no pepper) keys them on its first start."""
    import hashlib

    from inspector_app.hub import auth

    hub = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    auth.add_user(hub, "zhao", "赵督查", "inspector", "inspector-1", "第一督查组")
    token, _ = auth.enroll(hub, "127.0.0.1", auth.enrollment_code(hub, "zhao"), "inspector-1", uuid.uuid4(), "笔记本",
                           "")
    with hub.read() as conn:
        kept = conn.execute(select(schema.device.c.token_hash)).scalar_one()
        assert kept != hashlib.sha256(token.encode()).hexdigest()
        assert auth.authenticate(hub, conn, token).username == "zhao"
    with hub.write() as w:  # as an earlier version left it
        w.conn.execute(schema.device.update().values(token_hash=hashlib.sha256(token.encode()).hexdigest()))
        w.conn.execute(schema.setting.delete().where(schema.setting.c.key == "tokens_peppered"))
    keys = json.loads(hub.key_file.read_text())
    del keys["token_pepper"]
    hub.key_file.write_text(json.dumps(keys))
    hub.close()
    again = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    with again.read() as conn:
        assert auth.authenticate(again, conn, token).username == "zhao"
        assert conn.execute(select(schema.device.c.token_hash)).scalar_one() != hashlib.sha256(token.encode()).hexdigest()
    again.close()
