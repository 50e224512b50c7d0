"""Messages for the command line and the core, Chinese first, English second.

The desktop app translates its own widgets with Qt's translation system; the texts that the
core produces (errors, summaries) come from here so that every face shows the same words.
"""

from __future__ import annotations

from typing import Any

from inspector_app.messages import MESSAGES

LANGUAGES = ("zh", "en")
_current = "zh"


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
    return MESSAGES[key][lang].format(**shown)


def pick(zh: str, en: str, lang: str | None = None) -> str:
    """Choose between the two spellings of a catalogue entry."""
    return en if (lang or _current) == "en" else zh
