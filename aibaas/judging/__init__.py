"""Judgments beyond the automated score: self-review, judge panel, staff, community; aggregation and marts.

Modules are imported directly (`from aibaas.judging.panel import ...`); this package imports
nothing itself, so `aibaas.config` can use `aibaas.judging.weights` without a cycle.
"""
