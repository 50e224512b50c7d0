"""`inspector settings …`: the notice's 版头 and 版记, the fonts, the local rules, the complaints
ledger's deadlines, the holidays of a year the calendar does not know yet, the assessment's
thresholds and points, and the hub's address, each checked before it is kept."""

from __future__ import annotations

from typing import Any

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.domain.assessment import AssessmentRules
from inspector_app.domain.complaints import ComplaintRules
from inspector_app.domain.deadlines import LIBRARY_YEARS
from inspector_app.i18n import tr
from inspector_app.services import settings

NOTICE_FIELDS = (*settings.HEADER_FIELDS, "rectify_days", "photos_per_page")


@click.group("settings")
def settings_group() -> None:
    """设置：通报版头与版记、字体、本地规则、投诉办理期限、节假日、同步中心地址。"""


def emit_saved(app: App, saved: Any, field: str) -> None:
    """A group of settings as saved, and in words the one field changed."""
    app.emit(saved.model_dump(), tr("settings_saved", field=tr("setting_" + field), value=getattr(saved, field)))


@settings_group.command("show")
@pass_app
def show(app: App) -> None:
    """列出当前设置。"""
    notice = settings.notice(app.ws)
    rules = settings.local_rules(app.ws)
    hub = settings.hub_url(app.ws)
    limits = settings.complaint_rules(app.ws)
    scoring = settings.assessment_rules(app.ws)
    security = settings.security_rules(app.ws)
    years = settings.holiday_years(app.ws)
    data = {"notice": notice.model_dump(), "rules": [vars(r) for r in rules], "hub_url": hub,
            "complaints": limits.model_dump(), "assessment": scoring.model_dump(), "security": security.model_dump(),
            "holidays": {y: {"holidays": sorted(d.holidays), "workdays": sorted(d.workdays)} for y, d in years.items()}}
    lines = [tr("settings_notice")]
    lines += [f"  {tr('setting_' + f)}：{getattr(notice, f)}" for f in NOTICE_FIELDS]
    lines += [f"  {tr('settings_font', role=role)}：{path}" for role, path in notice.fonts.items()]
    lines.append(tr("settings_rules"))
    lines += [f"  {r.id}：{r.text}  " + tr("catalogue_local", default=r.default) for r in rules]
    lines.append(tr("settings_complaints"))
    lines += [f"  {tr('setting_' + k)}：{v}  " + tr("catalogue_local", default=ComplaintRules.model_fields[k].default)
              for k, v in limits.model_dump().items()]
    lines.append(tr("settings_assessment"))
    lines += [f"  {k}  {tr('setting_' + k)}：{v:g}  " + tr("catalogue_local", default=f"{AssessmentRules.model_fields[k].default:g}")
              for k, v in scoring.model_dump().items()]
    lines.append(f"{tr('setting_idle_lock_minutes')}：{security.idle_lock_minutes}")
    lines.append(tr("settings_calendar", first=min(LIBRARY_YEARS), last=max(LIBRARY_YEARS),
                    own="、".join(map(str, sorted(years))) or "—"))
    lines.append(tr("settings_hub", url=hub or tr("settings_no_hub")))
    app.emit(data, "\n".join(lines))


@settings_group.command("set")
@click.argument("field", type=click.Choice(NOTICE_FIELDS))
@click.argument("value")
@pass_app
def set_(app: App, field: str, value: str) -> None:
    """修改通报的一项设置（如 org_code 区效能办、rectify_days 10）。"""
    saved = settings.save_notice(app.ws, **{field: value})
    emit_saved(app, saved, field)


@settings_group.command("font")
@click.argument("role", type=click.Choice(settings.FONT_ROLES))
@click.argument("path")
@pass_app
def font(app: App, role: str, path: str) -> None:
    """让某一字体角色使用本机的 TrueType 字体文件（空字符串：恢复自动查找）。"""
    fonts = {**settings.notice(app.ws).fonts, role: path} if path else {
        k: v for k, v in settings.notice(app.ws).fonts.items() if k != role}
    settings.save_notice(app.ws, fonts=fonts)
    app.emit({"role": role, "path": path}, tr("settings_saved", field=tr("settings_font", role=role), value=path or "—"))


@settings_group.command("rule")
@click.argument("rule_id")
@click.argument("number", type=int)
@pass_app
def rule(app: App, rule_id: str, number: int) -> None:
    """修改一条本地升级规则的次数（如 late-three-times 4）。"""
    rules = settings.save_rules(app.ws, {rule_id: number})
    changed = next(r for r in rules if r.id == rule_id)
    app.emit(vars(changed), tr("settings_saved", field=rule_id, value=changed.text))


@settings_group.command("hub")
@click.argument("url")
@pass_app
def hub(app: App, url: str) -> None:
    """同步中心换了地址（仍是同一同步中心）：修改本机所连的地址。"""
    saved = settings.save_hub_url(app.ws, url)
    app.emit({"hub_url": saved}, tr("settings_hub", url=saved))


@settings_group.command("complaint")
@click.argument("field", type=click.Choice(list(ComplaintRules.model_fields)))
@click.argument("number", type=int)
@pass_app
def complaint(app: App, field: str, number: int) -> None:
    """修改投诉办理的本地设置（如 days 30、major_days 60、referral_days 13、due_soon_days 3、many 3）。"""
    saved = settings.save_complaint_rules(app.ws, **{field: number})
    emit_saved(app, saved, field)


@settings_group.command("holidays")
@click.argument("year", type=int)
@click.option("--holiday", "holidays", multiple=True, help="法定节假日：2027-02-06 或 2027-02-06..2027-02-12（可多次）")
@click.option("--workday", "workdays", multiple=True, help="调休上班的周末日（可多次）")
@pass_app
def holidays(app: App, year: int, holidays: tuple[str, ...], workdays: tuple[str, ...]) -> None:
    """补充日历库尚未收录年份的节假日与调休（都不写：删除该年的本地表）。"""
    calendar = settings.save_holidays(app.ws, year, settings.parse_days(list(holidays)), settings.parse_days(list(workdays)))
    own = calendar.office.get(year)
    app.emit({"year": year, "holidays": sorted(own.holidays) if own else [], "workdays": sorted(own.workdays) if own else []},
             tr("settings_holidays_saved", year=year, holidays=len(own.holidays) if own else 0,
                workdays=len(own.workdays) if own else 0))


@settings_group.command("assessment")
@click.argument("field", type=click.Choice(list(AssessmentRules.model_fields)))
@click.argument("value", type=float)
@pass_app
def assessment_thresholds(app: App, field: str, value: float) -> None:
    """修改考核设置：满意度测评的阈值 explain_at（须书面说明，默认 20）、grave_at（严重，默认 30），单位为 %；或考核计分的分值（base、per_finding 等，见 settings show）。"""
    saved = settings.save_assessment_rules(app.ws, **{field: value})
    emit_saved(app, saved, field)


@settings_group.command("idle-lock")
@click.argument("minutes", type=int)
@pass_app
def idle_lock(app: App, minutes: int) -> None:
    """各电脑的窗口无人操作多少分钟后自动锁定（0：不自动锁定；默认 10）。"""
    saved = settings.save_security_rules(app.ws, idle_lock_minutes=minutes)
    emit_saved(app, saved, "idle_lock_minutes")
