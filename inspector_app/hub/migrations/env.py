"""Alembic environment of the hub's database (SQLite or PostgreSQL), run on the hub's connection."""

from alembic import context

from inspector_app.hub.schema import metadata

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
