"""Plain-text tables for the terminal, aligned for Chinese (wide characters take two columns)."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def clip(text: str, limit: int) -> str:
    out, used = "", 0
    for ch in text:
        w = width(ch)
        if used + w > limit:
            return out[:-1] + "…" if out else "…"
        out, used = out + ch, used + w
    return out


def table(headers: list[str], rows: list[list[str]], limits: list[int]) -> str:
    cells = [[clip(c, lim) for c, lim in zip(row, limits)] for row in [headers, *rows]]
    widths = [max(width(row[i]) for row in cells) for i in range(len(headers))]
    lines = ["  ".join(c + " " * (w - width(c)) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)
