"""The reference data that configures the product: the catalogue and the escalation ladder.

An office may keep its own copies in the data directory (catalogue.yaml, escalation.yaml);
otherwise the bundled ones in resources/ are used."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from inspector_app.domain.catalogue import Catalogue, load_catalogue
from inspector_app.domain.escalation import EscalationRules, load_rules
from inspector_app.paths import resource_path


@dataclass(frozen=True)
class Reference:
    catalogue: Catalogue
    rules: EscalationRules


def _pick(name: str, data_dir: Path | None) -> Path:
    if data_dir is not None and (data_dir / name).is_file():
        return data_dir / name
    return resource_path(name)


def load_reference(data_dir: Path | None = None) -> Reference:
    catalogue = load_catalogue(_pick("catalogue.yaml", data_dir))
    return Reference(catalogue, load_rules(_pick("escalation.yaml", data_dir), catalogue))
