"""Software-defined assets, one module per pipeline stage; each exposes `defs`."""
