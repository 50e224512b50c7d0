"""A notice of 50 findings with 60 photos exported as PDF, DOCX and XLSX: seconds (median of 5),
pages and sizes, against ReportLab's one-page CJK document (a canvas drawing a page of the body
face's text) and a bare canvas drawing the same 60 print-size photos, both in the same run.
Goal: < 2.5 s and ≤ 15 MB in all.

python benchmarks/bench_notice.py"""

from __future__ import annotations

import io
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import median_seconds, seconds  # noqa: E402

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

        out = Path(tmp) / "out"
        out.mkdir()

        def export() -> None:
            draft = notices.compose(ws, req, date(2026, 11, 21), load_notice_settings())
            box["files"] = notices.files(ws, draft, pdf=out / "n.pdf", docx=out / "n.docx", xlsx=out / "n.xlsx")
        t_cold = seconds(export)   # print-size images made from the originals
        t_warm = median_seconds(export, repeat=5)   # the same, with the derived images cached
        images = sorted((db.data_dir / "derived" / "print").rglob("*.jpg"))
        face = load_fonts().faces["fangsong"].name

        def one_page() -> None:
            c = Canvas(io.BytesIO(), pagesize=A4)
            c.setFont(face, 16)
            for line in range(22):
                c.drawString(80, 760 - line * 29, "为进一步转变机关作风、提升工作效能，现将有关情况通报如下：")
            c.showPage()
            c.save()
        t_page = median_seconds(one_page, repeat=5)

        def bare() -> None:
            c = Canvas(io.BytesIO(), pagesize=A4)
            for path in images:
                c.drawImage(str(path), 80, 300, 442, 331)
                c.showPage()
            c.save()
        t_bare = seconds(bare)
        files = box["files"]
        pages = len(PdfReader(files["pdf"]).pages)
        sizes = {kind: path.stat().st_size / 1e6 for kind, path in files.items()}
        db.close()
    print(f"notice: 50 findings, {len(images)} photos, {pages} pages; "
          + ", ".join(f"{k} {v:.1f} MB" for k, v in sizes.items()) + f" ({sum(sizes.values()):.1f} MB in all)")
    print(f"ReportLab's one-page CJK document: {t_page * 1000:.0f} ms (baseline)")
    print(f"bare canvas with the same {len(images)} images: {t_bare:.2f} s")
    print(f"PDF+DOCX+XLSX, photos first made print-size: {t_cold:.2f} s ({t_cold / t_page:.0f}x the one page)")
    print(f"PDF+DOCX+XLSX, print-size photos cached (median of 5): {t_warm:.2f} s ({t_warm / t_page:.0f}x)")


if __name__ == "__main__":
    main()
