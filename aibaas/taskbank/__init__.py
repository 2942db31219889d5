"""The task bank: task files under `taskbank/`, their index and validation."""
