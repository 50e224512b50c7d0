"""Demo data: a realistic district for trying the product and for benchmarks. Deterministic for a seed."""

from inspector_app.demo import messages as _messages  # noqa: F401 (the area's texts, known once it loads)
