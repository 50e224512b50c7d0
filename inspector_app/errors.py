"""Errors a user can act on. Each carries a message id and parameters, rendered in the user's language."""

from __future__ import annotations

from typing import Any

from inspector_app import messages as _messages  # noqa: F401 (the base modules' texts)
from inspector_app.i18n import tr


class InspectorError(Exception):
    """A problem the user can understand and fix: bad input, an unusable data directory, …"""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, lang: str | None = None) -> str:
        return tr(self.key, lang=lang, **self.params)

    def __str__(self) -> str:
        return self.message()

