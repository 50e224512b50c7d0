"""`inspector self-test`: the product's capabilities exercised end to end on a temporary data
directory through the same services the window and the commands use, the same from source and
from the frozen bundle. It grows as capabilities land."""

from __future__ import annotations

import io
import shutil
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

import click
from PIL import Image

from inspector_app import __version__
from inspector_app.cli.app import App
from inspector_app.domain.reference import load_reference
from inspector_app.i18n import tr
from inspector_app.paths import resource_path
from inspector_app.services import evidence, findings, notices
from inspector_app.services.findings import FindingFilter, FindingInput
from inspector_app.services.workspace import Workspace

PASSWORD = "self-test-only"  # the throwaway data directories' password


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
            t.state["ws"] = Workspace.open(t.data_dir / "data", "self-test", password=PASSWORD)
            return f"schema {t.state['ws'].db.schema_version}"

        def demo() -> str:
            from inspector_app.demo.generate import generate_demo

            ws = t.state["ws"]
            summary = generate_demo(ws.db, ws.ref, n_findings=40, photos=True)
            return f"{summary.findings} findings, {summary.photos} photos"

        def photo() -> str:
            ws = t.state["ws"]
            card = t.data_dir / "DCIM"
            card.mkdir()
            for minute, suffix, fmt in ((40, "jpg", "JPEG"), (41, "jpg", "JPEG"), (42, "png", "PNG")):
                (card / f"IMG_20261015_09{minute}00.{suffix}").write_bytes(_photo(datetime(2026, 10, 15, 9, minute), fmt))
            # the app reads HEIC but cannot write it: an iPhone-style photo (09:43, held upright) travels along
            shutil.copy(resource_path("samples", "IMG_20261015_094300.heic"), card)
            found = findings.record(ws, FindingInput(unit="区人社局", person="自检员", category="late",
                                                     at="2026-10-15T09:40", note="自检"))
            added, results = evidence.add_to_finding(ws, found.id, [card])  # on worker threads, as in the app
            failed = [r.message() for r in results if not r.ok]
            if failed:
                raise AssertionError("; ".join(failed))
            shown = {e.sha256: e for e in evidence.of_finding(ws, found.id).records}
            for path, r in zip(sorted(card.iterdir()), results):
                if evidence.original(ws, r.sha256) != path.read_bytes():
                    raise AssertionError(f"the stored {path.name} differs from the original")
                with Image.open(io.BytesIO(evidence.image(ws, shown[r.sha256], "thumb"))) as thumb:
                    if thumb.height <= thumb.width:
                        raise AssertionError(f"the thumbnail of {path.name} is not upright")
            t.state["finding"] = found.id
            return f"{len(added)} photos (JPEG, PNG, HEIC)"

        def search() -> str:
            page = findings.page(t.state["ws"], FindingFilter(text="自检员"))
            if [r.id for r in page.rows] != [t.state["finding"]]:
                raise AssertionError(f"search found {page.total} findings, expected the one just recorded")
            return "found by name"

        def notice() -> str:
            from datetime import date

            import pypdfium2 as pdfium

            from inspector_app.paths import bundled_font

            ws = t.state["ws"]
            req = notices.NoticeRequest(date(2026, 8, 1), date(2026, 11, 30), naming="full")
            draft = notices.compose(ws, req, date(2026, 11, 21))
            issued = notices.issue(ws, draft.id, None, date(2026, 11, 21))
            path = notices.files(ws, issued, pdf=t.data_dir / "notice.pdf")["pdf"]
            pdf = path.read_bytes()
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

            from inspector_app.environment import has_display
            if not has_display():
                os.environ["QT_QPA_PLATFORM"] = "offscreen"
                os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
            from inspector_app.ui.app import application, close_logging, main_window, qt_speaks_chinese

            application()
            if not qt_speaks_chinese():
                raise AssertionError("Qt's own Chinese translation (qtbase_zh_CN.qm) was not found")
            win = main_window(t.data_dir / "data", tasks_inline=True, password=PASSWORD)
            win.show()
            win.tabs.setCurrentWidget(win.findings)  # a list queries when it is shown
            rows = win.findings.model.rowCount()
            win.lock()
            locked = win.locked
            win.close()
            win.ctx.ws.close()
            close_logging()
            if rows == 0 or not locked:
                raise AssertionError(f"the main window listed {rows} findings and locked: {locked}")
            return f"{rows} findings listed, Ctrl+L locks, Qt's dialogs in Chinese"

        def sync() -> str:
            from inspector_app.hub import auth
            from inspector_app.hub.server import BackgroundHub
            from inspector_app.hub.store import Hub
            from inspector_app.services import sync

            hub = Hub(str(t.data_dir / "hub.sqlite3"), t.data_dir / "hub-blobs")
            auth.add_user(hub, "self-test", "自检", "office", "self-test-password")
            other = Workspace.open(t.data_dir / "other", "self-test", password=PASSWORD)
            try:
                with BackgroundHub(hub) as server:
                    reports = []
                    for ws in (t.state["ws"], other):  # this laptop sends, a second one receives
                        sync.enroll(ws, server.url, auth.enrollment_code(hub, "self-test"), "self-test-password",
                                    ws.data_dir.name)
                        reports.append(sync.sync(ws))
                received = findings.detail(other, t.state["finding"]).finding
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
        if "ws" in t.state:
            t.state["ws"].close()
        return t.results


@click.command("self-test")
@click.pass_obj
def self_test(app: App) -> None:
    """自检：在临时目录中逐项验证本机安装（数据库、演示数据、照片、检索）。"""
    results = run_self_test()
    ok = all(r.ok for r in results)
    lines = [f"{'✓' if r.ok else '✗'} {r.name} ({r.seconds:.2f} s) {r.detail if r.ok else ''}".rstrip()
             for r in results]
    failed = [r for r in results if not r.ok]
    if failed:
        lines.append(tr("self_test_failed", step=failed[0].name) + "\n" + failed[0].detail)
    app.emit({"ok": ok, "version": __version__, "steps": [asdict(r) for r in results]},
             "\n".join([f"inspector {__version__}", *lines]))
    if not ok:
        click.get_current_context().exit(1)
