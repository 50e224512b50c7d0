"""The violation catalogue (问题类型), the four prohibitions (四条禁令) and the sanctions (处理方式),
loaded from resources/catalogue.yaml."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from pydantic import Field

from inspector_app.domain.datafile import Strict, YamlDocument
from inspector_app.i18n import pick, tr

CODE = r"^[a-z][a-z0-9_]*$"


class Entry(Strict):
    code: str = Field(pattern=CODE)
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def name(self, lang: str | None = None) -> str:
        return pick(self.zh, self.en, lang)


class Group(Entry):
    """问题分组"""


class Prohibition(Entry):
    """禁令: one of the four prohibitions a violation type may break."""


class Sanction(Entry):
    """处理方式; its severity is its position in the file. `accountability`: a form of the
    accountability of a unit's head (一把手问责)."""
    accountability: bool = False


class ViolationType(Entry):
    """问题类型"""
    group: str
    default_sanction: str
    key: str | None = Field(default=None, pattern=r"^[A-Z0-9]$")
    prohibition: str | None = None
    phrase: str = ""


class _File(Strict):
    groups: list[Group] = Field(min_length=1)
    prohibitions: list[Prohibition] = Field(default_factory=list)
    sanctions: list[Sanction] = Field(min_length=1)
    violations: list[ViolationType] = Field(min_length=1)


@dataclass(frozen=True)
class Catalogue:
    groups: tuple[Group, ...]
    sanctions: tuple[Sanction, ...]
    violations: tuple[ViolationType, ...]
    prohibitions: tuple[Prohibition, ...] = ()

    @cached_property
    def _violations(self) -> dict[str, ViolationType]:
        return {v.code: v for v in self.violations}

    @cached_property
    def _sanctions(self) -> dict[str, Sanction]:
        return {s.code: s for s in self.sanctions}

    @cached_property
    def _groups(self) -> dict[str, Group]:
        return {g.code: g for g in self.groups}

    def violation(self, code: str) -> ViolationType:
        return self._violations[code]

    def sanction(self, code: str) -> Sanction:
        return self._sanctions[code]

    def group(self, code: str) -> Group:
        return self._groups[code]

    def prohibition(self, code: str) -> Prohibition:
        return next(p for p in self.prohibitions if p.code == code)

    def breaches(self) -> tuple[str, ...]:
        """The codes of the types that break one of the four prohibitions."""
        return tuple(v.code for v in self.violations if v.prohibition)

    def accountability(self) -> tuple[Sanction, ...]:
        """The forms of accountability a unit's head can receive, mildest first."""
        return tuple(s for s in self.sanctions if s.accountability)

    def has_violation(self, code: str) -> bool:
        return code in self._violations

    def has_sanction(self, code: str) -> bool:
        return code in self._sanctions

    def severity(self, sanction_code: str) -> int:
        """0 for the mildest sanction, rising with the order of the file."""
        return self.sanctions.index(self._sanctions[sanction_code])

    def find_violation(self, text: str) -> ViolationType | None:
        """A violation type by its code, Chinese or English name (exact, case-insensitive)."""
        wanted = text.strip().casefold()
        for v in self.violations:
            if wanted in (v.code, v.zh.casefold(), v.en.casefold()):
                return v
        return None

    def closest_violations(self, text: str, n: int = 3) -> list[ViolationType]:
        """The types whose code or names look most like `text`, for a 'did you mean' message."""
        wanted = text.strip().casefold()
        scored = []
        for v in self.violations:
            names = (v.code, v.zh.casefold(), v.en.casefold())
            score = max(difflib.SequenceMatcher(None, wanted, name).ratio() for name in names)
            if any(wanted and wanted in name for name in names):
                score += 1
            scored.append((score, v))
        scored.sort(key=lambda sv: -sv[0])
        return [v for score, v in scored[:n] if score > 0.3]


def load_catalogue(path: Path) -> Catalogue:
    """Read and check the catalogue; a bad file raises DataFileError naming the file and the line."""
    doc = YamlDocument(path)
    parsed = doc.parse(_File)
    for section in ("groups", "prohibitions", "sanctions", "violations"):
        seen: set[str] = set()
        for i, entry in enumerate(getattr(parsed, section)):
            if entry.code in seen:
                raise doc.error((section, i, "code"), tr("duplicate_code", code=entry.code))
            seen.add(entry.code)
    groups = {g.code for g in parsed.groups}
    sanctions = {s.code for s in parsed.sanctions}
    prohibitions = {p.code for p in parsed.prohibitions}
    keys: set[str] = set()
    for i, v in enumerate(parsed.violations):
        if v.group not in groups:
            raise doc.error(("violations", i, "group"), tr("unknown_code", code=v.group, kind="groups"))
        if v.default_sanction not in sanctions:
            raise doc.error(("violations", i, "default_sanction"),
                            tr("unknown_code", code=v.default_sanction, kind="sanctions"))
        if v.prohibition is not None and v.prohibition not in prohibitions:
            raise doc.error(("violations", i, "prohibition"),
                            tr("unknown_code", code=v.prohibition, kind="prohibitions"))
        try:
            v.phrase.format(time="", unit="", who="")
        except (KeyError, IndexError, ValueError) as exc:
            raise doc.error(("violations", i, "phrase"), tr("phrase_bad", detail=str(exc))) from None
        if v.key is not None:
            if v.key in keys:
                raise doc.error(("violations", i, "key"), tr("duplicate_code", code=v.key))
            keys.add(v.key)
    return Catalogue(tuple(parsed.groups), tuple(parsed.sanctions), tuple(parsed.violations),
                     tuple(parsed.prohibitions))
