"""The `inspector` command: the desktop app, findings, evidence, notices, sync, the hub, from a terminal.

Messages are Chinese by default (`--lang en`, `INSPECTOR_LANG=en` or an English `LANG` for English),
click's own words and every command's help included; `--json` prints machine-readable output.
Every command is listed here, grouped as the user sees them, and its module loads only when it is
asked for (or for --help): started without one, the desktop app does not wait for them (they bring
the whole database layer) to show its window. Started with no arguments at all,
`inspector_app.launcher` opens the window without this package.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
from pathlib import Path

import click

from inspector_app.cli import click_zh, messages as _messages  # noqa: F401 (the command line's texts)
from inspector_app.cli.app import App
from inspector_app.cli.help_en import HELP_EN
from inspector_app.environment import DATA_DIR_ENV, LANG_ENV, has_display
from inspector_app.errors import InspectorError
from inspector_app.i18n import LANGUAGES, current_language, set_language, tr
from inspector_app.paths import default_data_dir

# command → "module:object", in the order `inspector --help` lists them
COMMANDS = {
    "overview": "inspector_app.cli.data:overview",
    "finding": "inspector_app.cli.findings:finding",
    "evidence": "inspector_app.cli.evidence:evidence_group",
    "inspection": "inspector_app.cli.inspections:inspection",
    "roster": "inspector_app.cli.roster:roster_group",
    "unit": "inspector_app.cli.roster:unit_group",
    "person": "inspector_app.cli.roster:person_group",
    "catalogue": "inspector_app.cli.catalogue:catalogue_group",
    "notice": "inspector_app.cli.notices:notice_group",
    "complaint": "inspector_app.cli.complaints:complaint",
    "assess": "inspector_app.cli.assessment:assess",
    "survey": "inspector_app.cli.surveys:survey_group",
    "commitment": "inspector_app.cli.assessment:commitment_group",
    "user": "inspector_app.cli.users:user_group",
    "password": "inspector_app.cli.password:password_group",
    "audit": "inspector_app.cli.audit:audit_group",
    "settings": "inspector_app.cli.settings:settings_group",
    "sync": "inspector_app.cli.sync:sync_group",
    "bundle": "inspector_app.cli.sync:bundle_group",
    "hub": "inspector_app.cli.hub:hub_group",
    "demo": "inspector_app.cli.data:demo",
    "db": "inspector_app.cli.data:db",
    "self-test": "inspector_app.cli.selftest:self_test",
}


click_zh.install()


JSON_HELP = "输出 JSON（供程序读取）"


class Commands(click.Group):
    """The root group: each command's module loads when the command is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, name = COMMANDS[cmd_name].split(":")
        return speak(take_json(getattr(importlib.import_module(module), name)))


def take_json(command: click.Command) -> click.Command:
    """`--json` taken after any command too (`inspector unit list --json`), as before it."""
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            take_json(sub)
    runs = not isinstance(command, click.Group) or command.invoke_without_command  # a group that works itself
    if runs and not any(p.name == "json_here" for p in command.params):
        command.params.append(click.Option(["--json", "json_here"], is_flag=True, expose_value=False,
                                           help=JSON_HELP, callback=_json_wanted))
    return command


def _json_wanted(ctx: click.Context, _param: click.Parameter, wanted: bool) -> None:
    if wanted:
        ctx.find_object(App).as_json = True


def speak(command: click.Command) -> click.Command:
    """The command's help (and its options' and subcommands') in the language chosen: the Chinese
    written with it, or its English from `help_en`."""
    english = current_language() == "en"
    for item in (command, *command.params, *(p.type for p in command.params)):
        for attr in ("help", "short_help", "name"):
            if attr == "name" and not isinstance(item, click.ParamType) or not hasattr(item, attr):
                continue
            own = item.__dict__.setdefault("_zh_" + attr, getattr(item, attr))
            if english and own:
                setattr(item, attr, HELP_EN.get(own) or click_zh.english(own))
            else:
                setattr(item, attr, own)
    for sub in getattr(command, "commands", {}).values():
        speak(sub)
    return command


def default_language() -> str:
    """English where the system speaks English (LANG=en_…), else Chinese; INSPECTOR_LANG decides first."""
    return "en" if os.environ.get("LANG", "").lower().startswith("en") else "zh"


@click.group(cls=Commands, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(path_type=Path, file_okay=False), envvar=DATA_DIR_ENV,
              help="数据目录（默认：本机的用户数据文件夹）")
@click.option("--json", "as_json", is_flag=True, help=JSON_HELP)
@click.option("--lang", type=click.Choice(LANGUAGES), default=default_language, envvar=LANG_ENV,
              help="界面语言")
@click.version_option(package_name="inspector", prog_name="inspector")
@click.pass_context
def cli(ctx: click.Context, data_dir: Path | None, as_json: bool, lang: str) -> None:
    """效能督查工作台 Inspector — 明察暗访问题记录、证据与通报。"""
    set_language(lang)
    ctx.obj = App(data_dir or default_data_dir(), as_json)
    if ctx.invoked_subcommand is None:
        if not has_display():
            ctx.invoke(ctx.command.get_command(ctx, "overview"))
            click.echo(tr("no_display"), err=True)
            return
        from inspector_app.ui.app import run

        sys.exit(run(ctx.obj.data_dir))


def main(argv: list[str] | None = None) -> int:
    """Entry point: user-facing errors become one clear line (and, with --json, a JSON object on
    standard output) and a non-zero exit code."""
    ctx = cli.make_context("inspector", list(sys.argv[1:] if argv is None else argv), resilient_parsing=True)
    args = list(sys.argv[1:] if argv is None else argv)
    as_json = "--json" in args[:args.index("--") if "--" in args else None]
    set_language(ctx.params.get("lang") or default_language())  # before --help, which is answered while parsing
    speak(cli)
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

