"""What every command shares: the data directory's workspace, opened on first use, and the output
mode (words for a person, or JSON)."""

from __future__ import annotations

import json
import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from inspector_app.services.workspace import Workspace


class App:
    def __init__(self, data_dir: Path, as_json: bool) -> None:
        self.data_dir = data_dir
        self.as_json = as_json

    @cached_property
    def ws(self) -> Workspace:
        """The data directory opened (created and migrated as needed) with its reference data, with
        the password INSPECTOR_PASSWORD gives, or else the one the OS keyring keeps for it (`password
        remember`), or else the one typed at the terminal."""
        from inspector_app.errors import InspectorError
        from inspector_app.i18n import tr
        from inspector_app.services import lock
        from inspector_app.services.workspace import Workspace, state

        try:
            return Workspace.open(self.data_dir)
        except InspectorError as exc:
            if exc.key != "password_needed":
                raise
            needed = exc
        kept = lock.remembered(self.data_dir)
        if kept is not None:
            try:
                return Workspace.open(self.data_dir, password=kept)
            except InspectorError as exc:  # changed since, not here: the terminal asks
                if exc.key != "password_wrong" or not sys.stdin.isatty():
                    raise
                click.echo(tr("cli_keyring_stale"), err=True)
        if not sys.stdin.isatty():
            raise needed
        new = state(self.data_dir) != "encrypted"
        password = click.prompt(tr("cli_password_new" if new else "cli_password"), hide_input=True,
                                confirmation_prompt=new, err=True)
        return Workspace.open(self.data_dir, password=password)

    def emit(self, data: Any, human: str) -> None:
        """`data` as JSON with --json, else the words for a person."""
        if self.as_json:
            from inspector_app.domain.values import to_json

            click.echo(json.dumps(data, ensure_ascii=False, default=to_json, indent=2))
        else:
            click.echo(human)

    def progress(self, message: str) -> Any:
        """A progress line on standard error for a person at a terminal (none with --json): the
        message's {done} and {total} filled in as the work reports them."""
        from inspector_app.i18n import tr

        if self.as_json:
            return None

        def show(done: int, total: int) -> None:
            click.echo(f"\r{tr(message, done=done, total=total)}", nl=done >= total, err=True)
        return show


pass_app = click.make_pass_decorator(App)
