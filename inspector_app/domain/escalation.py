"""The escalation ladder (升级规则): from a person's and a unit's record in the calendar year to a
suggested sanction. Pure: the store gathers the records, this module only decides. A person decides."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from inspector_app.domain.catalogue import Catalogue
from inspector_app.domain.datafile import Strict, YamlDocument
from inspector_app.i18n import pick, tr


class Rule(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    scope: Literal["person", "unit"]
    count: Literal["findings", "sanctions"]
    of: list[str] = Field(default_factory=list)  # empty: any type (or any sanction)
    of_prohibitions: bool = False  # the types that break one of the four prohibitions (count: findings)
    at_least: int = Field(ge=1)
    suggest: str | None = None
    alert: bool = False
    zh: str = Field(min_length=1)
    en: str = Field(min_length=1)
    basis: str = ""  # the source document's words it follows; empty: a local setting of the office
    grade: Literal["excellent", "competent", "basic", "incompetent"] | None = None  # the annual appraisal it implies

    @model_validator(mode="after")
    def _one_outcome(self) -> "Rule":
        if (self.suggest is None) == (not self.alert):
            raise ValueError("a rule either suggests a sanction or raises an alert (exactly one)")
        if self.of_prohibitions and (self.of or self.count != "findings"):
            raise ValueError("of_prohibitions counts findings and stands instead of 'of'")
        return self

    def text(self, lang: str | None = None) -> str:
        return pick(self.zh, self.en, lang).replace("{at_least}", str(self.at_least))

    def fires(self, record: "YearRecord") -> bool:
        counts = record.findings if self.count == "findings" else record.sanctions
        total = sum(counts[c] for c in self.of) if self.of else sum(counts.values())
        return total >= self.at_least


class _File(Strict):
    rules: list[Rule] = Field(default_factory=list)


@dataclass(frozen=True)
class EscalationRules:
    rules: tuple[Rule, ...]


@dataclass(frozen=True)
class YearRecord:
    """One scope's record in a calendar year: findings by type (the new one included) and the
    sanctions already decided, by sanction code."""
    findings: Counter[str] = field(default_factory=Counter)
    sanctions: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True)
class Suggestion:
    sanction: str                # the suggested sanction code
    reasons: tuple[Rule, ...]    # the rules that suggest exactly this sanction (empty: the type's default)
    alerts: tuple[Rule, ...]     # consequences to bring to the reviewer's attention


def suggest(catalogue: Catalogue, rules: EscalationRules, violation_code: str,
            person: YearRecord, unit: YearRecord) -> Suggestion:
    """The most severe of the type's default sanction and every firing rule's suggestion."""
    fired = [r for r in rules.rules if r.fires(person if r.scope == "person" else unit)]
    best = catalogue.violation(violation_code).default_sanction
    for rule in fired:
        if rule.suggest and catalogue.severity(rule.suggest) > catalogue.severity(best):
            best = rule.suggest
    reasons = tuple(r for r in fired if r.suggest == best)
    alerts = tuple(r for r in fired if r.alert)
    return Suggestion(best, reasons, alerts)


def load_rules(path: Path, catalogue: Catalogue) -> EscalationRules:
    """Read and check the ladder against the catalogue; errors name the file and the line."""
    doc = YamlDocument(path)
    parsed = doc.parse(_File)
    seen: set[str] = set()
    rules = [r.model_copy(update={"of": list(catalogue.breaches())}) if r.of_prohibitions else r
             for r in parsed.rules]
    for i, rule in enumerate(rules):
        if rule.id in seen:
            raise doc.error(("rules", i, "id"), tr("duplicate_code", code=rule.id))
        seen.add(rule.id)
        if rule.of_prohibitions and not rule.of:
            raise doc.error(("rules", i, "of_prohibitions"), tr("no_prohibition_types"))
        known = catalogue.has_violation if rule.count == "findings" else catalogue.has_sanction
        kind = "violations" if rule.count == "findings" else "sanctions"
        for j, code in enumerate(rule.of):
            if not known(code):
                raise doc.error(("rules", i, "of", j), tr("unknown_code", code=code, kind=kind))
        if rule.suggest and not catalogue.has_sanction(rule.suggest):
            raise doc.error(("rules", i, "suggest"), tr("unknown_code", code=rule.suggest, kind="sanctions"))
    return EscalationRules(tuple(rules))
