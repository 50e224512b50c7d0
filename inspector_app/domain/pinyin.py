"""Finding names as people type them: by characters, by full pinyin or by pinyin initials
("zsm" finds 张三明, "zhangsan" finds 张三明 too). Polyphonic characters match any reading."""

from __future__ import annotations

import os
from functools import lru_cache
from itertools import product


def warm_up() -> None:
    """Load pypinyin's dictionary of characters, e.g. on a background thread at start-up."""
    readings("张")


@lru_cache(maxsize=20_000)
def readings(name: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Every full-pinyin and every initials spelling of a name (heteronyms included, capped)."""
    # A name is matched by each character's readings, so pypinyin's dictionary of phrases is left
    # unread: it is 2.5 MB of JSON whose parsing holds Python's lock (the window stalls) for about
    # 0.4 s, against 0.03 s for the characters alone.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    from pypinyin import Style, pinyin  # imported on first use

    syllables = pinyin(name, style=Style.NORMAL, heteronym=True, errors=lambda chars: list(chars))
    choices = [tuple(dict.fromkeys(s.lower() for s in options))[:3] for options in syllables]
    fulls, initials = set(), set()
    for combo in list(product(*choices))[:32]:
        fulls.add("".join(combo))
        initials.add("".join(s[0] for s in combo if s))
    return tuple(sorted(fulls)), tuple(sorted(initials))


def matches(query: str, name: str) -> bool:
    """Does what was typed find this name? Characters anywhere, or pinyin from the start."""
    q = query.strip().lower().replace(" ", "")
    if not q:
        return True
    if q in name.lower():
        return True
    if not q.isascii():
        return False
    fulls, initials = readings(name)
    return any(f.startswith(q) for f in fulls) or any(i.startswith(q) for i in initials)
