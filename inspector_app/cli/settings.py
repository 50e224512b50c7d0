"""`inspector settings …`: the notice's 版头 and 版记, the fonts, the local rules and the hub's
address, each checked before it is kept."""

from __future__ import annotations

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.i18n import tr
from inspector_app.services import settings

NOTICE_FIELDS = (*settings.HEADER_FIELDS, "rectify_days")


@click.group("settings")
def settings_group() -> None:
    """设置：通报版头与版记、字体、本地规则、同步中心地址。"""


@settings_group.command("show")
@pass_app
def show(app: App) -> None:
    """列出当前设置。"""
    notice = settings.notice(app.ws)
    rules = settings.local_rules(app.ws)
    hub = settings.hub_url(app.ws)
    data = {"notice": notice.model_dump(), "rules": [vars(r) for r in rules], "hub_url": hub}
    lines = [tr("settings_notice")]
    lines += [f"  {tr('setting_' + f)}：{getattr(notice, f)}" for f in NOTICE_FIELDS]
    lines += [f"  {tr('settings_font', role=role)}：{path}" for role, path in notice.fonts.items()]
    lines.append(tr("settings_rules"))
    lines += [f"  {r.id}：{r.text}  " + tr("catalogue_local", default=r.default) for r in rules]
    lines.append(tr("settings_hub", url=hub or tr("settings_no_hub")))
    app.emit(data, "\n".join(lines))


@settings_group.command("set")
@click.argument("field", type=click.Choice(NOTICE_FIELDS))
@click.argument("value")
@pass_app
def set_(app: App, field: str, value: str) -> None:
    """修改通报的一项设置（如 org_code 区效能办、rectify_days 10）。"""
    saved = settings.save_notice(app.ws, **{field: value})
    app.emit(saved.model_dump(), tr("settings_saved", field=tr("setting_" + field), value=getattr(saved, field)))


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
