"""Rules of the house: only inspector_app/ui/ may import Qt."""

import ast
from pathlib import Path

import inspector_app

QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")
PACKAGE = Path(inspector_app.__file__).parent


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
            [node.module or ""] if isinstance(node, ast.ImportFrom) else []
        found += [n for n in names if n.split(".")[0] in QT]
    return found


def test_nothing_outside_ui_imports_qt():
    offenders = {str(p.relative_to(PACKAGE)): qt_imports(p) for p in PACKAGE.rglob("*.py")
                 if "ui" not in p.relative_to(PACKAGE).parts[:1]}
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_catches_a_qt_import(tmp_path):
    sample = tmp_path / "x.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport shiboken6\n", encoding="utf-8")
    assert qt_imports(sample) == ["PySide6.QtCore", "shiboken6"]
