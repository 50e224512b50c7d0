"""What the hub checks of an operation's content before it writes: that every value fits its column
(a date that is no date, an id that is no id, a list where the column holds text, text longer than
its column, a number too large for the database are refused, naming the field), and that every
record it refers to is on the hub."""

from __future__ import annotations

from typing import Any

from sqlalchemy import TypeDecorator, bindparam, select

from inspector_app.domain.models import ENTITIES
from inspector_app.hub import schema
from inspector_app.hub.policy import Refused
from inspector_app.hub.store import Writer
from inspector_app.sync.protocol import NEVER_SENT, REFERENCES, unwire

_EXISTS = {name: select(table.c.id).where(table.c.id == bindparam("i"))
           for name, table in schema.metadata.tables.items() if name in ENTITIES}


def _kind(column: Any) -> tuple[type, int | None]:
    """The Python type of a column's values (object: any) and, for text, its longest length."""
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    try:
        return kind.python_type, getattr(kind, "length", None)
    except NotImplementedError:
        return object, None


# the columns a device may send, with the Python type of their values and the longest text
_KINDS = {name: {c.key: _kind(c) for c in table.c if c.key not in NEVER_SENT}
          for name, table in schema.metadata.tables.items() if name in ENTITIES}


def readable(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The op's fields as column values (those this schema knows and that travel); raises Refused,
    naming it, for a field the hub cannot keep."""
    table, kinds = schema.metadata.tables[entity], _KINDS[entity]
    values: dict[str, Any] = {}
    for key, value in fields.items():
        if key not in kinds:
            continue
        try:
            values[key] = unwire(table, key, value)
            _check_fits(*kinds[key], values[key])
        except (ValueError, TypeError, AttributeError) as exc:
            raise Refused("hub_refused_value", field=key[:40], detail=str(exc)[:200]) from None
    return values


def _check_fits(kind: type, length: int | None, value: Any) -> None:
    """Raise TypeError or ValueError unless a value read from JSON fits its column."""
    if value is None or kind is object:
        return
    numbers = (bool, int, float)  # a JSON number for any of them: an older device may send 0/1 for a flag
    if not isinstance(value, numbers if kind in numbers else kind) or (kind is bool and value not in (0, 1)):
        raise TypeError(f"{type(value).__name__} {str(value)[:40]!r}")
    if kind is int and not -schema.INT_END <= value < schema.INT_END:
        raise ValueError(f"{value}: out of range")
    if length is not None and len(value) > length:
        raise ValueError(f"{len(value)} > {length}")


def check_references(w: Writer, entity: str, fields: dict[str, Any]) -> None:
    """A record may refer only to records the hub has: a child of a refused record is refused too,
    so every replica can hold what the hub holds."""
    for column, parent in REFERENCES[entity]:
        target = fields.get(column)
        if target is None or (parent, target) in w.present:
            continue
        if w.conn.execute(_EXISTS[parent], {"i": target}).first() is None:
            raise Refused("hub_refused_missing", entity=parent, id=str(target))
        w.present.add((parent, target))
