"""The Dagster code location: definitions, resources and jobs. Wiring only."""
