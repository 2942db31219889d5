"""AIBaaS: fair, continuous benchmarks of AI coding models.

The domain core. Importable without Dagster or Streamlit; the pipeline, the app and the CLI are
thin shells over the functions in these modules.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
