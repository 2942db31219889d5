"""The parameters of a benchmark run as given on the Dagster launchpad or the CLI, resolved into a
definition: a named benchmark (the embedded `demo`, or a YAML file) with optional overrides.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from aibaas.bench.definition import (
    BenchmarkDefinition,
    DefinitionError,
    demo_definition,
    explain,
    load_definition,
)


class RunParameters(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    definition_file: str | None = Field(
        default=None, description="a benchmark YAML; empty: the demo benchmark"
    )
    models: list[str] = Field(default_factory=list, description="override the definition's models")
    languages: list[str] = Field(default_factory=list)
    scenarios: list[str] = Field(default_factory=list)
    per_cell: int | None = Field(
        default=None, ge=1, description="at most this many tasks per language x scenario x difficulty"
    )
    limit: int | None = Field(default=None, ge=1, description="at most this many tasks")
    samples: int | None = Field(default=None, ge=1, description="override samples per task")
    system_instructions_file: str | None = Field(default=None, description="custom system instructions")

    def resolve(self) -> BenchmarkDefinition:
        """The definition these parameters describe.

        Raises:
            DefinitionError: naming the parameter and the value that is wrong.
        """
        base = load_definition(Path(self.definition_file)) if self.definition_file else demo_definition()
        data = base.model_dump(mode="json")
        selection = data["selection"]
        if self.languages:
            selection["languages"] = self.languages
        if self.scenarios:
            selection["scenarios"] = self.scenarios
        if self.per_cell is not None:
            selection["per_cell"] = self.per_cell
        if self.limit is not None:
            selection["limit"] = self.limit
        if self.models:
            data["models"] = self.models
        if self.samples is not None:
            data["samples_per_task"] = self.samples
        if self.system_instructions_file:
            path = Path(self.system_instructions_file)
            try:
                data["system_instructions"] = path.read_text(encoding="utf-8")
            except OSError as exc:
                raise DefinitionError(
                    f"{path}: cannot read the system instructions ({exc.strerror})"
                ) from None
        try:
            return BenchmarkDefinition.model_validate(data)
        except ValidationError as exc:
            raise DefinitionError(f"run parameters: {explain(exc)}") from None
