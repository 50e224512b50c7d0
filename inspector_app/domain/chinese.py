"""Dates and times as Chinese official texts write them."""

from __future__ import annotations

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
