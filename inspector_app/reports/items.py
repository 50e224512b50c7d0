"""From findings to a notice's items, people and handlings: each item one or two sentences made
from the finding's own record (the inspectors' facts, the person as the naming choice allows),
identical findings merged, and every count taken from who the people are, never from how the
notice happens to name them."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from inspector_app.domain.chinese import (
    chinese_count, chinese_minute, counted_noun, head_count, masked_name, unit_and_who,
)

SENTENCE_END = "。！？"
FACTS_ROOM = 90           # characters of facts after the lead sentence, whole sentences only
# what a circulated notice must not print: telephone, mobile and identity-card numbers
PRIVATE = re.compile(r"(?<!\d)(1[3-9]\d{9}|\d{3,4}-\d{7,8}|\d{17}[\dXx])(?!\d)")
REPEATED = re.compile(r"([\u4e00-\u9fff]{2,4})\1")


@dataclass(frozen=True)
class Record:
    """One finding as a notice sees it."""
    finding_id: str
    at: datetime
    unit: str
    phrase: str                   # the type's sentence with {time}, {unit}, {who}
    person_id: str = ""           # "" when the person is only described
    name: str = ""
    position: str = ""
    described: str = ""           # 一名女工作人员 / 两名工作人员, when not named
    description: str = ""         # the inspectors' own words
    sanction: str = ""

    @property
    def heads(self) -> int:
        return 1 if self.person_id else head_count(self.described)


@dataclass(frozen=True)
class Item:
    """One item of the notice: one finding, or several identical ones merged."""
    finding_ids: tuple[str, ...]
    unit: str
    text: str            # 10月15日9时40分，区人社局科员张某某上班时间玩电脑游戏。经查，……
    who: str             # the person(s) as this notice names or describes them ("" when none was recorded)
    sanction: str        # the handling decided, by name

    @property
    def finding_id(self) -> str:
        return self.finding_ids[0]

    @property
    def named(self) -> str:
        """The unit and the person(s): 区人社局科员张某某."""
        return unit_and_who(self.unit, self.who or "有关人员")


def who(name: str | None, description: str, position: str, naming: str) -> str:
    """The person as the notice names them: 科员张三明 / 科员张某某 / a description."""
    if not name:
        return description or "一名工作人员"
    if naming == "full":
        return f"{position}{name}"
    if naming == "masked":
        return f"{position}{masked_name(name)}"
    return position or "一名工作人员"


def sentences(text: str) -> list[str]:
    """Whole sentences, each with its closing mark; a last one without gets 。."""
    out = [p.strip() for p in re.split(f"(?<=[{SENTENCE_END}])", text.strip()) if p.strip()]
    if out and out[-1][-1] not in SENTENCE_END:
        out[-1] = out[-1].rstrip("，、；：,;:") + "。"
    return out


def _phrase(r: Record, named: str, join=unit_and_who) -> str:
    """The type's sentence about this finding, always with its time and, where one was recorded,
    its person; a phrase that leaves the sentence to the inspector (其他) is left open."""
    phrase = r.phrase or "{time}，{unit}{who}"
    if "{who}" not in phrase and (r.person_id or r.described) and "{unit}" in phrase:
        phrase = phrase.replace("{unit}", "{unit}{who}")
    if "{time}" not in phrase:
        phrase = "{time}，" + phrase
    return phrase.replace("{unit}{who}", "{unit_who}").format(
        time=chinese_minute(r.at), unit=r.unit, who=named, unit_who=join(r.unit, named))


def _lead(r: Record, named: str) -> str:
    text = _phrase(r, named)
    return text if text[-1] in SENTENCE_END else text + "存在违反工作纪律的行为。"


def _bare(r: Record, sentence: str) -> bool:
    """Whether a sentence of the inspectors' is only the type's phrase, as quick entry began it."""
    full = who(r.name, r.described, r.position, "full")
    return sentence.rstrip(SENTENCE_END) in {_phrase(r, full, join).rstrip(SENTENCE_END)
                                             for join in (unit_and_who, str.__add__)}


def _renamed(text: str, r: Record, named: str, naming: str) -> str:
    """The inspectors' words with the person named as the notice names them."""
    if r.name and naming != "full":
        if r.position:
            text = text.replace(r.position + r.name, named)
        text = text.replace(r.name, masked_name(r.name) if naming == "masked" else "该同志")
    return text


def _own_lead(r: Record, description: str) -> bool:
    """Whether the inspectors' words begin with the finding's time, as quick entry starts them."""
    return description.startswith((chinese_minute(r.at), f"{r.at.month}月{r.at.day}日"))


def item_text(r: Record, naming: str) -> str:
    """The item's sentences: the inspectors' words (named as chosen, without private numbers),
    after the type's sentence unless they begin with the time themselves; whole sentences only."""
    named = who(r.name, r.described, r.position, naming)
    said = [s for s in sentences(r.description) if not PRIVATE.search(s)]
    if said and _own_lead(r, said[0]) and not _bare(r, said[0]):
        lead, facts = _renamed(said[0], r, named, naming), said[1:]
    else:
        lead, facts = _lead(r, named), said[1:] if said and _own_lead(r, said[0]) else said
    facts = [_renamed(s, r, named, naming) for s in facts]
    kept: list[str] = []
    for s in facts:
        if s in lead or (kept and len("".join(kept)) + len(s) > FACTS_ROOM) or len(kept) == 2:
            continue
        kept.append(s)
    return REPEATED.sub(r"\1", lead + "".join(kept))


def _merged_who(records: list[Record], naming: str) -> str:
    named = [who(r.name, "", r.position, naming) for r in records if r.person_id]
    described = [r for r in records if not r.person_id]
    if described:
        nouns = {counted_noun(r.described) or "工作人员" for r in described}
        total = sum(r.heads for r in described)
        noun = nouns.pop() if len(nouns) == 1 else "工作人员"
        named.append(f"{chinese_count(total)}名{noun}" if total > 1 or len(described) > 1 else described[0].described)
    return "、".join(named)


def items(records: list[Record], naming: str) -> list[Item]:
    """The items in the records' order; findings of one unit and type at the same minute with the
    same words but for the person merge into one item naming them all."""
    groups: dict[tuple[str, str], list[tuple[Record, str]]] = defaultdict(list)
    order: list[tuple[str, str]] = []
    for r in records:
        named = who(r.name, r.described, r.position, naming)
        text = item_text(r, naming)
        key = (r.unit, text.replace(named, "\0", 1)) if named in text else (r.finding_id, text)
        if key not in groups:
            order.append(key)
        groups[key].append((r, text))
    out = []
    for key in order:
        members = [r for r, _ in groups[key]]
        text = groups[key][0][1]
        if len(members) > 1:
            text = key[1].replace("\0", _merged_who(members, naming), 1)
        sanctions = list(dict.fromkeys(r.sanction for r in members if r.sanction))
        people = [r for r in members if r.person_id or r.described]
        out.append(Item(tuple(r.finding_id for r in members), members[0].unit, text,
                        _merged_who(people, naming) if people else "", "、".join(sanctions)))
    return out


def handlings(records: list[Record], naming: str, order: list[str]) -> list[tuple[str, list[str], int]]:
    """处理意见: for each sanction in `order` (heaviest first), everyone who received it, each with
    their unit and only the title they hold, and how many people that is. People the notice would name
    alike (two 科员 of one unit when names are left out) are counted together: 区人社局两名科员."""
    seen: dict[str, set] = defaultdict(set)
    alike: dict[str, dict[tuple[str, str, object], list[tuple[str, int]]]] = defaultdict(dict)
    for r in records:
        key = r.person_id or r.finding_id
        if not r.sanction or key in seen[r.sanction]:
            continue
        seen[r.sanction].add(key)
        named = who(r.name, r.described, r.position, naming)
        apart = key if r.name and naming != "none" else None  # a name, even masked, is one person's
        alike[r.sanction].setdefault((r.unit, counted_noun(named), apart), []).append((named, r.heads))
    out = []
    for s in order:
        if not alike.get(s):
            continue
        texts = [unit_and_who(unit, group[0][0] if len(group) == 1 else
                              f"{chinese_count(sum(h for _, h in group))}名{noun}")
                 for (unit, noun, _), group in alike[s].items()]
        out.append((s, texts, sum(h for group in alike[s].values() for _, h in group)))
    return out


def people(records: list[Record]) -> int:
    """How many people the findings concern: each named person once, each description by its count."""
    return len({r.person_id for r in records if r.person_id}) + sum(r.heads for r in records if not r.person_id)
