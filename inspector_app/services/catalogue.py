"""The catalogue as an office reads it: the groups and their types (with the 禁令 each breaks), the
four prohibitions, the sanctions mildest first, the escalation rules, and which numbers are the
office's own settings rather than the source documents'."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from inspector_app.domain.complaints import ComplaintRules
from inspector_app.domain.reference import load_reference
from inspector_app.reports.settings import NoticeSettings, load_notice_settings


def describe(data_dir: Path | None, lang: str | None = None, complaints: ComplaintRules | None = None) -> dict[str, Any]:
    """Everything `inspector catalogue show` prints, in the reader's language; `complaints`: the
    complaints ledger's numbers as the office set them (the defaults if None)."""
    ref = load_reference(data_dir)
    cat = ref.catalogue
    settings = load_notice_settings(data_dir)
    bundled = {r.id: r.at_least for r in load_reference(None).rules.rules}
    return {
        "groups": [{
            "code": g.code, "name": g.name(lang),
            "types": [{"code": v.code, "name": v.name(lang), "key": v.key,
                       "prohibition": cat.prohibition(v.prohibition).name(lang) if v.prohibition else None,
                       "default_sanction": cat.sanction(v.default_sanction).name(lang)}
                      for v in cat.violations if v.group == g.code],
        } for g in cat.groups],
        "prohibitions": [{"code": p.code, "name": p.name(lang),
                          "types": [cat.violation(c).name(lang) for c in cat.breaches()
                                    if cat.violation(c).prohibition == p.code]} for p in cat.prohibitions],
        "sanctions": [{"code": s.code, "name": s.name(lang), "severity": cat.severity(s.code),
                       "accountability": s.accountability} for s in cat.sanctions],
        "rules": [{"id": r.id, "text": r.text(lang), "scope": r.scope, "count": r.count, "at_least": r.at_least,
                   "suggest": cat.sanction(r.suggest).name(lang) if r.suggest else None, "alert": r.alert,
                   "local": not r.basis, "basis": r.basis, "default": bundled.get(r.id)} for r in ref.rules.rules],
        "local_settings": [{"key": "rectify_days", "value": settings.rectify_days,
                            "default": NoticeSettings.model_fields["rectify_days"].default}] + [
            {"key": key, "value": value, "default": ComplaintRules.model_fields[key].default}
            for key, value in (complaints or ComplaintRules()).model_dump().items()],
    }
