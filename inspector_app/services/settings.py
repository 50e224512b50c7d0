"""The office's settings without opening a file: the notice's 版头 and 版记 with the rectification
period, the fonts, the numbers of the escalation ladder that are the office's own (local rules), and
the hub's address. Each is checked before it is kept; they are kept where the app has always read
them, the data directory's own notice.yaml and escalation.yaml (written whole, atomically).

The header, footer and local rules are the office's, alike on every laptop: saving one also writes a
`Setting` record that travels through the hub, and a laptop that receives one adopts it into its
files (`adopt_synced`, after each sync and bundle). Fonts and the hub's address are the machine's own.
The complaints ledger's deadlines, the assessment's numbers, the idle lock's minutes and the office's
holiday table (years the calendar library does not know yet) live in their `Setting` records alone."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from sqlmodel import select

from inspector_app.domain.assessment import AssessmentRules
from inspector_app.domain.complaints import ComplaintRules
from inspector_app.domain.datafile import DataFileError
from inspector_app.domain.deadlines import WorkCalendar, YearDays
from inspector_app.domain.escalation import load_rules
from inspector_app.domain.models import Setting
from inspector_app.domain.reference import load_reference
from inspector_app.domain.security import SecurityRules
from inspector_app.domain.validation import parse_day
from inspector_app.errors import InspectorError
from inspector_app.i18n import known, tr
from inspector_app.fileio import write_atomically
from inspector_app.paths import resource_path
from inspector_app.reports.settings import FONT_ROLES, NoticeSettings, load_notice_settings  # noqa: F401 (the faces name the roles)
from inspector_app.services.workspace import Workspace
from inspector_app.sync import credentials

FONT_MAGIC = (b"\x00\x01\x00\x00", b"OTTO", b"true", b"ttcf")  # TrueType, OpenType, a collection
HUB_URL = re.compile(r"^https?://[A-Za-z0-9.\-\[\]:]+(:\d{1,5})?/?$")
SETTING_IDS = uuid.UUID("6b1f0c1e-9a51-4f0e-8d1c-1f3e0a6c2b7d")  # a setting's id: uuid5 of this and its key
MACHINE_OWN = ("fonts",)  # notice settings that name files of one machine: never sent
HEADER_FIELDS = ("org_mark", "org_code", "signature", "recipients", "cc", "printer", "note")  # the notice's texts


@dataclass(frozen=True)
class LocalRule:
    id: str
    text: str      # with the number as it is now
    at_least: int
    default: int   # as the app comes


def notice(ws: Workspace) -> NoticeSettings:
    return load_notice_settings(ws.data_dir)


def save_notice(ws: Workspace, **values: Any) -> NoticeSettings:
    """Change fields of the notice's settings (org_mark, org_code, signature, recipients, cc, printer,
    note, rectify_days, preprinted, fonts); all are checked, then notice.yaml is written whole."""
    if set(values) - set(MACHINE_OWN):
        ws.check("setting", {"value": values})  # the office's, as the hub will insist
    data = {**notice(ws).model_dump(), **values}
    try:
        settings = NoticeSettings.model_validate(data)
    except ValidationError as exc:
        raise _worded(exc.errors()[0]) from exc
    for role, path in settings.fonts.items():
        _check_font(role, path)
    _write_notice(ws, settings)
    _publish(ws, "notice", settings.model_dump(exclude=set(MACHINE_OWN)))
    return settings


def _write_notice(ws: Workspace, settings: NoticeSettings) -> None:
    text = yaml.safe_dump(settings.model_dump(), allow_unicode=True, sort_keys=False)
    write_atomically(ws.data_dir / "notice.yaml", ("# 通报的版头与版记：由“设置”写入\n" + text).encode("utf-8"))


def _publish(ws: Workspace, key: str, value: dict[str, Any]) -> None:
    """The office's setting as a record for the hub and every other laptop."""
    with ws.db.session(ws.actor) as s:
        record = s.get(Setting, uuid.uuid5(SETTING_IDS, key))
        if record is None:
            s.add(Setting(id=uuid.uuid5(SETTING_IDS, key), key=key, value=value))
        elif record.value != value:
            record.value = value


def _stored(ws: Workspace, key: str) -> dict[str, Any] | None:
    with ws.db.session() as s:
        record = s.get(Setting, uuid.uuid5(SETTING_IDS, key))
        return None if record is None or record.deleted else dict(record.value)


R = TypeVar("R", bound=BaseModel)


def _rules(ws: Workspace, key: str, model: type[R]) -> R:
    """A group of the office's numbers kept in one setting (the defaults until the office sets its own)."""
    try:
        return model.model_validate(_stored(ws, key) or {})
    except ValidationError:  # written by a newer version: the defaults rather than nothing
        return model()


def _save_rules(ws: Workspace, key: str, model: type[R], values: dict[str, Any]) -> R:
    ws.check("setting", {"value": values})
    try:
        rules = model.model_validate({**_rules(ws, key, model).model_dump(), **values})
    except ValidationError as exc:
        raise _worded(exc.errors()[0], model) from exc
    _publish(ws, key, rules.model_dump())
    return rules


def complaint_rules(ws: Workspace) -> ComplaintRules:
    """The complaints ledger's deadlines and thresholds."""
    return _rules(ws, "complaints", ComplaintRules)


def save_complaint_rules(ws: Workspace, **values: Any) -> ComplaintRules:
    return _save_rules(ws, "complaints", ComplaintRules, values)


def assessment_rules(ws: Workspace) -> AssessmentRules:
    """The satisfaction thresholds of the year's assessment."""
    return _rules(ws, "assessment", AssessmentRules)


def save_assessment_rules(ws: Workspace, **values: Any) -> AssessmentRules:
    try:
        wanted = AssessmentRules.model_validate({**assessment_rules(ws).model_dump(), **values})
    except ValidationError as exc:
        raise _worded(exc.errors()[0], AssessmentRules) from exc
    if wanted.grave_at < wanted.explain_at:
        raise InspectorError("settings_thresholds", explain=wanted.explain_at, grave=wanted.grave_at)
    return _save_rules(ws, "assessment", AssessmentRules, values)


def security_rules(ws: Workspace) -> SecurityRules:
    """The minutes without a key or the mouse after which the window locks itself (0: never)."""
    return _rules(ws, "security", SecurityRules)


def save_security_rules(ws: Workspace, **values: Any) -> SecurityRules:
    return _save_rules(ws, "security", SecurityRules, values)


def assessment_labels() -> dict[str, str]:
    """Each assessment setting as a person reads it, in the language at work."""
    return {name: tr("setting_" + name) for name in AssessmentRules.model_fields}


def work_calendar(ws: Workspace) -> WorkCalendar:
    """Working days: the library's calendar with the years the office added."""
    office = {}
    for year, days in (_stored(ws, "holidays") or {}).items():
        try:
            office[int(year)] = YearDays(frozenset(map(date.fromisoformat, days.get("holidays", []))),
                                         frozenset(map(date.fromisoformat, days.get("workdays", []))))
        except (TypeError, ValueError, AttributeError):
            continue
    return WorkCalendar(office)


def holiday_years(ws: Workspace) -> dict[int, YearDays]:
    """The years the office typed in, with their days."""
    return dict(work_calendar(ws).office)


def parse_days(texts: list[str]) -> list[date]:
    """Days as people type them: 2027-02-06, or a run 2027-02-06..2027-02-12 (blank ones skipped)."""
    out = []
    for text in (t.strip() for t in texts):
        if not text:
            continue
        first, _, last = text.partition("..")
        start = parse_day(first)
        end = parse_day(last) if last else start
        if end < start or (end - start).days > 60:
            raise InspectorError("settings_holiday_run", text=text)
        out += [start + timedelta(days=i) for i in range((end - start).days + 1)]
    return out


def save_holidays(ws: Workspace, year: int, holidays: list[date], workdays: list[date]) -> WorkCalendar:
    """The office's calendar of one year (public holidays, working weekend days); an empty one removes it."""
    ws.check("setting", {"value": year})
    if not 2000 <= year <= 2100:
        raise InspectorError("settings_holiday_year", year=year)
    for day in (*holidays, *workdays):
        if day.year != year:
            raise InspectorError("settings_holiday_other_year", day=day.isoformat(), year=year)
    weekday = next((d for d in workdays if d.weekday() < 5), None)
    if weekday is not None:
        raise InspectorError("settings_workday_weekday", day=weekday.isoformat())
    table = _stored(ws, "holidays") or {}
    if holidays or workdays:
        table[str(year)] = {"holidays": sorted(d.isoformat() for d in set(holidays)),
                            "workdays": sorted(d.isoformat() for d in set(workdays))}
    else:
        table.pop(str(year), None)
    _publish(ws, "holidays", table)
    return work_calendar(ws)


def adopt_synced(ws: Workspace) -> list[str]:
    """The office's settings as received from the hub, written into this laptop's files where they
    differ (this machine's fonts kept): the keys adopted."""
    with ws.db.session() as s:
        received = {r.key: r.value for r in s.exec(select(Setting).where(Setting.deleted == False))}  # noqa: E712
    adopted = []
    if "notice" in received:
        own = notice(ws)
        try:
            theirs = NoticeSettings.model_validate({**received["notice"], **{k: getattr(own, k) for k in MACHINE_OWN}})
        except ValidationError:  # a setting this version cannot read: the laptop keeps its own
            theirs = own
        if theirs != own:
            _write_notice(ws, theirs)
            adopted.append("notice")
    if "rules" in received:
        now = {r.id: r.at_least for r in local_rules(ws)}
        wanted = {k: v for k, v in received["rules"].items() if k in now and now[k] != v}
        if wanted:
            _write_rules(ws, wanted)
            adopted.append("rules")
    return adopted


def _worded(error: dict[str, Any], model: type[Any] = NoticeSettings) -> InspectorError:
    """A setting of `model` refused, in the reader's words: which one and why."""
    field = str(error["loc"][0])
    name = tr("setting_" + field) if known("setting_" + field) else field
    ctx = error.get("ctx", {})
    if error["type"] == "string_too_short":
        return InspectorError("settings_empty", field=name)
    if error["type"] == "string_too_long":
        return InspectorError("settings_too_long", field=name, limit=ctx.get("max_length"))
    if error["type"] in ("greater_than_equal", "less_than_equal", "int_parsing", "int_type", "float_parsing"):
        bounds = {k: getattr(m, k) for m in model.model_fields[field].metadata for k in ("ge", "le") if hasattr(m, k)}
        return InspectorError("settings_range", field=name, low=bounds.get("ge", 1), high=bounds.get("le", 60))
    return InspectorError("settings_invalid", field=name, problem=error["msg"])


def _check_font(role: str, path: str) -> None:
    try:
        with open(path, "rb") as f:
            head = f.read(4)
    except OSError as exc:
        raise InspectorError("settings_font_unreadable", role=role, path=path, reason=exc.strerror or str(exc)) from exc
    if head not in FONT_MAGIC:
        raise InspectorError("settings_font_bad", role=role, path=path)


def local_rules(ws: Workspace) -> list[LocalRule]:
    """The rules of the ladder no source document sets: their numbers are the office's to choose."""
    bundled = {r.id: r.at_least for r in load_reference(None).rules.rules}
    return [LocalRule(r.id, r.text(), r.at_least, bundled.get(r.id, r.at_least))
            for r in ws.ref.rules.rules if not r.basis]


def save_rules(ws: Workspace, numbers: dict[str, int]) -> list[LocalRule]:
    """Change the numbers of local rules; a rule that quotes its source stays as the source says."""
    ws.check("setting", {"value": numbers})
    local = {r.id for r in local_rules(ws)}
    for rule_id, number in numbers.items():
        if rule_id not in local:
            raise InspectorError("settings_rule_not_local", id=rule_id)
        if not isinstance(number, int) or not 1 <= number <= 99:
            raise InspectorError("settings_rule_number", id=rule_id, value=number)
    _write_rules(ws, numbers)
    rules = local_rules(ws)
    _publish(ws, "rules", {r.id: r.at_least for r in rules})
    return rules


def _write_rules(ws: Workspace, numbers: dict[str, int]) -> None:
    own = ws.data_dir / "escalation.yaml"
    # the rules as this version ships them (new fields included), with the office's numbers kept
    data = yaml.safe_load(resource_path("escalation.yaml").read_text(encoding="utf-8"))
    kept = {r.id: r.at_least for r in ws.ref.rules.rules if not r.basis}
    for rule in data["rules"]:
        if rule["id"] in numbers or rule["id"] in kept and not rule.get("basis"):
            rule["at_least"] = numbers.get(rule["id"], kept.get(rule["id"]))
    text = "# 升级规则：本地设置由“设置”写入（格式见程序自带的 escalation.yaml）\n" + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False)
    staged = own.with_name(own.name + ".new")
    write_atomically(staged, text.encode("utf-8"))
    try:
        load_rules(staged, ws.ref.catalogue)  # what the app will read back must load
    except DataFileError:
        staged.unlink()
        raise
    staged.replace(own)
    ws.ref = load_reference(ws.data_dir)


def hub_url(ws: Workspace) -> str | None:
    """The address of the hub this laptop syncs with; None before enrolment."""
    if not credentials.enrolled(ws.data_dir):
        return None
    return credentials.load(ws.db).hub_url


def save_hub_url(ws: Workspace, url: str) -> str:
    """The hub moved (a new address, the same hub): the enrolment stays, only where it is changes."""
    url = url.strip().rstrip("/")
    if not HUB_URL.match(url + "/"):
        raise InspectorError("settings_hub_url", url=url)
    if not credentials.enrolled(ws.data_dir):
        raise InspectorError("settings_not_enrolled")
    creds = credentials.load(ws.db)
    credentials.save(ws.db, replace(creds, hub_url=url))
    return url


