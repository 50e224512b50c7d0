"""The local store: the SQLite database, its migrations, the outbox that feeds sync, and queries."""
