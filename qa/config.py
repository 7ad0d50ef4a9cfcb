"""Service settings: one object, read from TREATY_QA_* variables, validated at start."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

LlmMode = Literal["extractive", "local", "openai"]
RetrievalMode = Literal["hybrid", "dense", "keyword"]
Fusion = Literal["rrf", "convex"]
_ORIGIN = re.compile(r"^https?://[^/\s?#@]+$")
DEFAULT_TOPIC = (
    "news coverage of the January 2025 Russia–Iran comprehensive strategic partnership treaty"
)
_RATE = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour)\s*$")


class Settings(BaseSettings):
    """Everything the service and the CLI can be told; built once and passed down."""

    model_config = SettingsConfigDict(env_prefix="TREATY_QA_", extra="ignore")

    corpus: Path = Path("data/corpus")
    store: Path = Path("var/chroma")
    chroma_url: str | None = None
    collection: str = Field(
        default="treaty", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{1,61}[A-Za-z0-9]$"
    )

    chunk_size: int = Field(default=500, ge=50, le=8000)
    chunk_overlap: int = Field(default=0, ge=0, le=5)
    embed_batch_size: int = Field(default=64, ge=1, le=4096)
    # One thread per serving process: under CPU contention two threads took a query from
    # 16 ms to ~500 ms. Ingest is a batch job and uses every core (0: torch's default).
    torch_threads: int = Field(default=1, ge=0, le=256, description="0: torch's default")
    ingest_threads: int = Field(default=0, ge=0, le=256, description="0: torch's default")

    retrieval: RetrievalMode = "hybrid"
    fusion: Fusion = "convex"
    dense_weight: float = Field(default=0.5, ge=0, le=1, description="convex fusion only")
    top_k: int = Field(default=8, ge=1, le=20)
    candidates: int = Field(default=30, ge=1, le=200)
    doc_boost: float = Field(
        default=0.0, ge=0, le=10, description="weight of a passage's document score (0: off)"
    )

    # What the service is about. Questions are searched for in its light: "the accord"
    # means this treaty, not an accord in an encyclopedia. "" turns it off (README, "Topic").
    topic: str = Field(default=DEFAULT_TOPIC, max_length=500)
    topic_weight: float = Field(default=0.3, ge=0, le=5, description="0: off")
    # A question less than `topic_scope` near the topic (cosine) is refused when the title
    # of the document its answer would come from is less than `topic_scope_title` near
    # it: an encyclopedia's "Perth" does not answer "What is the capital of Australia?"
    # for a service about a treaty. 0 turns it off.
    topic_scope: float = Field(default=0.2, ge=0, le=1, description="0: off")
    topic_scope_title: float = Field(default=0.3, ge=0, le=1)

    llm_mode: LlmMode = "extractive"
    llm_base_url: str | None = None
    llm_model: str = "gpt-4o-mini"
    llm_api_key: SecretStr = SecretStr("")
    llm_timeout_s: float = Field(default=20.0, gt=0, le=600)
    llm_max_tokens: int = Field(default=96, ge=8, le=4096)

    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    api_keys: Annotated[list[SecretStr], NoDecode] = Field(default_factory=list)
    rate_limit: str | None = None
    max_body_bytes: int = Field(default=64 * 1024, ge=1024, le=16 * 1024 * 1024)
    index_refresh_s: float = Field(default=5.0, ge=0, le=3600)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                try:
                    value = json.loads(value)  # '["https://a.example"]' as well
                except json.JSONDecodeError as exc:
                    raise ValueError(f"not a JSON list of origins: {exc.msg}") from exc
            else:
                value = value.split(",")
        if isinstance(value, list):
            return [o.strip().rstrip("/") if isinstance(o, str) else o for o in value]
        return value

    @field_validator("cors_origins")
    @classmethod
    def _check_origins(cls, value: list[str]) -> list[str]:
        bad = [o for o in value if o and o != "*" and not _ORIGIN.match(o)]
        if bad:
            raise ValueError(
                f"{bad[0]!r} is not an origin: give scheme://host[:port] with no path, "
                "comma-separated (https://example.org,http://127.0.0.1:5500) or '*'"
            )
        return [o for o in value if o]

    @field_validator("api_keys", mode="before")
    @classmethod
    def _split_keys(cls, value: object) -> object:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        return value

    @field_validator("rate_limit")
    @classmethod
    def _check_rate(cls, value: str | None) -> str | None:
        if value is not None and value.strip() and not _RATE.match(value):
            raise ValueError("rate limit must look like '5/second', '60/minute' or '1000/hour'")
        return value.strip() if value and value.strip() else None

    @model_validator(mode="after")
    def _check_llm(self) -> Settings:
        if self.llm_mode == "openai" and not self.llm_base_url:
            raise ValueError("TREATY_QA_LLM_BASE_URL is required when TREATY_QA_LLM_MODE=openai")
        return self

    def rate(self) -> tuple[int, float] | None:
        """The rate limit as (requests, window seconds), or None when unlimited."""
        if not self.rate_limit:
            return None
        match = _RATE.match(self.rate_limit)
        assert match is not None  # validated above
        window = {"second": 1.0, "minute": 60.0, "hour": 3600.0}[match.group(2)]
        return int(match.group(1)), window
