"""Notices (通报): composition from findings into a document model, and its renderers (PDF, DOCX, XLSX). No Qt."""

from inspector_app.reports import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
