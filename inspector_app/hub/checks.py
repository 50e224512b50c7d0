"""What the hub checks of an operation's content before it writes: that every value fits its column
(a date that is no date, an id that is no id, a list where the column holds text, text longer than
its column or holding characters no database keeps, a number too large for the database or no
number at all, a time without its zone where the column keeps one or with one where it keeps
none, are refused, naming the field), and that every record it refers to is on the hub."""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

from sqlalchemy import TypeDecorator, bindparam, select

from inspector_app.domain.models import ENTITIES
from inspector_app.hub import schema
from inspector_app.hub.policy import Refused
from inspector_app.hub.store import Writer
from inspector_app.sync.protocol import NEVER_SENT, REFERENCES, unwire

_EXISTS = {name: select(table.c.id).where(table.c.id == bindparam("i"))
           for name, table in schema.metadata.tables.items() if name in ENTITIES}


def _kind(column: Any) -> tuple[type, int | bool | None]:
    """The Python type of a column's values (object: any) and, for text, its longest length; for
    times, whether the column keeps the zone."""
    kind = column.type.impl_instance if isinstance(column.type, TypeDecorator) else column.type
    try:
        python = kind.python_type
    except NotImplementedError:
        return object, None
    return python, bool(kind.timezone) if python is datetime else getattr(kind, "length", None)


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


def _check_fits(kind: type, length: int | bool | None, value: Any) -> None:
    """Raise TypeError or ValueError unless a value read from JSON fits its column."""
    if value is None:
        return
    if kind is object:  # a JSON column: any JSON that every database keeps
        keepable(value)
        return
    numbers = (bool, int, float)  # a JSON number for any of them: an older device may send 0/1 for a flag
    if not isinstance(value, numbers if kind in numbers else kind) or (kind is bool and value not in (0, 1)):
        raise TypeError(f"{type(value).__name__} {str(value)[:40]!r}")
    if kind is int and not -schema.INT_END <= value < schema.INT_END:
        raise ValueError(f"{value}: out of range")
    if kind is datetime and (value.tzinfo is not None) != length:
        raise ValueError(f"{value.isoformat()}: " + ("no time zone" if length else "a time zone where none is kept"))
    keepable(value)
    if isinstance(value, str) and isinstance(length, int) and len(value) > length:
        raise ValueError(f"{len(value)} > {length}")


def keepable(value: Any) -> None:
    """Raise ValueError for what no database keeps: a NUL or a lone surrogate in text, a number that
    is no number (NaN, infinity), anywhere in the value."""
    if isinstance(value, str):
        if "\x00" in value:
            raise ValueError("a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError("a character that is no character (a lone surrogate)") from None
    elif isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"{value}: not a number")
    elif isinstance(value, dict):
        for key, item in value.items():
            keepable(key)
            keepable(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            keepable(item)


def storable(value: Any) -> Any:
    """A value a device sent, as the database can keep it: what no database keeps (see `keepable`)
    as readable text, escaped, whatever it held."""
    try:
        keepable(value)
        return value
    except ValueError:
        return json.dumps(value, ensure_ascii=True, default=str)


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


def shown(text: str, limit: int) -> str:
    """Text a device sent, as the hub may keep and show it whatever it holds: escaped to ASCII where it
    is not plain, at most `limit` characters."""
    plain = text if text.isascii() and "\x00" not in text else text.encode("ascii", "backslashreplace").decode()
    return plain.replace("\x00", "\\x00")[:limit]
