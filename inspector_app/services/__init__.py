"""The use cases a person performs (record, submit, decide, issue a notice, sync …) and the queries the
screens show: Qt-free, called by the window and the command line alike."""

from inspector_app.services import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
