"""The sync hub: its database, the access policy, applying operations, pull pages, photos, users and devices, its HTTP interface."""

from inspector_app.hub import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
