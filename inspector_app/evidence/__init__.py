"""Evidence: the content-addressed blob store, photo intake and derived images. No Qt."""

from inspector_app.evidence import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
