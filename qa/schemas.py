"""Request and response models of the HTTP API (and of `treaty-qa ask --json`)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    field_validator,
)
from pydantic_core import PydanticCustomError

Mode = Literal["extractive", "local", "openai", "extractive_fallback", "abstained"]
QUESTION_LIMIT = 2000
MODEL_ID = "treaty-qa"


def _not_blank(question: str) -> str:
    if not question.strip():
        raise PydanticCustomError("blank_question", "the question is empty (only whitespace)")
    return question


# "" keeps pydantic's own min_length message (the CLI prints it); whitespace gets ours.
Question = Annotated[
    str, Field(min_length=1, max_length=QUESTION_LIMIT), AfterValidator(_not_blank)
]


class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str = Field(max_length=8000)


class AskRequest(BaseModel):
    """A question, optionally with the conversation so far."""

    model_config = ConfigDict(extra="forbid")

    question: Question
    history: list[Turn] = Field(default_factory=list, max_length=50)
    top_k: StrictInt | None = Field(default=None, ge=1, le=20)


class RetrieveRequest(BaseModel):
    """A retrieval-only query."""

    model_config = ConfigDict(extra="forbid")

    question: Question
    history: list[Turn] = Field(default_factory=list, max_length=50)
    top_k: StrictInt = Field(default=5, ge=1, le=50)


class ChatMessage(BaseModel):
    """An OpenAI-style chat message."""

    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None


class ChatRequest(BaseModel):
    """The subset of OpenAI's chat completion request that this service honours.

    Other OpenAI fields (`tools`, `response_format`, ...) are accepted and ignored.
    """

    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(min_length=1, max_length=100)
    stream: StrictBool = False
    n: StrictInt | None = Field(default=None, description="only 1 is supported")
    temperature: float | None = None
    max_tokens: StrictInt | None = None
    user: str | None = None

    @field_validator("n")
    @classmethod
    def _one_choice(cls, n: int | None) -> int | None:
        if n not in (None, 1):
            raise PydanticCustomError("n_unsupported", "only n=1 is supported")
        return n


class Citation(BaseModel):
    """A cited passage: `text` equals the source document's text[start:end]."""

    n: int = Field(ge=1)
    doc_id: str
    source: str
    title: str
    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    score: float
    url: str | None = Field(default=None, description="the document's address, when known")
    published: str | None = Field(default=None, description="its publication date, when known")


class Timings(BaseModel):
    """Milliseconds spent per stage."""

    retrieve: float = 0.0
    generate: float = 0.0
    total: float = 0.0


class AskResponse(BaseModel):
    """An answer with `[n]` markers, each matching one citation; or an abstention."""

    answer: str
    citations: list[Citation]
    abstained: bool
    mode: Mode
    degraded: bool = False
    question: str = ""
    timings_ms: Timings = Field(default_factory=Timings)


class DocumentInfo(BaseModel):
    """A stored document and how many chunks it has."""

    doc_id: str
    source: str
    title: str
    chunks: int


class DocumentList(BaseModel):
    """All stored documents."""

    documents: list[DocumentInfo]
    chunks: int


class ModelCard(BaseModel):
    """The one model the OpenAI-compatible routes expose."""

    id: str = MODEL_ID
    object: Literal["model"] = "model"
    created: int = 0
    owned_by: str = "treaty-qa"


class ModelList(BaseModel):
    """OpenAI's model list."""

    object: Literal["list"] = "list"
    data: list[ModelCard]


class OpenAIError(BaseModel):
    """OpenAI's error object, so the openai SDKs show `message`."""

    message: str
    type: str
    param: str | None = None
    code: str | None = None


class Problem(BaseModel):
    """An RFC 9457 problem: the body of every 4xx and 5xx response."""

    type: str = "about:blank"
    title: str
    status: int = Field(ge=400, le=599)
    detail: str
    error: OpenAIError | None = Field(
        default=None, description="only on /v1/chat/completions and /v1/models"
    )
