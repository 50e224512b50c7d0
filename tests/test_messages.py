"""Every text the code names exists, in Chinese and English, in the texts of its own area or of an
area below it (so it is known whenever the code that says it has loaded), and each is worded once."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest

import inspector_app
from inspector_app import i18n

PACKAGE = Path(inspector_app.__file__).parent
# the areas from the bottom up, as the layers contract orders them: an area may use its own texts
# and those of the areas below it
BELOW = {
    "base": set(), "domain": {"base"}, "store": {"base", "domain"},
    "evidence": {"base", "domain", "store"}, "reports": {"base", "domain", "store"},
    "sync": {"base", "domain", "store", "evidence", "reports"},
}
BELOW["hub"] = BELOW["demo"] = BELOW["sync"] | {"sync"}
BELOW["services"] = BELOW["hub"] | {"hub", "demo"}
BELOW["ui"] = BELOW["services"] | {"services"}
BELOW["cli"] = BELOW["ui"] | {"ui"}
SAYING = {"InspectorError", "tr", "Refused", "Refusal"}


def area_of(path: Path) -> str:
    part = path.relative_to(PACKAGE).parts[0]
    return part if part in BELOW else "base"


def texts_by_area() -> dict[str, set[str]]:
    """Each area's message ids, as its messages module adds them (and they are known once it loads)."""
    found: dict[str, set[str]] = {}
    for messages in [PACKAGE / "messages.py", *PACKAGE.glob("*/messages.py")]:
        importlib.import_module(".".join(messages.relative_to(PACKAGE.parent).with_suffix("").parts))
        [call] = [node for node in ast.walk(ast.parse(messages.read_text(encoding="utf-8")))
                  if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "add_texts"]
        keys = {k.value for k in call.args[0].keys}
        assert all(i18n.known(k) for k in keys)
        found[area_of(messages)] = keys
    return found


def said(path: Path) -> set[str]:
    """Message ids the module names: the first argument of InspectorError, tr, Refused; `code=` of a Refusal."""
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        if not (isinstance(node.func, ast.Name) and node.func.id in SAYING):  # not self.tr: Qt's translations
            continue
        args = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "code")]
        out |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return out


def test_every_text_named_is_in_its_area_or_below():
    texts = texts_by_area()
    misplaced = {}
    for path in PACKAGE.rglob("*.py"):
        if "migrations" in path.parts or path.name == "messages.py":
            continue
        area = area_of(path)
        allowed = set().union(*(texts[a] for a in BELOW[area] | {area} if a in texts))
        if wrong := said(path) - allowed:
            misplaced[str(path.relative_to(PACKAGE))] = sorted(wrong)
    assert misplaced == {}


def test_a_text_is_worded_once():
    with pytest.raises(ValueError, match="defined twice"):
        i18n.add_texts({"finding_unknown": {"zh": "另一种说法", "en": "another wording"}})
    with pytest.raises(ValueError, match="needs exactly"):
        i18n.add_texts({"a_new_text": {"zh": "只有中文"}})
