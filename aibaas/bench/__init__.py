"""Benchmark execution: definitions, immutable run snapshots, the content-addressed cell cache,
the generation and scoring engine, progress, results storage, A/B reports and backups.

Entry points: `plan_run` (definition -> snapshot and cells), `execute_run` (generate and score,
resuming from the cache), `ab_report`, `export_results`, `backup`/`restore`.
"""
