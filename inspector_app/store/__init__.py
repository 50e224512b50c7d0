"""The local store: the SQLite database, its migrations, the outbox that feeds sync, the replica's writes, and queries."""

from inspector_app.store import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
