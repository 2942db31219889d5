"""Offline, deterministic models `mock/<profile>` that answer from the task's reference material."""
