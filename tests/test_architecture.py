"""Rules of the house that import-linter cannot see (it checks the layers, `./dev test` runs it):
the window and the command line open no database session and build no query; they call services."""

import ast
from pathlib import Path

import inspector_app

PACKAGE = Path(inspector_app.__file__).parent
FACES = ("ui", "cli")


def sessions_opened(path: Path) -> list[int]:
    """The lines that open a database session (`….session(…)`) or build a query (`select(…)`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Call) and (
        (isinstance(node.func, ast.Attribute) and node.func.attr == "session")
        or (isinstance(node.func, ast.Name) and node.func.id == "select"))]


def test_the_window_and_the_command_line_open_no_session():
    offenders = {str(p.relative_to(PACKAGE)): lines for face in FACES for p in (PACKAGE / face).rglob("*.py")
                 if (lines := sessions_opened(p))}
    assert offenders == {}


def test_the_check_catches_a_session_and_a_query(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("with ctx.ws.db.session() as s:\n    s.exec(select(Finding))\n", encoding="utf-8")
    assert sessions_opened(sample) == [1, 2]
