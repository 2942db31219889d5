"""What a benchmark is: models, a task selection, samples, generation parameters, prompt template,
system instructions, judges and scoring weights. Stored as JSON in `benchmarks.definition`.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from aibaas.errors import AibaasError
from aibaas.scoring.weights import ScoringWeights

LANGUAGES = ("python", "typescript", "java", "go", "ruby", "rust", "csharp")
SCENARIOS = ("codegen", "testing", "review")
DIFFICULTIES = ("easy", "medium", "hard")
MOCK_MODELS = ("mock/oracle", "mock/strong", "mock/average", "mock/weak", "mock/broken")


class DefinitionError(AibaasError):
    """A benchmark definition is invalid; the message names the field and value."""


def _known(values: list[str], allowed: tuple[str, ...], field: str) -> list[str]:
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise ValueError(
            f"{field}: unknown {', '.join(map(repr, unknown))}; choose from {', '.join(allowed)}"
        )
    return sorted(set(values), key=allowed.index)


class TaskSelection(BaseModel):
    """Which tasks of the bank run; an empty list means every value."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    languages: list[str] = Field(default_factory=list)
    scenarios: list[str] = Field(default_factory=list)
    difficulties: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list, description="tasks carrying at least one of these tags")
    per_cell: int | None = Field(
        default=None,
        ge=1,
        description="at most this many tasks per language x scenario x difficulty (first by id)",
    )
    limit: int | None = Field(default=None, ge=1, description="at most this many tasks (first by id)")

    @field_validator("languages")
    @classmethod
    def _languages(cls, value: list[str]) -> list[str]:
        return _known(value, LANGUAGES, "languages")

    @field_validator("scenarios")
    @classmethod
    def _scenarios(cls, value: list[str]) -> list[str]:
        return _known(value, SCENARIOS, "scenarios")

    @field_validator("difficulties")
    @classmethod
    def _difficulties(cls, value: list[str]) -> list[str]:
        return _known(value, DIFFICULTIES, "difficulties")


class GenerationParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    temperature: float = Field(default=0.2, ge=0, le=2)
    max_tokens: int = Field(default=4096, gt=0)
    top_p: float | None = Field(default=None, gt=0, le=1)
    seed: int = 0
    timeout_seconds: float = Field(default=120.0, gt=0)


class BenchmarkDefinition(BaseModel):
    """A benchmark; its run snapshots are what results are traced to."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_.-]{0,119}$")
    models: list[str] = Field(min_length=1)
    selection: TaskSelection = TaskSelection()
    samples_per_task: int = Field(default=1, ge=1, le=200)
    params: GenerationParams = GenerationParams()
    prompt_template: str = Field(default="{prompt}", description="must contain {prompt}")
    system_instructions: str | None = None
    judges: list[str] = Field(default_factory=list)
    weights: ScoringWeights = ScoringWeights()
    pass_k: list[int] = Field(default_factory=lambda: [1])

    @field_validator("models")
    @classmethod
    def _models(cls, value: list[str]) -> list[str]:
        bad = [m for m in value if "/" not in m]
        if bad:
            raise ValueError(f"models must be provider/model (e.g. mock/strong), got {', '.join(bad)}")
        return list(dict.fromkeys(value))

    @field_validator("prompt_template")
    @classmethod
    def _template(cls, value: str) -> str:
        if "{prompt}" not in value:
            raise ValueError("prompt_template must contain {prompt}, where the task's prompt goes")
        return value

    def render_prompt(self, task_prompt: str) -> str:
        return self.prompt_template.replace("{prompt}", task_prompt)


DEMO_TASKS_PER_CELL = 1  # 63 cells in the full bank: 63 tasks per model


def demo_definition(per_cell: int | None = DEMO_TASKS_PER_CELL) -> BenchmarkDefinition:
    """The demo benchmark: the five mock models, one sample each, on a stratified slice of the bank.

    Args:
        per_cell: tasks per language x scenario x difficulty; None runs every task of the bank.
            The default keeps the first `make demo` to minutes on two cores while every cell of the
            leaderboard still has data.
    """
    return BenchmarkDefinition(
        name="demo", models=list(MOCK_MODELS), selection=TaskSelection(per_cell=per_cell)
    )


def load_definition(path: Path) -> BenchmarkDefinition:
    """A definition from a YAML file.

    Raises:
        DefinitionError: naming the file and each invalid field.
    """
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        return BenchmarkDefinition.model_validate(raw)
    except OSError as exc:
        raise DefinitionError(f"{path}: cannot read the benchmark definition ({exc.strerror})") from None
    except yaml.YAMLError as exc:
        raise DefinitionError(f"{path}: not valid YAML: {exc}") from None
    except ValidationError as exc:
        raise DefinitionError(f"{path}: {explain(exc)}") from None


def explain(exc: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(p) for p in err['loc']) or 'definition'}: {err['msg'].removeprefix('Value error, ')}"
        for err in exc.errors()
    )
