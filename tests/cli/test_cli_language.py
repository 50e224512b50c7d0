"""The command line speaks the user's language everywhere: click's own words in Chinese, every
command's and option's help in English with `--lang en` or an English `LANG`."""

from __future__ import annotations

import re

import click

from inspector_app.cli import cli, speak
from inspector_app.cli.click_zh import ENGLISH
from inspector_app.cli.help_en import HELP_EN
from inspector_app.i18n import set_language
from tests.cli.test_cli import run

CJK = re.compile(r"[\u4e00-\u9fff]")


def every_command(command: click.Command):
    yield command
    if isinstance(command, click.Group):
        ctx = click.Context(command)
        for name in command.list_commands(ctx):
            yield from every_command(command.get_command(ctx, name))


def test_every_help_text_has_its_english():
    set_language("zh")
    missing = []
    for command in every_command(cli):
        for text in (command.help, *(getattr(p, "help", None) for p in command.params)):
            if text and CJK.search(text) and text not in HELP_EN and text not in ENGLISH:
                missing.append(text)
    assert missing == []


def test_english_help_is_english_and_chinese_help_comes_back():
    try:
        set_language("en")
        speak(cli)
        group = cli.get_command(click.Context(cli), "complaint")
        assert group.help.startswith("The complaints ledger") and group.commands["assign"].help.startswith("Assign")
    finally:
        set_language("zh")
        speak(cli)
    assert cli.get_command(click.Context(cli), "complaint").help.startswith("投诉举报台账")


def test_the_terminal_in_chinese_and_in_english(tmp_path):
    out = run(tmp_path, "--lang", "en", "finding", "add", "--help").stdout
    assert "Record a finding and print its id." in out and "Options:" in out and "Show this message" in out
    assert not CJK.search(out.replace("迟到", ""))
    wrong = run(tmp_path, "finding", "add", "--unit", "区人社局", ok=False)
    assert wrong.returncode == 2 and "错误：缺少选项" in wrong.stderr and "用法：" in wrong.stderr
    assert "Usage" not in wrong.stderr and "Error" not in wrong.stderr
    english = run(tmp_path, "complaint", "--help", env={"INSPECTOR_LANG": "", "LANG": "en_US.UTF-8"}).stdout
    assert "The complaints ledger" in english and "Commands:" in english
