"""Notices (通报): composition from findings into a document model, and its renderers (PDF, DOCX, XLSX). No Qt."""
