"""The Streamlit app: a router (`streamlit_app.py`), pages, and read-only data functions."""
