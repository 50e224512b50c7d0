"""Alembic environment: migrations run on the connection the store hands over (never from alembic.ini)."""

from alembic import context

from inspector_app.domain.models import SQLModel



def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the full-text index (a virtual table the migrations manage by hand) to itself."""
    return not (type_ == "table" and name is not None and name.startswith("finding_fts"))


context.configure(
    connection=context.config.attributes["connection"],
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
