"""Alembic environment: migrations run on the connection the store hands over (never from alembic.ini)."""

from alembic import context

from inspector_app.domain.models import SQLModel
from inspector_app.store.migrate import include_name

context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
