"""The document model of a notice: everything a renderer needs, nothing about how it is drawn.
An issued notice's model is frozen as JSON with it (to_json / from_json)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Photo:
    sha256: str
    caption: str                  # unit, time to the minute, behaviour, photographer's team
    rotation: int = 0
    redactions: tuple[dict[str, Any], ...] = ()


@dataclass(frozen=True)
class Attachment:
    title: str
    photos: tuple[Photo, ...] = ()
    text: str = ""                # an attachment of text instead of photos


@dataclass(frozen=True)
class NoticeDocument:
    org_mark: str                 # 发文机关标志, e.g. 区机关效能建设领导小组办公室文件
    number: str                   # 发文字号 ("" for a draft)
    title: str
    recipients: str               # 主送机关, ending with a full-width colon
    body: str                     # paragraphs, one a line; headings by their numbering (一、 （一） 1. （1）)
    signature: str                # 署名
    signed_on: date               # 成文日期
    cc: str = ""                  # 抄送机关, ending with 。
    printer: str = ""             # 印发机关
    printed_on: date | None = None
    note: str = ""                # 附注, without its brackets
    attachments: tuple[Attachment, ...] = ()
    copy_number: str = ""         # 份号
    secrecy: str = ""             # 密级和保密期限
    urgency: str = ""             # 紧急程度
    preprinted: bool = False      # paper with the red mark already printed: leave its space blank
    photos_per_page: int = 2      # the photo sheet: one or two photos to a page

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["signed_on"] = self.signed_on.isoformat()
        data["printed_on"] = self.printed_on.isoformat() if self.printed_on else None
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "NoticeDocument":
        data = dict(data)
        data["signed_on"] = date.fromisoformat(data["signed_on"])
        data["printed_on"] = date.fromisoformat(data["printed_on"]) if data.get("printed_on") else None
        data["attachments"] = tuple(
            Attachment(a["title"], tuple(Photo(p["sha256"], p["caption"], p.get("rotation", 0),
                                               tuple(p.get("redactions", ()))) for p in a.get("photos", ())),
                       a.get("text", ""))
            for a in data.get("attachments", ()))
        return cls(**data)


@dataclass(frozen=True)
class Block:
    """A paragraph of the body. `head` characters from its start take the face of its level
    (一、 黑体, （一） 楷体, 1. 仿宋 bold, （1） 仿宋): all of a heading, the lead sentence of a
    numbered paragraph that has one, none of an item."""
    level: int       # 0 body text, 1 一、, 2 （一）, 3 1., 4 （1）
    text: str
    head: int = 0

    @property
    def heading(self) -> bool:
        return self.level > 0 and self.head == len(self.text)


_LEVELS = [
    (1, re.compile(r"^[一二三四五六七八九十百]+、")),
    (2, re.compile(r"^（[一二三四五六七八九十百]+）")),
    (3, re.compile(r"^\d+[.．]")),
    (4, re.compile(r"^（\d+）")),
]
CLOSING = "。！？；：…"
LEAD_MAX = 16        # a lead sentence (提高思想认识。) is short and has no comma


def _head(level: int, marker: int, line: str) -> int:
    """How much of a numbered line takes its level's face: a line that ends without closing
    punctuation is a heading; one that ends with it is a numbered paragraph, led by its first
    sentence only when that is short and comma-free and more text follows."""
    if level == 1 or line[-1] not in CLOSING:
        return len(line)
    cut = line.find("。") + 1
    lead = line[marker:cut]
    if 0 < cut < len(line) and len(lead) <= LEAD_MAX and "，" not in lead:
        return cut
    return 0


def parse_body(text: str) -> list[Block]:
    """The body's paragraphs, one a line, with their structure read from their numbering and
    punctuation (see Block)."""
    blocks = []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        level, marker = next(((lv, m.end()) for lv, pattern in _LEVELS if (m := pattern.match(line))), (0, 0))
        blocks.append(Block(level, line, _head(level, marker, line) if level else 0))
    return blocks
