"""The weights of the five judgment sources in the final score: configuration, not code."""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field, model_validator

SOURCES = ("automated", "staff", "community", "self_review", "panel")


class AggregationWeights(BaseModel):
    """Share of each source in the final score; they must sum to 1 (setting AIBAAS_AGGREGATION_WEIGHTS)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    automated: float = Field(default=0.40, ge=0)
    staff: float = Field(default=0.25, ge=0)
    community: float = Field(default=0.20, ge=0)
    self_review: float = Field(default=0.075, ge=0)
    panel: float = Field(default=0.075, ge=0)

    @model_validator(mode="after")
    def _sum_to_one(self) -> AggregationWeights:
        total = sum(self.as_dict().values())
        if not math.isclose(total, 1.0, abs_tol=1e-9):
            raise ValueError(f"source weights must sum to 1, they sum to {total:g}: {self.as_dict()}")
        return self

    def as_dict(self) -> dict[str, float]:
        return {source: float(getattr(self, source)) for source in SOURCES}
