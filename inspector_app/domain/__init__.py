"""The domain: entities, enums, the violation catalogue, workflow and escalation rules. No Qt, no I/O beyond reading data files."""

from inspector_app.domain import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
