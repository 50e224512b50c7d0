"""A long title broken into lines the way GB/T 9704 wants it shaped: a trapezoid (each line a
little longer than the one above) or a diamond (the middle line longest), never a rectangle, never
splitting a word, a date or a number, never a line that starts with closing punctuation."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

# words of notice titles a break must not split (titles are short and their words few)
WORDS = ("关于", "机关", "作风", "效能", "明察", "暗访", "情况", "通报", "单位", "工作", "纪律", "问题", "典型", "表扬",
         "良好", "违反", "建设", "整改", "检查", "督查", "服务", "窗口", "中心", "投诉", "举报", "办理", "考核", "评价",
         "结果", "专项", "治理", "落实", "制度", "行为", "作风建设", "明察暗访", "机关作风效能")
_DAY = r"(?:\d+年)?(?:\d+月)?\d+日"
_ATOM = re.compile("|".join([f"{_DAY}至{_DAY}", r"\d+年\d+月(?:\d+日)?", r"\d+月\d+日", r"\d+(?:起|个|名|人|年|月|日)?",
                             r"[A-Za-z]+", *sorted(WORDS, key=len, reverse=True), r"[“《（][^”》）]{1,8}[”》）]", "."]))
NO_START = set("，。、；：？！）》」』”’〕】…—·%‰,.;:?!)]}的")
NO_END = set("（《「『“‘〔【([{")
AFTER = set("的和与及在中等于对")   # a line may well end after these


def _clean_break(before: str, after: str) -> bool:
    """A break between two known pieces, or after a particle or preposition."""
    return len(before) > 1 or len(after) > 1 or before in AFTER


def atoms(title: str) -> list[str]:
    """The title's unbreakable pieces."""
    return _ATOM.findall(title)


def _cost(widths: list[float], em: float) -> float:
    """How far from a good shape: a trapezoid growing by about two characters a line, or a
    diamond; a rectangle or an inverted shape costs much."""
    steps = [b - a for a, b in zip(widths, widths[1:])]
    if all(s >= em for s in steps):                            # trapezoid
        return sum(abs(s - 2 * em) for s in steps)
    if len(widths) == 3 and steps[0] >= em and steps[1] <= -em:  # diamond
        return abs(steps[0] + steps[1]) + em
    return 100 * em + sum(abs(s) for s in steps)


def title_lines(title: str, width: Callable[[str], float], room: float, em: float) -> list[str]:
    """The title in as few lines as fit `room`, the best-shaped of the breaks allowed."""
    if width(title) <= room:
        return [title]
    pieces = atoms(title)
    best: tuple[float, list[str]] | None = None
    for count in (2, 3, 4):
        if best is not None and best[0] < 50 * em:    # a good shape in fewer lines wins
            break
        for cuts in itertools.combinations(range(1, len(pieces)), count - 1):
            lines = ["".join(pieces[a:b]) for a, b in zip((0, *cuts), (*cuts, len(pieces)))]
            if any(line[0] in NO_START for line in lines[1:]) or any(line[-1] in NO_END for line in lines[:-1]):
                continue
            widths = [width(line) for line in lines]
            if max(widths) > room:
                continue
            cost = _cost(widths, em) + 3 * em * sum(not _clean_break(pieces[c - 1], pieces[c]) for c in cuts)
            if best is None or cost < best[0]:
                best = (cost, lines)
    return best[1] if best is not None else [title]
