"""The evidence gallery: open a finding's photos, turn one, cover a face, choose it for the notice,
add more; the original never changes and every change waits in the outbox for the hub."""

from __future__ import annotations

import io

import hashlib
from dataclasses import replace

import pytest
from PIL import Image, ImageChops, ImageStat
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from sqlmodel import select

from inspector_app.domain.models import Evidence, Finding, OutboxOp
from inspector_app.services import evidence as evidence_service
from inspector_app.services.evidence import caption_for
from inspector_app.ui.gallery import GalleryDialog
from tests.evidence.images import photo


@pytest.fixture
def gallery(qtbot, window):
    """The gallery of the first finding in the list that has a photo, opened with Enter."""
    ctx = window.ctx
    with ctx.ws.db.session() as s:
        with_photo = set(s.exec(select(Evidence.finding_id).where(Evidence.kind == "photo")).all())
    page = window.findings
    window.tabs.setCurrentWidget(page)
    row = next(r for r in range(page.model.rowCount()) if page.model.row_at(r).id in with_photo)
    page.table.selectRow(row)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key_Return)
    dialog = window.findChild(GalleryDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def evidence(ctx, evidence_id) -> Evidence:
    with ctx.ws.db.session() as s:
        return s.get(Evidence, evidence_id)


def test_enter_on_a_finding_opens_its_photos(gallery, window):
    finding_id = window.findings.model.row_at(window.findings.table.currentIndex().row()).id
    with window.ctx.ws.db.session() as s:
        count = len(s.exec(select(Evidence).where(Evidence.finding_id == finding_id)).all())
    assert gallery.thumbs.count() == count >= 1
    assert not gallery.thumbs.item(0).icon().isNull()          # thumbnails are drawn
    assert gallery.canvas.pixmap is not None and not gallery.canvas.pixmap.isNull()
    assert gallery.windowTitle() == "证据"                      # no unit or person in a title


def test_turning_a_photo_turns_what_everyone_sees(qtbot, gallery, window):
    rec = gallery.current()
    before = gallery.canvas.pixmap.size()
    qtbot.mouseClick(gallery.turn_right, Qt.LeftButton)
    assert evidence(window.ctx, rec.id).rotation == (rec.rotation + 90) % 360
    assert gallery.canvas.pixmap.size().transposed() == before
    qtbot.keyClick(gallery, Qt.Key_Left, Qt.ControlModifier)
    assert evidence(window.ctx, rec.id).rotation == rec.rotation


def test_a_rectangle_drawn_with_the_mouse_covers_that_part_only(qtbot, gallery, window):
    ctx = window.ctx
    rec = gallery.current()
    original = evidence_service.original(ctx.ws, rec.sha256)
    plain = Image.open(io.BytesIO(evidence_service.image(ctx.ws, replace(rec, redactions=()), "display"))).convert("RGB")
    area = gallery.canvas.picture_rect()
    start = QPoint(int(area.x() + area.width() * 0.25), int(area.y() + area.height() * 0.25))
    end = QPoint(int(area.x() + area.width() * 0.5), int(area.y() + area.height() * 0.75))
    gallery.mode.setCurrentIndex(gallery.mode.findData("blur"))
    qtbot.mousePress(gallery.canvas, Qt.LeftButton, pos=start)
    qtbot.mouseMove(gallery.canvas, end)
    qtbot.mouseRelease(gallery.canvas, Qt.LeftButton, pos=end)

    [region] = evidence(ctx, rec.id).redactions
    assert region["mode"] == "blur"
    assert abs(region["x"] - 0.25) < 0.01 and abs(region["w"] - 0.25) < 0.01 and abs(region["h"] - 0.5) < 0.01
    covered = Image.open(io.BytesIO(evidence_service.image(ctx.ws, gallery.current(), "display")))
    x0, y0, x1, y1 = ImageChops.difference(plain, covered.convert("RGB")).point(lambda v: 255 * (v > 40)).getbbox()
    w, h = plain.size
    assert x0 >= 0.23 * w and x1 <= 0.52 * w and y0 >= 0.23 * h and y1 <= 0.77 * h
    assert gallery.thumbs.item(gallery.thumbs.currentRow()).text().endswith("已打码")
    assert evidence_service.original(ctx.ws, rec.sha256) == original   # the original is untouched
    assert hashlib.sha256(original).hexdigest() == rec.sha256

    qtbot.keyClick(gallery, Qt.Key_Z, Qt.ControlModifier)                      # undo the last rectangle
    assert evidence(ctx, rec.id).redactions == []


def test_a_slip_of_the_mouse_covers_nothing(qtbot, gallery, window):
    rec = gallery.current()
    centre = gallery.canvas.picture_rect().center().toPoint()
    qtbot.mouseClick(gallery.canvas, Qt.LeftButton, pos=centre)
    assert evidence(window.ctx, rec.id).redactions == list(rec.redactions)


def test_choosing_a_photo_for_notices_is_recorded_and_sent(qtbot, gallery, window):
    rec = gallery.current()
    with window.ctx.ws.db.session() as s:
        waiting = len(s.exec(select(OutboxOp)).all())
    qtbot.mouseClick(gallery.for_notice, Qt.LeftButton)
    assert evidence(window.ctx, rec.id).for_notice is (not rec.for_notice)
    assert gallery.thumbs.currentItem().text().startswith("★") is (not rec.for_notice)
    with window.ctx.ws.db.session() as s:
        ops = s.exec(select(OutboxOp).where(OutboxOp.entity_id == rec.id)).all()
        assert len(s.exec(select(OutboxOp)).all()) == waiting + 1
        assert ops[-1].fields.get("for_notice") is (not rec.for_notice)


def test_photos_added_in_the_gallery_join_the_finding_and_bad_files_say_why(qtbot, gallery, window, tmp_path,
                                                                             monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append(text))
    good = photo(tmp_path / "IMG_9.jpg")
    bad = tmp_path / "notes.jpg"
    bad.write_text("这不是照片")
    before = gallery.thumbs.count()
    gallery.add_files([good, bad])
    assert gallery.thumbs.count() == before + 1
    assert gallery.current().original_name == "IMG_9.jpg"          # the new photo is shown
    with window.ctx.ws.db.session() as s:
        f = s.get(Finding, gallery.finding_id)
        assert len(s.exec(select(Evidence).where(Evidence.finding_id == f.id)).all()) == before + 1
    assert len(warnings) == 1 and "notes.jpg" in warnings[0]


def test_locking_hides_the_gallery_and_unlocking_brings_it_back(qtbot, gallery, window):
    qtbot.keyClick(gallery, Qt.Key_L, Qt.ControlModifier)
    assert window.locked and not gallery.isVisible()
    window.unlock()
    assert gallery.isVisible()


def test_the_review_desk_opens_the_same_gallery(qtbot, window):
    with window.ctx.ws.db.session() as s:  # one finding waiting for review
        s.exec(select(Finding).where(Finding.status == "reviewed")).first().status = "submitted"
    window.tabs.setCurrentWidget(window.review)
    review = window.review
    review.queue.table.selectRow(0)
    qtbot.mouseClick(review.evidence_button, Qt.LeftButton)
    dialog = window.findChild(GalleryDialog)
    assert dialog is not None and dialog.isVisible() and dialog.finding_id == review.current


def test_a_copy_for_a_notice_is_redacted_and_says_when_and_where(qtbot, gallery, window, tmp_path):
    rec = gallery.current()
    gallery.cover({"x": 0.0, "y": 0.0, "w": 0.5, "h": 0.5})
    out = tmp_path / "副本.jpg"
    gallery.export_copy(out)
    with Image.open(out) as a, Image.open(io.BytesIO(evidence_service.image(window.ctx.ws, rec, "print"))) as b:
        copy, printed = a.convert("RGB"), b.convert("RGB")
    assert copy.width == printed.width and copy.height > printed.height      # the strip below
    strip = copy.crop((0, printed.height + 2, copy.width, copy.height))
    dark = sum(1 for p in strip.convert("L").tobytes() if p < 100)
    assert dark > 50                                                    # text is written in it
    above = ImageChops.difference(copy.crop((0, 0, copy.width, printed.height)), printed)
    assert max(ImageStat.Stat(above).mean) < 3                          # the redacted picture itself, unchanged
    with window.ctx.ws.db.session() as s:
        caption = caption_for(s, s.get(Evidence, rec.id))
    assert caption.count("　") == 1 and caption[:4].isdigit()           # 2026-11-17 09:10　区…
    assert evidence_service.original(window.ctx.ws, rec.sha256) != out.read_bytes()


def test_enter_closes_the_gallery_and_never_turns_a_photo(qtbot, gallery, window):
    rec = gallery.current()
    gallery.canvas.setFocus()
    qtbot.keyClick(gallery.canvas, Qt.Key_Return)
    assert evidence(window.ctx, rec.id).rotation == rec.rotation
    assert not gallery.isVisible()
