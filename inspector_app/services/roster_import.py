"""Importing the district's roster from a workbook: every row checked and the whole change planned
before anything is written; with any bad row nothing is; the same workbook twice changes nothing.

The workbook is the whole roster: a person of the roster who is not in it has left and is marked so
(never deleted: their findings keep them). Units and teams are only added or changed. A row is the
record its 编号 names, or else the unit of that name, or the person of that name in that unit (the
first such row the first such person, and so on: two people of one name in a unit happen)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import select

from inspector_app.domain.enums import StaffCategory, UnitKind
from inspector_app.domain.ids import new_id
from inspector_app.domain.models import Person, Team, Unit
from inspector_app.i18n import tr
from inspector_app.services import roster_workbook as book
from inspector_app.services.roster_workbook import PEOPLE, UNITS, Row
from inspector_app.services.workbook import Problem
from inspector_app.services.workspace import Workspace
from inspector_app.store import outbox

UNIT_WORDS = {"机关": UnitKind.AGENCY, "窗口": UnitKind.WINDOW}
YES, NO = frozenset({"是", "y", "yes", "true", "1", "√", "✓"}), frozenset({"否", "n", "no", "false", "0", "×", ""})
# what people write in the 人员类别 column besides the labels themselves
CATEGORY_WORDS = {"参公": StaffCategory.REFERENCE_MANAGED, "事业编": StaffCategory.INSTITUTION,
                  "编外": StaffCategory.OUTSIDE, "临时工": StaffCategory.TEMPORARY}
LIMITS = {"名称": 100, "简称": 40, "姓名": 40, "职务": 60, "督查组": 60}  # as long as the records' columns
HEADINGS = {  # a record's field → the column that holds it
    **{("unit", f): h for f, h in [("name", "名称"), ("parent_id", "上级单位"), ("kind", "类型"), ("short_name", "简称")]},
    **{("person", f): h for f, h in [("name", "姓名"), ("unit_id", "单位"), ("position", "职务"),
                                      ("staff_category", "人员类别"), ("party_member", "党员"), ("leader", "领导干部"),
                                      ("team_id", "督查组"), ("active", "在职")]},
}


@dataclass
class Change:
    kind: str   # "unit" / "person" / "team"
    name: str
    unit: str = ""
    row: int | None = None
    fields: dict[str, Any] = field(default_factory=dict)  # for a change: field → (before, after)


@dataclass
class Plan:
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    added: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)
    left: list[Change] = field(default_factory=list)
    # what applying writes: (model, id or None for a new record, values)
    writes: list[tuple[type, uuid.UUID | None, dict[str, Any]]] = field(default_factory=list)
    applied: bool = False

    def summary(self, lang: str | None = None) -> dict[str, Any]:
        def count(changes: list[Change], kind: str) -> int:
            return sum(1 for c in changes if c.kind == kind)

        return {
            "applied": self.applied, "valid": not self.problems,
            "problems": [p.as_dict(lang) for p in self.problems],
            "warnings": [w.as_dict(lang) for w in self.warnings],
            "units": {"added": count(self.added, "unit"), "changed": count(self.changed, "unit")},
            "people": {"added": count(self.added, "person"), "changed": count(self.changed, "person"),
                       "left": len(self.left)},
            "teams": {"added": count(self.added, "team")},
            "added": [vars(c) for c in self.added], "changed": [vars(c) for c in self.changed],
            "left": [vars(c) for c in self.left],
        }


    def report(self, lang: str | None = None, limit: int = 30) -> list[str]:
        """The plan in words, a line each: its problems (and that nothing was written), or what it
        adds, changes and marks as left (each listed while not yet applied), then its warnings."""
        def words(key: str, **params: Any) -> str:
            return tr(key, lang=lang, **params)

        def capped(lines: list[str]) -> list[str]:
            return lines[:limit] + ([words("roster_more", count=len(lines) - limit)] if len(lines) > limit else [])

        if self.problems:
            return capped([words("roster_problem", sheet=p.sheet, row=p.row, message=p.as_dict(lang)["message"])
                           for p in self.problems]) + [words("roster_refused", count=len(self.problems))]
        data = self.summary(lang)
        lines = [words("roster_applied" if self.applied else "roster_dry_run", units_added=data["units"]["added"],
                       units_changed=data["units"]["changed"], people_added=data["people"]["added"],
                       people_changed=data["people"]["changed"], people_left=data["people"]["left"],
                       teams_added=data["teams"]["added"])]
        if not self.applied:
            def of(c: Change) -> dict[str, str]:
                return {"kind": words("roster_kind_" + c.kind), "name": c.name,
                        "unit": words("roster_of_unit", unit=c.unit) if c.unit else ""}
            changes = [words("roster_added", **of(c)) for c in self.added]
            changes += [words("roster_changed", **of(c), fields=words("list_sep").join(
                f"{k} {a or '—'}→{b or '—'}" for k, (a, b) in c.fields.items())) for c in self.changed]
            changes += [words("roster_left", **of(c)) for c in self.left]
            lines += capped(changes)
        return lines + capped([words("roster_warning" if w.row else "roster_warning_sheet", sheet=w.sheet, row=w.row,
                                     message=w.as_dict(lang)["message"]) for w in self.warnings])


def import_workbook(ws: Workspace, path: Path, dry_run: bool = False) -> Plan:
    """Check the workbook against the roster; unless it is a dry run or a row is bad, apply it whole."""
    ws.check("unit", {"name": ""})
    ws.check("person", {"name": ""})
    ws.check("team", {"name": ""})
    sheets = book.read(path)
    with ws.db.session(ws.actor) as s:
        plan = _Planner(s, sheets).run()
        if not plan.problems and not dry_run:
            _apply(s, plan)
            plan.applied = True
    return plan


class _Planner:
    def __init__(self, s: Any, sheets: book.Sheets) -> None:
        self.sheets = sheets
        self.plan = Plan(problems=[Problem(sheet, row, "roster_formula", {"column": col})
                                   for sheet, row, col in sheets.formulas])
        self.units = {u.id: u for u in s.exec(select(Unit).where(Unit.deleted == False))}  # noqa: E712
        self.teams = {t.name: t.id for t in s.exec(select(Team).where(Team.deleted == False))}  # noqa: E712
        self.people = list(s.exec(select(Person).where(Person.deleted == False,  # noqa: E712
                                                       Person.provisional == False)  # noqa: E712
                                  .order_by(Person.created_at, Person.id)))

    def problem(self, row: Row, key: str, **params: Any) -> None:
        self.plan.problems.append(Problem(row.sheet, row.number, key, params))

    def run(self) -> Plan:
        unit_ids = self._units()
        self._people(unit_ids)
        if self.plan.problems:
            self.plan.writes.clear()
        return self.plan

    # --- units -------------------------------------------------------------------------------------

    def _units(self) -> dict[str, uuid.UUID]:
        """Plan the units sheet; every unit name the people sheet may use → its id."""
        by_name = {u.name: u.id for u in self.units.values()}
        rows: dict[uuid.UUID, Row] = {}
        seen: dict[str, int] = {}
        named = self._named(self.sheets.rows[UNITS], self.units)
        for row in self.sheets.rows[UNITS]:
            name = row.values["名称"]
            if not self._fits(row, "名称", required=True):
                continue
            if name in seen:
                self.problem(row, "roster_unit_twice", name=name, first=seen[name])
                continue
            seen[name] = row.number
            uid = named.get(row.number) or by_name.get(name) or new_id()
            if uid in rows:  # another row renames this unit to a name of its own
                self.problem(row, "roster_unit_twice", name=name, first=rows[uid].number)
                continue
            rows[uid] = row
        names = {**by_name, **{r.values["名称"]: uid for uid, r in rows.items()}}
        self.unit_names = {uid: name for name, uid in names.items()}
        parents = {uid: u.parent_id for uid, u in self.units.items()}
        for uid, row in rows.items():
            parent = row.values["上级单位"]
            if parent and parent not in names:
                self.problem(row, "roster_parent_unknown", name=parent)
            parents[uid] = names.get(parent) if parent else None
        for uid, row in rows.items():
            chain = self._cycle(uid, parents)
            if chain:
                self.problem(row, "roster_cycle", chain=" → ".join(
                    rows[u].values["名称"] if u in rows else self.units[u].name for u in chain))
        for uid in sorted(rows, key=lambda u: self._depth(u, parents)):
            self._unit(uid, rows[uid], parents[uid])
        return names

    @staticmethod
    def _cycle(start: uuid.UUID, parents: dict[uuid.UUID, uuid.UUID | None]) -> list[uuid.UUID]:
        path, at = [start], parents.get(start)
        while at is not None:
            path.append(at)
            if at == start:
                return path
            if len(path) > len(parents) + 1 or at in path[:-1]:
                return []  # a cycle above this unit, reported at the units on it
            at = parents.get(at)
        return []

    @staticmethod
    def _depth(uid: uuid.UUID, parents: dict[uuid.UUID, uuid.UUID | None]) -> int:
        depth, at = 0, parents.get(uid)
        while at is not None and depth <= len(parents):
            depth, at = depth + 1, parents.get(at)
        return depth

    def _unit(self, uid: uuid.UUID, row: Row, parent_id: uuid.UUID | None) -> None:
        existing = self.units.get(uid)
        kind = self._choice(row, "类型", UnitKind, UNIT_WORDS, existing.kind if existing else UnitKind.AGENCY)
        if kind is None:
            return
        self._fits(row, "简称")
        values = {"name": row.values["名称"], "parent_id": parent_id, "kind": kind, "short_name": row.values["简称"]}
        self._record(Unit, existing, values, "unit", row, row.values["名称"], uid=uid)

    # --- people ------------------------------------------------------------------------------------

    def _people(self, unit_ids: dict[str, uuid.UUID]) -> None:
        by_id = {p.id: p for p in self.people}
        by_name: dict[tuple[uuid.UUID, str], list[Person]] = defaultdict(list)
        for p in self.people:
            by_name[(p.unit_id, p.name)].append(p)
        named = self._named(self.sheets.rows[PEOPLE], by_id)
        taken = set(named.values())
        first_row: dict[tuple[uuid.UUID, str], int] = {}
        matched: set[uuid.UUID] = set()
        for row in self.sheets.rows[PEOPLE]:
            name, unit = row.values["姓名"], row.values["单位"]
            fits = all([self._fits(row, "姓名", required=True), self._fits(row, "职务"), self._fits(row, "督查组")])
            unit_id = unit_ids.get(unit)
            if not unit:
                self.problem(row, "roster_unit_missing")
            elif unit_id is None:
                self.problem(row, "roster_unit_unknown", name=unit)
            if not fits or unit_id is None:
                continue
            key = (unit_id, name)
            if key in first_row:
                self.plan.warnings.append(Problem(PEOPLE, row.number, "roster_same_name",
                                                  {"name": name, "unit": unit, "first": first_row[key]}))
            first_row.setdefault(key, row.number)
            uid = named.get(row.number)
            person = by_id[uid] if uid else next(
                (p for p in by_name[key] if p.id not in matched and p.id not in taken), None)
            if person is not None:
                matched.add(person.id)
            self._person(row, person, unit_id)
        for p in self.people:
            if p.active and p.id not in matched:
                unit = self.units[p.unit_id].name if p.unit_id in self.units else ""
                self.plan.left.append(Change("person", p.name, unit))
                self.plan.writes.append((Person, p.id, {"active": False}))
        at_work = sum(1 for p in self.people if p.active)
        if len(self.plan.left) > max(5, at_work // 2):  # a part of the roster, taken for the whole?
            self.plan.warnings.insert(0, Problem(PEOPLE, 0, "roster_many_left",
                                                 {"count": len(self.plan.left), "total": at_work}))

    def _named(self, rows: list[Row], known: dict[uuid.UUID, Any]) -> dict[int, uuid.UUID]:
        """The rows whose 编号 names a record of the roster: row number → id; each id on one row only."""
        out: dict[int, uuid.UUID] = {}
        first: dict[uuid.UUID, int] = {}
        for row in rows:
            uid = self._row_id(row, known)
            if uid is None:
                continue
            if uid in first:
                self.problem(row, "roster_id_twice", id=row.id, first=first[uid])
                continue
            first[uid] = out[row.number] = uid
        return out

    def _person(self, row: Row, person: Person | None, unit_id: uuid.UUID) -> None:
        category = self._choice(row, "人员类别", StaffCategory, CATEGORY_WORDS,
                                person.staff_category if person else StaffCategory.CIVIL_SERVANT)
        party, leader = self._flag(row, "党员"), self._flag(row, "领导干部")
        if category is None or party is None or leader is None:
            return
        values = {"name": row.values["姓名"], "unit_id": unit_id, "position": row.values["职务"],
                  "staff_category": category, "party_member": party, "leader": leader,
                  "team_id": self._team(row.values["督查组"]), "active": True}
        self._record(Person, person, values, "person", row, row.values["姓名"], unit=row.values["单位"])

    def _team(self, name: str) -> uuid.UUID | None:
        if not name:
            return None
        if name not in self.teams:
            self.teams[name] = new_id()
            self.plan.added.append(Change("team", name))
            self.plan.writes.append((Team, None, {"id": self.teams[name], "name": name}))
        return self.teams[name]

    # --- cells -------------------------------------------------------------------------------------

    def _record(self, model: type, existing: Any, values: dict[str, Any], kind: str, row: Row, name: str,
                unit: str = "", uid: uuid.UUID | None = None) -> None:
        """Plan a row's record: added (with this id, or a new one) or changed where it differs."""
        if existing is None:
            self.plan.added.append(Change(kind, name, unit, row.number))
            self.plan.writes.append((model, None, {"id": uid or new_id(), **values}))
            return
        changed = [k for k, v in values.items() if getattr(existing, k) != v]
        if changed:
            shown = {HEADINGS[kind, k]: (self._shown(getattr(existing, k)), self._shown(values[k])) for k in changed}
            self.plan.changed.append(Change(kind, name, unit, row.number, shown))
            self.plan.writes.append((model, existing.id, {k: values[k] for k in changed}))

    def _shown(self, value: Any) -> Any:
        """A value as the workbook writes it: a unit or team by name, a kind or category by label."""
        if isinstance(value, bool):
            return "是" if value else "否"
        if isinstance(value, uuid.UUID):
            return self.unit_names.get(value) or next((n for n, i in self.teams.items() if i == value), "")
        for enum in (UnitKind, StaffCategory):
            if value in enum.__members__.values():
                return enum(value).label("zh")
        return "" if value is None else value

    def _row_id(self, row: Row, known: dict[uuid.UUID, Any]) -> uuid.UUID | None:
        if not row.id:
            return None
        try:
            uid = uuid.UUID(row.id)
        except ValueError:
            self.problem(row, "roster_id_bad", id=row.id)
            return None
        return uid if uid in known else None

    def _fits(self, row: Row, column: str, required: bool = False) -> bool:
        value = row.values[column]
        if required and not value:
            self.problem(row, "roster_empty", column=column)
            return False
        if len(value) > LIMITS[column]:
            self.problem(row, "roster_too_long", column=column, limit=LIMITS[column])
            return False
        return True

    def _choice(self, row: Row, column: str, enum: Any, words: dict[str, Any], default: str) -> str | None:
        value = row.values[column]
        if not value:
            return default
        for member in enum:
            if value in (member.value, member.label("zh"), member.label("en")):
                return member.value
        if value in words:
            return words[value].value
        choices = "、".join(m.label("zh") for m in enum)
        self.problem(row, "roster_choice_unknown", column=column, value=value, choices=choices)
        return None

    def _flag(self, row: Row, column: str) -> bool | None:
        value = row.values[column].lower()
        if value in YES or value in NO:
            return value in YES
        self.problem(row, "roster_flag_bad", column=column, value=row.values[column])
        return None


def _apply(s: Any, plan: Plan) -> None:
    """Write the plan in one transaction: the new teams, units (parents first, as planned: the hub too
    receives a parent before its children) and people, each kind in one statement; then the changes."""
    for model in (Team, Unit, Person):
        outbox.add_many(s, model, [values for m, uid, values in plan.writes if m is model and uid is None])
    for model, uid, values in plan.writes:
        if uid is not None:
            record = s.get(model, uid)
            for key, value in values.items():
                setattr(record, key, value)
