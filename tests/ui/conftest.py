"""A demo data directory per test, and the main window on it with background work run inline."""

from __future__ import annotations

from pathlib import Path

import pytest

from inspector_app.demo.generate import generate_demo
from inspector_app.store.database import Database
from tests.conftest import copy_tree


@pytest.fixture(scope="session")
def pristine_demo(tmp_path_factory, ref) -> Path:
    folder = tmp_path_factory.mktemp("ui-demo")
    db = Database.open(folder)
    generate_demo(db, ref, seed=5, n_findings=80, photos=True)
    db.close()
    return folder


@pytest.fixture
def data_dir(pristine_demo, tmp_path) -> Path:
    return copy_tree(pristine_demo, tmp_path)


@pytest.fixture
def window(qtbot, data_dir):
    from inspector_app.ui.app import application, main_window
    application()
    win = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(win)
    win.show()
    yield win
    from inspector_app.ui.app import close_logging
    win.ctx.ws.db.close()
    close_logging()
