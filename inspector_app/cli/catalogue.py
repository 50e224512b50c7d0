"""`inspector catalogue show`: the types, the four prohibitions, the sanctions and the ladder."""

from __future__ import annotations

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.i18n import tr
from inspector_app.services import catalogue, settings


@click.group("catalogue")
def catalogue_group() -> None:
    """问题类型目录、四条禁令、处理方式与升级规则。"""


@catalogue_group.command("show")
@pass_app
def show(app: App) -> None:
    """列出问题分组与类型（及其所违反的禁令）、处理方式（由轻到重）、升级规则；标明本地设置。"""
    data = catalogue.describe(app.data_dir, complaints=settings.complaint_rules(app.ws))
    lines = [tr("catalogue_types")]
    for group in data["groups"]:
        lines.append(f"  {group['name']}")
        for v in group["types"]:
            key = f"[{v['key']}] " if v["key"] else "    "
            breach = tr("catalogue_breaks", name=v["prohibition"]) if v["prohibition"] else ""
            lines.append(tr("catalogue_type", shortcut=key, name=v["name"], sanction=v["default_sanction"], breach=breach))
    lines.append(tr("catalogue_prohibitions"))
    lines += [tr("catalogue_prohibition", n=i, name=p["name"], types=tr("list_sep").join(p["types"]))
              for i, p in enumerate(data["prohibitions"], 1)]
    lines.append(tr("catalogue_sanctions"))
    lines.append("  " + " < ".join(s["name"] for s in data["sanctions"]))
    lines.append(tr("catalogue_accountability",
                    names=tr("list_sep").join(s["name"] for s in data["sanctions"] if s["accountability"])))
    lines.append(tr("catalogue_rules"))
    for r in data["rules"]:
        origin = tr("catalogue_local", default=r["default"]) if r["local"] else tr("catalogue_basis", basis=r["basis"])
        lines.append(f"  {r['text']}  {origin}")
    lines.append(tr("catalogue_settings"))
    lines += [tr("catalogue_setting", name=tr("setting_" + s["key"]), value=s["value"],
                 origin=tr("catalogue_local", default=s["default"])) for s in data["local_settings"]]
    app.emit(data, "\n".join(lines))
