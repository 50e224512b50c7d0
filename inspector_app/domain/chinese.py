"""Dates and times as Chinese official texts write them."""

from __future__ import annotations

import re
from datetime import date, datetime


def chinese_date(day: date) -> str:
    """2026年11月3日: Arabic numerals, no leading zeros (GB/T 9704-2012 7.3.5)."""
    return f"{day.year}年{day.month}月{day.day}日"


def chinese_minute(at: datetime) -> str:
    """10月15日9时40分 (on the hour: 10月15日9时), as notices report the time of a finding."""
    text = f"{at.month}月{at.day}日{at.hour}时{at.minute:02d}分"
    return text.replace("时00分", "时").replace("时0", "时")


COMPOUND_SURNAMES = ("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "公孙", "慕容", "尉迟", "长孙",
                     "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "呼延", "澹台", "申屠",
                     "赫连", "钟离", "闻人", "万俟", "濮阳", "东郭", "百里")


def masked_name(name: str) -> str:
    """张三明 → 张某某, 欧阳淼淼 → 欧阳某某: how notices that circulate widely name a person."""
    surname = name[:2] if name[:2] in COMPOUND_SURNAMES else name[:1]
    return surname + "某某"


DIGITS = "零一二三四五六七八九"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 11 → 十一, 21 → 二十一, 100 → 一百: heading numbers (（十一）) and counts."""
    if n < 0:
        raise ValueError(n)
    if n < 10:
        return DIGITS[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return ("" if tens == 1 else DIGITS[tens]) + "十" + (DIGITS[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return DIGITS[hundreds] + "百"
    return DIGITS[hundreds] + "百" + ("零" + DIGITS[rest] if rest < 10 else
                                      ("一" if rest < 20 else "") + chinese_number(rest))


def chinese_count(n: int) -> str:
    """How many people a sentence counts: 两名, not 二名 (2 → 两)."""
    return "两" if n == 2 else chinese_number(n)


_COUNT = re.compile(r"^(\d+|[一二两三四五六七八九十]+|几|多|数)(?:名|个|位|人)")


def head_count(description: str) -> int:
    """How many people a description speaks of: 两名工作人员 → 2, 3名窗口人员 → 3, 多名 → 2,
    一名值班人员 or 值班人员 → 1."""
    found = _COUNT.match(description.strip())
    if not found:
        return 1
    word = found.group(1)
    if word.isdigit():
        return max(1, int(word))
    if word in "几多数":
        return 2
    if word == "两":
        return 2
    if len(word) == 1:
        return max(1, "一二三四五六七八九十".index(word) + 1)
    tens, _, ones = word.partition("十")
    return ("一二三四五六七八九".index(tens) + 1 if tens else 1) * 10 + ("一二三四五六七八九".index(ones) + 1 if ones else 0)


def counted_noun(description: str) -> str:
    """The description without its count: 两名女工作人员 → 女工作人员."""
    found = _COUNT.match(description.strip())
    return description.strip()[found.end():] if found else description.strip()


def unit_and_who(unit: str, who: str) -> str:
    """The unit followed by the person without saying a word twice: 登记窗口 + 窗口负责人 →
    登记窗口负责人 (not 登记窗口窗口负责人)."""
    for k in range(min(len(unit), len(who)), 1, -1):
        if unit.endswith(who[:k]):
            return unit + who[k:]
    return unit + who
