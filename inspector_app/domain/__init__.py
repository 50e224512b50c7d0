"""The domain: entities, enums, the violation catalogue, workflow and escalation rules. No Qt, no I/O beyond reading data files."""
