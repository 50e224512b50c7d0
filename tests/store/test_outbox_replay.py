"""Property: whatever the user did (including transactions that failed), replaying the outbox in
sequence order rebuilds every synchronised row exactly. This is what sync will send to the hub."""

from __future__ import annotations

import tempfile
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import inspect as sa_inspect
from sqlmodel import select

from inspector_app.domain.models import Finding, OutboxOp, Person, Unit
from inspector_app.store.database import Database
from inspector_app.domain.values import to_json

names = st.text(alphabet="张王李赵堃喆淼𠮷局镇窗口", min_size=1, max_size=4)
operation = st.one_of(
    st.tuples(st.just("unit"), names),
    st.tuples(st.just("person"), st.integers(0, 9), names),
    st.tuples(st.just("rename"), st.integers(0, 9), names),
    st.tuples(st.just("finding"), st.integers(0, 9), st.sampled_from(["late", "online_chat"]), st.integers(0, 59)),
    st.tuples(st.just("describe"), st.integers(0, 9), names),
    st.tuples(st.just("void"), st.integers(0, 9)),
    st.tuples(st.just("failed"), names),
)


def apply(db: Database, op: tuple) -> None:
    kind, *args = op
    try:
        with db.session("prop") as s:
            units = s.exec(select(Unit).order_by(Unit.id)).all()
            people = s.exec(select(Person).order_by(Person.id)).all()
            findings = s.exec(select(Finding).order_by(Finding.id)).all()
            if kind == "unit":
                s.add(Unit(name=args[0]))
            elif kind == "person" and units:
                s.add(Person(name=args[1], unit_id=units[args[0] % len(units)].id))
            elif kind == "rename" and people:
                people[args[0] % len(people)].name = args[1]
            elif kind == "finding" and people:
                p = people[args[0] % len(people)]
                s.add(Finding(unit_id=p.unit_id, person_id=p.id, violation_code=args[1],
                              observed_at=datetime(2026, 10, 15, 9, args[2])))
            elif kind == "describe" and findings:
                findings[args[0] % len(findings)].description = args[1]
            elif kind == "void" and findings:
                f = findings[args[0] % len(findings)]
                f.status, f.void_reason = "voided", "测试"
            elif kind == "failed":
                s.add(Unit(name=args[0]))
                if people:
                    people[0].name = args[0] + "改"
                s.flush()
                raise RuntimeError("the transaction fails after writing")
    except RuntimeError:
        pass


def rows(db: Database) -> dict[tuple[str, str], dict]:
    out = {}
    with db.session() as s:
        for model in (Unit, Person, Finding):
            for obj in s.exec(select(model)):
                cols = {a.key: to_json(getattr(obj, a.key)) for a in sa_inspect(model).column_attrs
                        if a.key not in ("server_version", "updated_at")}
                out[(model.__tablename__, str(obj.id))] = cols
    return out


def replay(db: Database) -> dict[tuple[str, str], dict]:
    state: dict[tuple[str, str], dict] = {}
    with db.session() as s:
        for op in s.exec(select(OutboxOp).order_by(OutboxOp.seq)):
            state.setdefault((op.entity, str(op.entity_id)), {}).update(op.fields)
    return state


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(operation, max_size=25))
def test_replaying_the_outbox_rebuilds_every_row(ops):
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        for op in ops:
            apply(db, op)
        assert replay(db) == rows(db)
        db.close()

