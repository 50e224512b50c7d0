"""`inspector self-test`: the product's capabilities exercised end to end on a temporary data
directory, the same from source and from the frozen bundle. It grows as capabilities land."""

from __future__ import annotations

import io
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PIL import Image

from inspector_app.demo.generate import generate_demo
from inspector_app.domain.reference import load_reference
from inspector_app.domain.models import Finding
from inspector_app.evidence.blobs import BlobStore
from inspector_app.evidence.derived import DerivedImages
from inspector_app.evidence.intake import expand, ingest_all
from inspector_app.paths import resource_path
from inspector_app.store.database import Database
from inspector_app.store.evidence import attach_batch
from inspector_app.store.findings import FindingInput, record_finding
from inspector_app.store.queries import FindingFilter, page_findings


@dataclass
class StepResult:
    name: str
    ok: bool
    seconds: float
    detail: str = ""


@dataclass
class SelfTest:
    data_dir: Path
    results: list[StepResult] = field(default_factory=list)
    state: dict[str, object] = field(default_factory=dict)

    def step(self, name: str, fn: Callable[[], str]) -> bool:
        start = time.perf_counter()
        try:
            detail = fn()
            ok = True
        except Exception:  # a self-test reports every failure, whatever it is
            detail, ok = traceback.format_exc(limit=6), False
        self.results.append(StepResult(name, ok, time.perf_counter() - start, detail))
        return ok


def _photo(taken: datetime, fmt: str = "JPEG") -> bytes:
    img = Image.new("RGB", (640, 480), (30, 110 + taken.minute, 50))
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9003] = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif[0x0112] = 6  # held upright: the thumbnail must come out portrait
    buf = io.BytesIO()
    img.save(buf, fmt, exif=exif)
    return buf.getvalue()


def run_self_test(data_dir: Path | None = None) -> list[StepResult]:
    """Run every step in order; stop at the first failure (later steps depend on earlier ones)."""
    with tempfile.TemporaryDirectory(prefix="inspector-self-test-") as tmp:
        t = SelfTest(Path(data_dir or tmp))
        ref_box: dict[str, object] = {}

        def reference() -> str:
            ref_box["ref"] = load_reference(t.data_dir)
            return f"{len(ref_box['ref'].catalogue.violations)} violation types"

        def database() -> str:
            t.state["db"] = Database.open(t.data_dir / "data")
            return f"schema {t.state['db'].schema_version}"

        def demo() -> str:
            summary = generate_demo(t.state["db"], ref_box["ref"], n_findings=40, photos=True)
            return f"{summary.findings} findings, {summary.photos} photos"

        def photo() -> str:
            db = t.state["db"]
            card = t.data_dir / "DCIM"
            card.mkdir()
            for minute, suffix, fmt in ((40, "jpg", "JPEG"), (41, "jpg", "JPEG"), (42, "png", "PNG")):
                (card / f"IMG_20261015_09{minute}00.{suffix}").write_bytes(_photo(datetime(2026, 10, 15, 9, minute), fmt))
            # the app reads HEIC but cannot write it: an iPhone-style photo (09:43, held upright) travels along
            shutil.copy(resource_path("samples", "IMG_20261015_094300.heic"), card)
            found = record_finding(db, ref_box["ref"], FindingInput(unit="区人社局", person="自检员", category="late",
                                                                   at="2026-10-15T09:40", note="自检"), "self-test")
            results = ingest_all(expand([card]), db.data_dir)  # on worker threads, as in the app
            failed = [r.message() for r in results if not r.ok]
            if failed:
                raise AssertionError("; ".join(failed))
            with db.session() as s:
                added, _ = attach_batch(s, results, finding=s.get(Finding, found.id))
            blobs = BlobStore(db.blob_dir)
            derived = DerivedImages(blobs, db.data_dir / "derived")
            for path, r in zip(sorted(card.iterdir()), results):
                if blobs.path_for(r.sha256).read_bytes() != path.read_bytes():
                    raise AssertionError(f"the stored {path.name} differs from the original")
                with Image.open(derived.path_for(r.sha256, "thumb")) as thumb:
                    if thumb.height <= thumb.width:
                        raise AssertionError(f"the thumbnail of {path.name} is not upright")
            t.state["finding"] = found.id
            return f"{added} photos (JPEG, PNG, HEIC)"

        def search() -> str:
            with t.state["db"].session() as s:
                page = page_findings(s, FindingFilter(text="自检员"))
            if [r.id for r in page.rows] != [t.state["finding"]]:
                raise AssertionError(f"search found {page.total} findings, expected the one just recorded")
            return "found by name"

        def notice() -> str:
            from datetime import date

            import pypdfium2 as pdfium

            from inspector_app.fileio import write_atomically
            from inspector_app.paths import bundled_font
            from inspector_app.reports.settings import load_notice_settings
            from inspector_app.store import notices

            db = t.state["db"]
            req = notices.NoticeRequest(date(2026, 8, 1), date(2026, 11, 30), naming="full")
            draft = notices.compose(db, ref_box["ref"], load_notice_settings(), req, date(2026, 11, 21), "self-test")
            issued = notices.issue(db, draft.id, None, date(2026, 11, 21), "self-test")
            pdf = notices.pdf_bytes(db, issued)
            path = t.data_dir / "notice.pdf"
            write_atomically(path, pdf)
            doc = pdfium.PdfDocument(path)
            try:
                text = doc[0].get_textpage().get_text_bounded()
                pages = len(doc)
            finally:
                doc.close()
            if issued.number not in text.replace(" ", ""):
                raise AssertionError("the document number is not on the first page")
            fonts = bundled_font("uming.ttc").parent
            return f"{issued.number}, {pages} pages, {len(pdf) // 1024} KiB, fonts from {fonts}"

        def window() -> str:
            import os

            from inspector_app.launcher import has_display
            if not has_display():
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
                os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
            from inspector_app.ui.app import application, close_logging, main_window, qt_speaks_chinese

            application()
            if not qt_speaks_chinese():
                raise AssertionError("Qt's own Chinese translation (qtbase_zh_CN.qm) was not found")
            win = main_window(t.data_dir / "data", tasks_inline=True)
            win.show()
            win.tabs.setCurrentWidget(win.findings)  # a list queries when it is shown
            rows = win.findings.model.rowCount()
            win.lock()
            locked = win.locked
            win.close()
            win.ctx.db.close()
            close_logging()
            if rows == 0 or not locked:
                raise AssertionError(f"the main window listed {rows} findings and locked: {locked}")
            return f"{rows} findings listed, Ctrl+L locks, Qt's dialogs in Chinese"

        def sync() -> str:
            from inspector_app.hub import auth
            from inspector_app.hub.server import BackgroundHub
            from inspector_app.hub.store import Hub
            from inspector_app.sync.client import Connection, SyncClient, enroll, open_http

            hub = Hub(str(t.data_dir / "hub.sqlite3"), t.data_dir / "hub-blobs")
            auth.add_user(hub, "self-test", "自检", "office", "self-test-password")
            other = Database.open(t.data_dir / "other")
            try:
                with BackgroundHub(hub) as server, open_http(server.url) as http:
                    reports = []
                    for db in (t.state["db"], other):  # this laptop sends, a second one receives
                        creds = enroll(db, http, auth.enrollment_code(hub, "self-test"), "self-test-password",
                                       db.data_dir.name)
                        reports.append(SyncClient(db, Connection(http, creds.token)).run())
                with other.session() as s:
                    received = s.get(Finding, t.state["finding"])
            finally:
                other.close()
                hub.close()
            sent, got = reports
            if received is None or got.photos_fetched != sent.photos_sent or sent.missing_on_hub:
                raise AssertionError(f"sent {sent.pushed} changes and {sent.photos_sent} photos, the second laptop "
                                     f"got {got.pulled} and {got.photos_fetched}")
            return f"{sent.pushed} changes and {sent.photos_sent} photos through a hub on loopback"

        for name, fn in (("reference data", reference), ("database", database), ("demo data", demo),
                         ("photo intake", photo), ("search", search), ("notice PDF", notice), ("sync", sync),
                         ("main window", window)):
            if not t.step(name, fn):
                break
        if "db" in t.state:
            t.state["db"].close()
        return t.results
