"""Finding names as people type them: by characters, by full pinyin or by pinyin initials
("zsm" finds 张三明, "zhangsan" finds 张三明 too), from the name's first character or any later
one ("rsj" and "qrsj" both find 区人社局, "renshe" too). Polyphonic characters match any reading."""

from __future__ import annotations

import os
from functools import lru_cache
from itertools import product


def warm_up() -> None:
    """Load pypinyin's dictionary of characters, e.g. on a background thread at start-up."""
    readings("张")


@lru_cache(maxsize=20_000)
def readings(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every full-pinyin and every initials spelling of a name and of each of its tails (from its
    second character on, and so on), heteronyms included, capped."""
    # A name is matched by each character's readings, so pypinyin's dictionary of phrases is left
    # unread: it is 2.5 MB of JSON whose parsing holds Python's lock (the window stalls) for about
    # 0.4 s, against 0.03 s for the characters alone.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import Style, pinyin  # imported on first use

    syllables = pinyin(name, style=Style.NORMAL, heteronym=True, errors=lambda chars: list(chars))
    choices = [tuple(dict.fromkeys(s.lower() for s in options))[:3] for options in syllables]
    fulls, initials = set(), set()
    for combo in list(product(*choices))[:32]:
        for start in range(len(combo)):
            fulls.add("".join(combo[start:]))
            initials.add("".join(s[0] for s in combo[start:] if s))
    return tuple(sorted(fulls)), tuple(sorted(initials))


PREFIXES = "区县市镇乡"  # 区人社局 is 人社局 to those who type it


def rank(query: str, name: str) -> int:
    """How well a name that `matches` answers the query: 0 from its start (its 区/县/镇 prefix left
    out or not), 1 from a later character."""
    q = query.strip().lower().replace(" ", "")
    starts = [name, name[1:]] if name[:1] in PREFIXES else [name]
    if any(s.lower().startswith(q) for s in starts):
        return 0
    if q.isascii():
        from pypinyin import Style, lazy_pinyin

        for start in starts:
            syllables = lazy_pinyin(start, style=Style.NORMAL, errors=lambda chars: list(chars))
            if "".join(syllables).startswith(q) or "".join(s[:1] for s in syllables).startswith(q):
                return 0
    return 1


def matches(query: str, name: str) -> bool:
    """Does what was typed find this name? Characters anywhere, or pinyin from any character on."""
    q = query.strip().lower().replace(" ", "")
    if not q:
        return True
    if q in name.lower():
        return True
    if not q.isascii():
        return False
    fulls, initials = readings(name)
    return any(f.startswith(q) for f in fulls) or any(i.startswith(q) for i in initials)
