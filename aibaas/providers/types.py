"""The one request and result shape every provider speaks, and what a provider can do."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class ErrorClass(StrEnum):
    """Why a call failed, in the classes the retry policy and the reports care about."""

    RATE_LIMIT = "rate_limit"
    AUTH = "auth"
    TIMEOUT = "timeout"
    SERVER = "server"
    BAD_REQUEST = "bad_request"
    CONTENT_FILTER = "content_filter"
    MALFORMED_RESPONSE = "malformed_response"
    CONNECTION = "connection"

    @property
    def retryable(self) -> bool:
        return self in _RETRYABLE


_RETRYABLE = {ErrorClass.RATE_LIMIT, ErrorClass.TIMEOUT, ErrorClass.SERVER, ErrorClass.CONNECTION}


class Scenario(StrEnum):
    CODEGEN = "codegen"
    TESTING = "testing"
    REVIEW = "review"
    JUDGE = "judge"


class PlantedDefect(BaseModel):
    """A defect planted in review material: where it is and what a good reviewer says about it."""

    model_config = ConfigDict(frozen=True)

    line: int = Field(ge=1)
    category: str
    explanation: str


class TaskMaterial(BaseModel):
    """What the offline models build their answers from; carried on a request, never sent out.

    Filled by the task bank: the reference solution, subtly wrong variants of it (mutants), the
    reference test suite and, for review tasks, the planted defects. A judge task carries the
    candidate answers to compare in `candidates`.
    """

    model_config = ConfigDict(frozen=True)

    task_id: str = Field(min_length=1)
    language: str
    scenario: Scenario
    prompt: str = ""
    reference_solution: str = ""
    mutants: list[str] = Field(default_factory=list)
    reference_tests: str = ""
    weak_tests: list[str] = Field(default_factory=list)
    planted_defects: list[PlantedDefect] = Field(default_factory=list)
    candidates: list[str] = Field(default_factory=list)
    correct_candidate: int | None = None


class Message(BaseModel):
    model_config = ConfigDict(frozen=True)

    role: Literal["system", "user", "assistant"]
    content: str


class CompletionRequest(BaseModel):
    """One call to a model. `material` and `sample_index` feed the offline models only."""

    model_config = ConfigDict(frozen=True)

    model: str = Field(min_length=1, description="provider/model, e.g. openai/gpt-4o or mock/strong")
    messages: list[Message] = Field(min_length=1)
    system: str | None = None
    temperature: float | None = Field(default=None, ge=0, le=2)
    max_tokens: int | None = Field(default=None, gt=0)
    top_p: float | None = Field(default=None, gt=0, le=1)
    seed: int | None = None
    stop: list[str] = Field(default_factory=list, max_length=4)
    response_format: Literal["text", "json"] = "text"
    timeout_seconds: float | None = Field(default=None, gt=0)
    material: TaskMaterial | None = None
    sample_index: int = Field(default=0, ge=0)

    @property
    def provider_name(self) -> str:
        return self.model.split("/", 1)[0]

    @property
    def model_name(self) -> str:
        return self.model.split("/", 1)[1] if "/" in self.model else ""

    def chat_messages(self) -> list[dict[str, str]]:
        """The messages in the chat-completions shape, the system prompt first."""
        head = [{"role": "system", "content": self.system}] if self.system else []
        return head + [{"role": m.role, "content": m.content} for m in self.messages]

    @classmethod
    def ask(cls, model: str, prompt: str, **options: Any) -> CompletionRequest:
        """A one-message request, for the CLI and quick checks."""
        return cls(model=model, messages=[Message(role="user", content=prompt)], **options)


class CompletionResult(BaseModel):
    """What came back: the answer, or the error class with the raw body kept for diagnosis."""

    model: str
    text: str = ""
    finish_reason: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    usage_source: Literal["provider", "counted", "none"] = "none"
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    ttft_ms: float | None = None
    request_id: str | None = None
    attempts: int = 1
    error_class: ErrorClass | None = None
    error_message: str | None = None
    raw_body: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_class is None


class Capabilities(BaseModel):
    """What a provider kind supports; the runner checks these before sending a request."""

    model_config = ConfigDict(frozen=True)

    streaming: bool = True
    tool_calling: bool = False
    json_mode: bool = False
    context_length: int | None = None
    languages: tuple[str, ...] = ("python", "typescript", "java", "go", "ruby", "rust", "csharp")


class StreamEvent(BaseModel):
    """One increment of a streamed answer; the last one carries the complete result."""

    delta: str = ""
    text_so_far: int = 0
    result: CompletionResult | None = None
