"""Every AI call in the platform goes through this package (litellm underneath).

`Gateway` is the entry point: it resolves `provider/model` names against the configured
providers, applies rate limits, retries and timeouts, counts tokens and cost, and writes the
audit log. Provider kinds register in `registry`; third-party kinds arrive via the
`aibaas.providers` entry-point group.
"""

import os

# litellm downloads its price map at import time unless told to use the bundled copy.
os.environ.setdefault("LITELLM_LOCAL_MODEL_COST_MAP", "True")

from aibaas.providers.types import (
    Capabilities,
    CompletionRequest,
    CompletionResult,
    ErrorClass,
    Message,
    PlantedDefect,
    Scenario,
    StreamEvent,
    TaskMaterial,
)

__all__ = [
    "Capabilities",
    "CompletionRequest",
    "CompletionResult",
    "ErrorClass",
    "Message",
    "PlantedDefect",
    "Scenario",
    "StreamEvent",
    "TaskMaterial",
]
