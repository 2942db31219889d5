"""Automated scoring of model answers: extraction, execution grading and the metrics around it.

Each metric is one module with small typed functions (`extraction`, `quality`, `security`,
`similarity`, `weights`); the benchmark engine (`aibaas.bench`) combines them per sample.
"""
