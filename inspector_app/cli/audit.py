"""`inspector audit verify`: the audit log checked as a hash chain; the first entry altered, or the
first whose predecessor was removed or slipped in, is named (exit 1)."""

from __future__ import annotations

import click

from inspector_app.cli.app import App, pass_app
from inspector_app.i18n import tr
from inspector_app.services import audit


@click.group("audit")
def audit_group() -> None:
    """审计日志。"""


@audit_group.command("verify")
@pass_app
def verify(app: App) -> None:
    """逐条核对审计日志的哈希链，指出第一处被改动或删除的位置。"""
    result = audit.verify(app.ws)
    broken = result.broken
    app.emit({"entries": result.entries, "intact": broken is None,
              "broken": None if broken is None else {"id": broken.entry_id, "kind": broken.kind}},
             tr("audit_intact", count=result.entries) if broken is None else
             tr("audit_broken_" + broken.kind, id=broken.entry_id, count=result.entries))
    if broken is not None:
        raise SystemExit(1)
