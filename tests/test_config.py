"""Settings refuse bad values at start and read TREATY_QA_* variables."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import ValidationError

from qa.config import Settings


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("TREATY_QA_"):
            monkeypatch.delenv(name)


def test_defaults_are_offline_and_extractive() -> None:
    settings = Settings()
    assert settings.llm_mode == "extractive"
    assert settings.retrieval == "hybrid"
    assert settings.store == Path("var/chroma")
    assert settings.rate() is None
    assert settings.cors_origins == settings.api_keys == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("5/second", (5, 1.0)),
        (" 60 / minute ", (60, 60.0)),
        ("1000/hour", (1000, 3600.0)),
        ("", None),
        ("   ", None),
    ],
)
def test_rate_limit_is_parsed(value: str, expected: tuple[int, float] | None) -> None:
    assert Settings(rate_limit=value).rate() == expected


@pytest.mark.parametrize(
    "value", ["5", "5/sec", "five/second", "5/day", "-1/minute", "5 per second"]
)
def test_bad_rate_limit_is_refused(value: str) -> None:
    with pytest.raises(ValidationError, match="rate limit must look like"):
        Settings(rate_limit=value)


def test_openai_mode_needs_a_base_url() -> None:
    with pytest.raises(ValidationError, match="TREATY_QA_LLM_BASE_URL is required"):
        Settings(llm_mode="openai")
    settings = Settings(llm_mode="openai", llm_base_url="http://127.0.0.1:9/v1")
    assert settings.llm_base_url == "http://127.0.0.1:9/v1"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("chunk_size", 10),
        ("chunk_overlap", 6),
        ("top_k", 0),
        ("top_k", 21),
        ("collection", "x"),
        ("collection", "bad name!"),
        ("llm_mode", "gpt"),
        ("retrieval", "fuzzy"),
        ("max_body_bytes", 10),
    ],
)
def test_out_of_range_values_are_refused(field: str, value: object) -> None:
    with pytest.raises(ValidationError, match=field):
        Settings(**{field: value})  # type: ignore[arg-type]


def test_env_prefix_sets_fields(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATY_QA_STORE", "/tmp/somewhere")
    monkeypatch.setenv("TREATY_QA_TOP_K", "7")
    monkeypatch.setenv("TREATY_QA_RETRIEVAL", "keyword")
    monkeypatch.setenv("TREATY_QA_RATE_LIMIT", "3/second")
    monkeypatch.setenv("TREATY_QA_LLM_API_KEY", "sk-secret")
    monkeypatch.setenv("TOP_K", "9")  # unprefixed variables are not ours
    settings = Settings()
    assert settings.store == Path("/tmp/somewhere")
    assert settings.top_k == 7
    assert settings.retrieval == "keyword"
    assert settings.rate() == (3, 1.0)
    assert settings.llm_api_key.get_secret_value() == "sk-secret"
    assert "sk-secret" not in repr(settings)


def test_comma_separated_origins_and_keys_are_split(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATY_QA_CORS_ORIGINS", "https://a.example/, http://127.0.0.1:5500 ,,")
    monkeypatch.setenv("TREATY_QA_API_KEYS", " key-one,key-two , ")
    settings = Settings()
    assert settings.cors_origins == ["https://a.example", "http://127.0.0.1:5500"]
    assert [k.get_secret_value() for k in settings.api_keys] == ["key-one", "key-two"]
    assert "key-one" not in repr(settings)


def test_origins_may_be_a_json_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATY_QA_CORS_ORIGINS", '["http://127.0.0.1:8765", "https://a.example/"]')
    assert Settings().cors_origins == ["http://127.0.0.1:8765", "https://a.example"]


@pytest.mark.parametrize(
    "value", ["example.org", "https://a.example/page", "ftp://a.example", '["https://a.example"']
)
def test_a_value_that_is_not_an_origin_is_refused_at_start(
    monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("TREATY_QA_CORS_ORIGINS", value)
    with pytest.raises(ValidationError, match="cors_origins"):
        Settings()


def test_bad_env_value_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATY_QA_RATE_LIMIT", "lots")
    with pytest.raises(ValidationError, match="rate_limit"):
        Settings()


def test_openai_mode_from_env_without_url_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TREATY_QA_LLM_MODE", "openai")
    with pytest.raises(ValidationError, match="LLM_BASE_URL"):
        Settings()
