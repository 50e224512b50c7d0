"""`inspector inspection …`: the inspections (检查行动) and their ids."""

from __future__ import annotations

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.cli.tables import table
from inspector_app.domain.enums import InspectionMode
from inspector_app.i18n import pick
from inspector_app.services import inspections


@click.group()
def inspection() -> None:
    """检查行动。"""


@inspection.command("list")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10_000))
@pass_app
def inspection_list(app: App, limit: int) -> None:
    """列出最近的检查行动。"""
    rows = [{"id": str(i.id), "title": i.title, "mode": i.mode, "start": i.start_date, "end": i.end_date, "team": team}
            for i, team in inspections.recent(app.ws, limit)]
    human = table([pick("日期", "Dates"), pick("方式", "Mode"), pick("督查组", "Team"), pick("名称", "Title"), "ID"],
                  [[f"{r['start']:%m-%d}–{r['end']:%m-%d}", InspectionMode(r["mode"]).label(), r["team"], r["title"],
                    r["id"]] for r in rows], [11, 6, 12, 40, 36])
    app.emit(rows, human)
