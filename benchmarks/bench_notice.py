"""A notice of 50 findings with 60 photos: export seconds, pages and file size, against a bare
ReportLab canvas that draws the same 60 print-size photos one a page in the same run."""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import seconds  # noqa: E402

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from sqlmodel import select  # noqa: E402

from inspector_app.demo.generate import generate_demo  # noqa: E402
from inspector_app.domain.models import Evidence, Finding  # noqa: E402
from inspector_app.domain.reference import load_reference  # noqa: E402
from inspector_app.reports.fonts import load_fonts  # noqa: E402
from inspector_app.reports.settings import load_notice_settings  # noqa: E402
from inspector_app.services import notices  # noqa: E402
from inspector_app.services.workspace import Workspace  # noqa: E402
from inspector_app.store.database import Database  # noqa: E402


def main() -> None:
    ref = load_reference()
    load_fonts()  # fonts unpacked and parsed once per process, as in a running app
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp))
        generate_demo(db, ref, n_findings=400, photos=True)
        with db.session() as s:  # 50 findings back to 'reviewed', with 60 of their photos for the notice
            chosen = s.exec(select(Finding).where(Finding.observed_at >= "2026-09-01", Finding.status != "voided")
                            .order_by(Finding.observed_at).limit(50)).all()
            for f in chosen:
                f.status = "reviewed"
            ids = [f.id for f in chosen]
            for ev in s.exec(select(Evidence).where(Evidence.finding_id.in_(ids))):
                ev.for_notice = False
            photos = s.exec(select(Evidence).where(Evidence.finding_id.in_(ids))).all()[:60]
            others = s.exec(select(Evidence).where(Evidence.finding_id.not_in(ids))).all()
            for ev, f in zip(others[: 60 - len(photos)], chosen):  # a second photo for some: 60 in all
                photos.append(Evidence(finding_id=f.id, sha256=ev.sha256, size=ev.size, media_type=ev.media_type))
                s.add(photos[-1])
            for ev in photos:
                ev.for_notice = True
        req = notices.NoticeRequest(date(2026, 9, 1), date(2026, 11, 30), finding_ids=tuple(ids))
        ws = Workspace(db, ref, "bench")
        box: dict[str, object] = {}

        def export() -> None:
            draft = notices.compose(ws, req, date(2026, 11, 21), load_notice_settings())
            box["pdf"] = notices.pdf_bytes(ws, draft)
        t_cold = seconds(export)   # print-size images made from the originals
        t_warm = seconds(export)   # the same, with the derived images cached
        images = sorted((db.data_dir / "derived" / "print").rglob("*.jpg"))

        def bare() -> None:
            c = Canvas(io.BytesIO(), pagesize=A4)
            for path in images:
                c.drawImage(str(path), 80, 300, 442, 331)
                c.showPage()
            c.save()
        t_bare = seconds(bare)
        pdf = box["pdf"]
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        db.close()
    print(f"notice: 50 findings, {len(images)} photos, {pages} pages, {len(pdf) / 1e6:.1f} MB")
    print(f"bare canvas with the same {len(images)} images: {t_bare:.2f} s (baseline)")
    print(f"export, photos first made print-size: {t_cold:.2f} s ({t_cold / t_bare:.1f}x)")
    print(f"export, print-size photos cached:     {t_warm:.2f} s ({t_warm / t_bare:.1f}x)")


if __name__ == "__main__":
    main()
