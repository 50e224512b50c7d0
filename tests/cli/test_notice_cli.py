"""`inspector notice export` end to end on demo data."""

from __future__ import annotations

import json

from pypdf import PdfReader

from tests.cli.test_cli import data, demo_dir, run  # noqa: F401  (fixtures)


def test_export_issue_and_reexport(data, tmp_path):
    out = tmp_path / "通报.pdf"
    proc = run(data, "--json", "notice", "export", "--from", "2026-11-01", "--to", "2026-11-20", "--out", str(out),
               "--docx", str(tmp_path / "通报.docx"), "--xlsx", str(tmp_path / "台账.xlsx"), "--issue",
               "--number", "区效能办〔2026〕30号", "--date", "2026-11-21")
    result = json.loads(proc.stdout)
    assert result["status"] == "issued" and result["number"] == "区效能办〔2026〕30号" and result["findings"] > 0
    assert all((tmp_path / name).stat().st_size > 0 for name in ("通报.pdf", "通报.docx", "台账.xlsx"))
    assert "区效能办〔2026〕30号" in PdfReader(out).pages[0].extract_text()
    again = tmp_path / "again.pdf"
    run(data, "notice", "export", "--id", result["id"], "--out", str(again))
    assert again.read_bytes() == out.read_bytes()
    listed = json.loads(run(data, "--json", "notice", "list").stdout)
    assert any(n["number"] == "区效能办〔2026〕30号" for n in listed)


def test_bad_numbers_and_empty_selections_write_no_file(data, tmp_path):
    out = tmp_path / "x.pdf"
    bad = run(data, "notice", "export", "--from", "2026-11-01", "--to", "2026-11-20", "--out", str(out),
              "--issue", "--number", "区效能办[2026]30号", ok=False)
    assert bad.returncode == 1 and "六角括号" in bad.stderr
    empty = run(data, "notice", "export", "--from", "2020-01-01", "--to", "2020-01-31", "--out", str(out), ok=False)
    assert empty.returncode == 1 and "没有可通报的问题" in empty.stderr
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def photo_pages(pdf) -> int:
    """Pages of the photo sheet: those after the one that starts with 附件."""
    reader = PdfReader(pdf)
    texts = [p.extract_text() for p in reader.pages]
    start = next((i for i, t in enumerate(texts) if t.lstrip().startswith("附件") and "问题照片" in t), len(texts))
    return len(texts) - start


def test_the_photo_sheet_is_chosen_from_the_command_line(data, tmp_path):
    found = json.loads(run(data, "--json", "finding", "list", "--from", "2026-11-01", "--to", "2026-11-20",
                           "--status", "reviewed").stdout)
    first = next(f["id"] for f in found["findings"] if not f["category"].startswith("public_funds"))
    chosen = json.loads(run(data, "--json", "evidence", "choose", first, "1").stdout)
    assert chosen[0]["for_notice"] and not any(p["for_notice"] for p in chosen[1:])
    refused = run(data, "evidence", "choose", first, "99", ok=False)
    assert refused.returncode == 1 and "没有照片“99”" in refused.stderr
    pages = {}
    for photos in ("none", "chosen", "auto"):
        out = tmp_path / f"{photos}.pdf"
        run(data, "notice", "export", "--from", "2026-11-01", "--to", "2026-11-20", "--photos", photos,
            "--out", str(out))
        pages[photos] = photo_pages(out)
    assert pages["none"] == 0 < pages["chosen"] <= pages["auto"]
    run(data, "evidence", "choose", first)             # none of this finding's photos any more
    assert not any(p["for_notice"] for p in json.loads(run(data, "--json", "evidence", "choose", first).stdout))
