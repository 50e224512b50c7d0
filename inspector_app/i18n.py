"""The product's texts, Chinese first, English second, and the one lookup every face uses.

Each area keeps its own texts (`domain/messages.py`, `store/messages.py`, …) and adds them here when
its package is first imported, so a text is known wherever the code that says it has loaded. The
desktop app translates its own widgets with Qt's translation system; the texts the core produces
(errors, summaries) come from here, so that every face shows the same words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

LANGUAGES = ("zh", "en")
Texts = Mapping[str, Mapping[str, str]]

_current = "zh"
_texts: dict[str, Mapping[str, str]] = {}


def add_texts(texts: Texts) -> None:
    """Make an area's texts known: message id → {"zh": …, "en": …}. An id may belong to one area only."""
    for key, spellings in texts.items():
        if set(spellings) != set(LANGUAGES):
            raise ValueError(f"message {key!r} needs exactly {LANGUAGES}, has {sorted(spellings)}")
        if _texts.get(key, spellings) is not spellings:
            raise ValueError(f"message {key!r} is defined twice")
        _texts[key] = spellings


def known(key: str) -> bool:
    return key in _texts


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}")
    _current = lang


def current_language() -> str:
    return _current


def tr(key: str, lang: str | None = None, **params: Any) -> str:
    """The message `key` in `lang` (default: the current language), with its parameters filled in."""
    lang = lang or _current
    shown = {k: v.label(lang) if hasattr(v, "label") else v for k, v in params.items()}
    return _texts[key][lang].format(**shown)


def pick(zh: str, en: str, lang: str | None = None) -> str:
    """Choose between the two spellings of a catalogue entry."""
    return en if (lang or _current) == "en" else zh


def colon() -> str:
    """The colon after a label: full-width in Chinese, ": " in English."""
    return pick("：", ": ")


def bracketed(text: str) -> str:
    """An aside: （…） in Chinese, " (…)" in English."""
    return pick(f"（{text}）", f" ({text})")


def joined(items: list[str] | tuple[str, ...]) -> str:
    """Items of a list in a sentence: 、-free, with the language's semicolon."""
    return pick("；", "; ").join(items)
