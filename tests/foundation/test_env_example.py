"""`.env.example` documents every setting, and only real ones."""

import re

from aibaas.config import PROJECT_ROOT, Settings


def test_env_example_documents_every_setting() -> None:
    text = (PROJECT_ROOT / ".env.example").read_text()
    documented = set(re.findall(r"^AIBAAS_([A-Z_]+)=", text, flags=re.M))
    declared = {name.upper() for name in Settings.model_fields}
    assert documented == declared
