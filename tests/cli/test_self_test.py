"""`inspector self-test` passes on a working installation and fails loudly, naming the step."""

import json

from inspector_app import cli
from inspector_app.cli import selftest


def test_the_self_test_passes_and_reports_every_step(capsys):
    assert cli.main(["--json", "self-test"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and [s["name"] for s in report["steps"]] == \
        ["reference data", "database", "demo data", "photo intake", "search", "notice PDF", "sync", "main window"]


def test_a_failing_step_is_named_and_the_exit_code_is_not_zero(capsys, monkeypatch):
    def broken(*_args, **_kwargs):
        raise OSError("catalogue.yaml is missing from the bundle")
    monkeypatch.setattr(selftest, "load_reference", broken)
    assert cli.main(["self-test"]) == 1
    out = capsys.readouterr().out
    assert "✗ reference data" in out and "自检失败：reference data" in out and "missing from the bundle" in out
