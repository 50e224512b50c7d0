"""Document numbers (发文字号): 机关代字〔年份〕序号号, e.g. 区效能办〔2026〕12号 — six-cornered
brackets, a four-digit year, no 第, no leading zeros (GB/T 9704-2012 7.2.4)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from inspector_app.errors import InspectorError

_PATTERN = re.compile(r"^(?P<org>[^〔〕\[\]()（）\s]{1,20})〔(?P<year>\d{4})〕(?P<seq>[1-9]\d{0,4})号$")


@dataclass(frozen=True)
class DocNumber:
    org: str
    year: int
    seq: int

    def __str__(self) -> str:
        return f"{self.org}〔{self.year}〕{self.seq}号"


def parse_number(text: str) -> DocNumber:
    """Check a typed number; common mistakes get a message that names them."""
    value = text.strip()
    match = _PATTERN.match(value)
    if match:
        year = int(match["year"])
        if not 2000 <= year <= 2100:
            raise InspectorError("docnumber_bad", text=text, why="年份")
        return DocNumber(match["org"], year, int(match["seq"]))
    if re.search(r"[\[\]()（）【】]", value):
        why = "括号"
    elif "第" in value:
        why = "第"
    elif re.search(r"〕0\d", value):
        why = "前导零"
    else:
        why = "格式"
    raise InspectorError("docnumber_bad", text=text, why=why)
