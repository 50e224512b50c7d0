"""Sync from the window: the status line counts what waits, the button sends it to a real hub on
loopback and the line says so; the office sees the conflicts and settles them."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from inspector_app.domain.models import Finding, Person, Unit
from inspector_app.hub import auth, schema
from inspector_app.hub.server import BackgroundHub
from inspector_app.hub.store import Hub
from inspector_app.store.database import Database
from inspector_app.sync.enrolment import enroll
from inspector_app.sync.transport import open_http
from tests.fleet import edit


@pytest.fixture
def hub(tmp_path):
    hub = Hub(str(tmp_path / "hub.sqlite3"), tmp_path / "hub-blobs")
    auth.add_user(hub, "wang", "王明", "office", "office-pass-1")
    with BackgroundHub(hub) as server:
        yield hub, server.url
    hub.close()


def enrolled(data_dir, hub, url) -> None:
    db = Database.open(data_dir)
    with open_http(url) as http:
        enroll(db, http, auth.enrollment_code(hub, "wang"), "office-pass-1", "办公室电脑")
    db.close()


def test_the_sync_button_sends_what_waits_and_the_status_line_says_so(qtbot, data_dir, hub, monkeypatch):
    hub, url = hub
    enrolled(data_dir, hub, url)
    from inspector_app.ui.app import application, close_logging, main_window

    application()
    win = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(win)
    win.show()
    panel = win.sync_panel
    assert not panel.refused_button.isVisible()
    assert "待发送" in panel.status.text() and "从未同步" in panel.status.text()
    assert not panel.status.text().startswith("待发送 0 项")
    with qtbot.waitSignal(panel.synced, timeout=60_000) as signal:
        panel.button.click()
    assert signal.args[0].pushed > 100
    assert panel.status.text().startswith("待发送 0 项、照片 0 张") and "从未同步" not in panel.status.text()
    assert "同步完成" in win.statusBar().currentMessage()
    with hub.read() as conn:
        assert len(conn.execute(select(schema.metadata.tables["finding"])).all()) == 80
    assert panel.button.isEnabled() and panel.button.text() == "同步"
    # the demo's own user accounts are the hub's to keep: refused, and the line says how many and why
    refused = signal.args[0].refused
    assert panel.refused_button.isVisible() and panel.refused_button.text() == f"被拒 {len(refused)}"
    from PySide6.QtWidgets import QMessageBox
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.informativeText())))
    panel.refused_button.click()
    [(said, reasons)] = shown
    assert f"以下 {len(refused)} 项修改" in said and "仍保存在本机" in said
    assert reasons == f"被拒 {len(refused)} 项：无权修改此类记录（用户）"
    win.ctx.ws.db.close()
    close_logging()


def test_an_unreachable_hub_is_tried_again_later_and_nothing_is_lost(qtbot, data_dir, hub, monkeypatch):
    hub, url = hub
    enrolled(data_dir, hub, url)
    from inspector_app.sync import credentials
    from inspector_app.ui.app import application, close_logging, main_window

    db = Database.open(data_dir)
    creds = credentials.load(db)
    creds.hub_url = "http://127.0.0.1:9"  # nothing listens there
    credentials.save(db, creds)
    db.close()
    application()
    win = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(win)
    panel = win.sync_panel
    monkeypatch.setattr("inspector_app.sync.transport.time.sleep", lambda s: None)
    before = panel.status.text()
    panel.sync_now(quietly=True)
    assert panel.timer.isActive() and panel.timer.remainingTime() <= 31_000  # the next try is near
    panel.sync_now(quietly=True)
    assert panel.retry_ms == 120_000  # and each failure waits longer
    assert panel.status.text() == before and panel.button.isEnabled()
    win.ctx.ws.db.close()
    close_logging()


def test_office_staff_see_a_conflict_and_take_the_inspectors_value(qtbot, data_dir, hub, monkeypatch):
    hub, url = hub
    enrolled(data_dir, hub, url)
    from inspector_app.ui import sync_panel
    from inspector_app.ui.app import application, close_logging, main_window

    application()
    win = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(win)
    win.show()
    panel = win.sync_panel
    panel.sync_now()
    with win.ctx.ws.db.session() as s:
        finding = s.exec(select(Finding).where(Finding.person_id.is_not(None))).scalars().first()
        unit, person = s.get(Unit, finding.unit_id).name, s.get(Person, finding.person_id).name
    # the hub's copy changes meanwhile (another office machine); this one edits from the old version
    with hub.write() as w:
        from inspector_app.hub.records import write_row
        table = schema.metadata.tables["finding"]
        row = dict(w.conn.execute(select(table).where(table.c.id == finding.id)).mappings().one())
        write_row(w, "finding", row, {"description": "中心改过的描述"})
    edit(win.ctx.ws.db, Finding, finding.id, description="本机改过的描述")
    panel.sync_now()
    # the demo's own user accounts were refused (the hub keeps the accounts): those are listed too
    assert panel.conflicts_button.isVisible() and panel.conflicts_button.text() == "冲突 12"
    assert win.review.conflicts_button.text() == "同步冲突 12 项，待处理…"  # and in the review desk

    def settle(dialog):
        row = next(i for i, r in enumerate(dialog.rows) if r["field"] == "description")
        assert [dialog.table.item(row, j).text() for j in range(1, 5)] == \
            ["描述", "中心改过的描述", "本机改过的描述", "同步中心上已被他人修改"]
        # each record as people know it, not by the head of its id (the minute it was made, the same for all)
        assert dialog.table.item(row, 0).text() == f"问题 {unit} {person} {finding.observed_at:%Y-%m-%d %H:%M}"
        assert len({dialog.table.item(i, 0).text() for i in range(dialog.table.rowCount())}) == dialog.table.rowCount()
        assert [dialog.shown("finding", "status", "submitted"), dialog.shown("finding", "violation_code", "late"),
                dialog.shown("rectification", "accepted", True), dialog.shown("finding", "place", None)] == \
            ["已提交", "迟到", "是", ""]
        assert {dialog.table.item(i, 0).text().split()[0] for i in range(dialog.table.rowCount())} == {"问题", "用户"}
        refused = next(i for i, r in enumerate(dialog.rows) if r["entity"] == "user")  # a whole record, by its fields
        whole = dialog.table.item(refused, 3).text()
        assert whole.startswith("用户名：") and "角色：督查员" in whole and "{" not in whole
        dialog.table.selectRow(row)
        dialog.resolve("device")
        shown.append(dialog.table.rowCount())

    shown = []
    monkeypatch.setattr(sync_panel.ConflictsDialog, "exec", settle)
    win.tabs.setCurrentWidget(win.review)
    assert win.review.conflicts_button.isVisible()
    win.review.conflicts_button.click()
    assert shown == [11] and panel.conflicts_button.text() == "冲突 11"
    assert win.review.conflicts_button.text() == "同步冲突 11 项，待处理…"
    with win.ctx.ws.db.session() as s:
        assert s.get(Finding, finding.id).description == "本机改过的描述"
    win.ctx.ws.db.close()
    close_logging()


def test_an_inspectors_laptop_offers_only_what_the_hub_takes_from_an_inspector(qtbot, data_dir, hub):
    """Enrolled as an inspector: no office desks; a submitted finding's photos are shown, not
    changed; more photos may still be added to it."""
    hub, url = hub
    auth.add_user(hub, "zhao", "赵督查", "inspector", "inspector-1", "第一督查组")
    db = Database.open(data_dir)
    with open_http(url) as http:
        enroll(db, http, auth.enrollment_code(hub, "zhao"), "inspector-1", "赵的笔记本")
    with db.session() as s:
        finding = s.scalars(select(Finding).limit(1)).first()
        finding.status, submitted = "submitted", finding.id
    db.close()
    from inspector_app.ui.app import application, close_logging, main_window

    application()
    win = main_window(data_dir, tasks_inline=True)
    qtbot.addWidget(win)
    shown = [win.tabs.tabText(i) for i in range(win.tabs.count()) if win.tabs.isTabVisible(i)]
    assert shown == ["快速录入", "问题记录", "名册"]  # the roster read-only
    gallery = win.open_evidence(submitted)
    assert not gallery.turn_left.isEnabled() and not gallery.for_notice.isEnabled() and gallery.add.isEnabled()
    gallery.close()
    win.close()
    win.ctx.ws.close()
    close_logging()
