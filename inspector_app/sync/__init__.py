"""Sync between laptops and the hub: the wire protocol, the laptop's client, bundle files, credentials."""

from inspector_app.sync import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
