"""Request and response models of the HTTP API (and of `treaty-qa ask --json`)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Mode = Literal["extractive", "local", "openai", "extractive_fallback", "abstained"]


class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = ConfigDict(extra="forbid")

    role: Literal["user", "assistant"]
    content: str = Field(max_length=8000)


class AskRequest(BaseModel):
    """A question, optionally with the conversation so far."""

    model_config = ConfigDict(extra="forbid")

    question: str = Field(min_length=1, max_length=2000)
    history: list[Turn] = Field(default_factory=list, max_length=50)
    top_k: int | None = Field(default=None, ge=1, le=20)


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


class Problem(BaseModel):
    """An RFC 9457 problem: the body of every 4xx and 5xx response."""

    type: str = "about:blank"
    title: str
    status: int = Field(ge=400, le=599)
    detail: str
