"""What the app shows, computed from the published marts by pure functions (no Streamlit, no I/O).

Pages call these through `app/data.py`; tests and notebooks can call them directly on frames.
"""
