"""Demo data: a realistic district for trying the product and for benchmarks. Deterministic for a seed."""
