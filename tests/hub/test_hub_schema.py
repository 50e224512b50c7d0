"""The hub's schema: its migrations build exactly the tables the hub's code describes, on SQLite
and on PostgreSQL, and a hub from before the newest migration is upgraded on start."""

from __future__ import annotations

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from inspector_app.domain.enums import RecordKind
from inspector_app.hub import schema
from inspector_app.hub.store import HEAD, Hub
from inspector_app.i18n import tr
from inspector_app.store.labels import kind_name
from inspector_app.domain.models import ENTITIES


def differences(hub: Hub) -> list:
    with hub.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_name": lambda name, kind, parent: name != "alembic_version"})
        return compare_metadata(ctx, schema.metadata)


def test_the_hub_migrations_build_exactly_the_hub_schema(hub):
    assert differences(hub) == []


def test_a_hub_of_the_first_revision_is_upgraded_on_start(tmp_path):
    from alembic import command

    first = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    cfg = first.alembic_config()
    with first.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    with first.engine.connect() as conn:
        assert "in_step" not in {c["name"] for c in sa.inspect(conn).get_columns("hub_record")}
    first.close()

    again = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    assert differences(again) == []
    again.close()


def test_every_kind_of_record_that_travels_has_a_name_people_read():
    """The hub's refusals and the office's conflict list name a kind of record in words, never by its table."""
    assert {kind.value for kind in RecordKind} == set(ENTITIES)
    assert tr("refused_entity", entity=RecordKind("notice_finding")) == "无权修改此类记录（通报所列问题）"
    assert tr("refused_entity", lang="en", entity=RecordKind("handling")) == \
        "Not allowed to change records of this kind (handling)"
    assert kind_name("finding") == "问题" and kind_name("a_kind_of_a_newer_hub") == "a_kind_of_a_newer_hub"


def test_a_hub_ledger_of_the_first_shape_keeps_its_cases_and_hides_the_complainant(tmp_path):
    import uuid

    from alembic import command

    from inspector_app.hub.policy import Principal

    first = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    cfg = first.alembic_config()
    case = uuid.uuid4()
    with first.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
        conn.exec_driver_sql(
            "INSERT INTO complaint (id, server_version, deleted, created_at, updated_at, reg_number, received_on,"
            " channel, complainant_name, complainant_contact, subject, content, assignee, deadline_days, extended,"
            " status, answer) VALUES (?, 1, 0, '2026-10-15 01:40:00', '2026-10-15 01:40:00', 'TS1', '2026-10-15',"
            " 'hotline', '张三', '13800000000', '事项', '', '', 13, 0, 'assigned', '')", (case.hex,))
    first.close()

    again = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "blobs")
    with again.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT channel, year, seq FROM complaint").one() == ("referral", 2026, 1)
        assert conn.exec_driver_sql("SELECT name, contact FROM complainant").one() == ("张三", "13800000000")
        scope = conn.exec_driver_sql("SELECT scope FROM hub_record WHERE entity = 'complainant'").scalar_one()
    admin = Principal(uuid.uuid4(), uuid.uuid4(), "root", "admin", None)
    assert scope == "confidential" and not admin.may_read(scope)
    again.close()
