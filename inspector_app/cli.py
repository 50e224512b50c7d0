"""The `inspector` command: the desktop app, demo data, findings and the database, from a terminal.

Messages are Chinese by default (`--lang en` for English); `--json` prints machine-readable output.
The commands live in `inspector_app.commands` and load when one is asked for: started without one,
the desktop app does not wait for them (they bring the whole database layer) to show its window.
Started with no arguments at all, `inspector_app.launcher` opens the window without this module.
"""

from __future__ import annotations

import getpass
import json
import sys
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from inspector_app.errors import InspectorError
from inspector_app.i18n import set_language, tr
from inspector_app.launcher import DATA_DIR_ENV, LANG_ENV, LANGUAGES, has_display
from inspector_app.paths import default_data_dir

if TYPE_CHECKING:
    from inspector_app.domain.reference import Reference
    from inspector_app.store.database import Database


class App:
    """What every command shares: the data directory, opened on first use, and the output mode."""

    def __init__(self, data_dir: Path, as_json: bool) -> None:
        self.data_dir = data_dir
        self.as_json = as_json
        self.actor = getpass.getuser()

    @cached_property
    def db(self) -> Database:
        from inspector_app.store.database import Database

        return Database.open(self.data_dir)

    @cached_property
    def ref(self) -> Reference:
        from inspector_app.domain.reference import load_reference

        return load_reference(self.data_dir)

    def emit(self, data: Any, human: str) -> None:
        if self.as_json:
            from inspector_app.store.outbox import to_json

            click.echo(json.dumps(data, ensure_ascii=False, default=to_json, indent=2))
        else:
            click.echo(human)


pass_app = click.make_pass_decorator(App)


class Commands(click.Group):
    """The root group: its commands load with the first one asked for (or with --help)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        _load_commands()
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        _load_commands()
        return super().get_command(ctx, cmd_name)


def _load_commands() -> None:
    import inspector_app.commands  # noqa: F401 (each of its commands adds itself to `cli`)


@click.group(cls=Commands, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), envvar=DATA_DIR_ENV,
              help="数据目录 / data directory (default: the platform's user data folder)")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / machine-readable output")
@click.option("--lang", type=click.Choice(LANGUAGES), default="zh", envvar=LANG_ENV,
              help="界面语言 / language")
@click.version_option(package_name="inspector", prog_name="inspector")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, as_json: bool, lang: str) -> None:
    """效能督查工作台 Inspector — 明察暗访问题记录、证据与通报。"""
    set_language(lang)
    ctx.obj = App(data_dir or default_data_dir(), as_json)
    if ctx.invoked_subcommand is None:
        if not has_display():
            from inspector_app.commands import overview

            ctx.invoke(overview)
            click.echo(tr("no_display"), err=True)
            return
        from inspector_app.ui.app import run

        sys.exit(run(ctx.obj.data_dir))


def main(argv: list[str] | None = None) -> int:
    """Entry point: user-facing errors become one clear line (and, with --json, a JSON object on
    standard output) and a non-zero exit code."""
    ctx = cli.make_context("inspector", list(sys.argv[1:] if argv is None else argv), resilient_parsing=True)
    as_json = bool(ctx.params.get("as_json"))
    try:
        code = cli.main(args=argv, prog_name="inspector", standalone_mode=False)
    except InspectorError as exc:
        click.echo(tr("error_prefix", message=exc.message()), err=True)
        if as_json:
            click.echo(json.dumps({"error": exc.key, "message": exc.message()}, ensure_ascii=False))
        return 1
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.ClickException as exc:
        exc.show()
        return exc.exit_code
    except click.exceptions.Abort:
        click.echo(tr("aborted"), err=True)
        return 1
    return code if isinstance(code, int) else 0  # ctx.exit(n) comes back as a return value


if __name__ == "__main__":
    # run as `python -m inspector_app.cli`: the commands add themselves to the group of the module
    # imported by its name, not to this copy of it
    from inspector_app.cli import main as imported_main

    sys.exit(imported_main())
