"""The HTTP edges of the real app: errors that say what to fix, strict fields, OpenAI extras,
CORS refusals and HEAD."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

pytestmark = pytest.mark.slow

QUESTION = "How long will the treaty remain in force?"
PROBLEM = "application/problem+json"
ALLOWED_ORIGIN = "https://allowed.example"
CHAT = "/v1/chat/completions"


def chat(content: str, **fields: object) -> dict[str, Any]:
    """A chat completion request with one user message."""
    return {"model": "treaty-qa", "messages": [{"role": "user", "content": content}], **fields}


def problem_detail(response: httpx.Response, status: int) -> str:
    """The detail of a problem+json response with `status`."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == status
    assert body["title"]
    detail: str = body["detail"]
    return detail


@pytest.fixture
def cors_client(settings, pipeline) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    """The real app allowing one CORS origin."""
    from qa.app import create_app

    allowing = settings.model_copy(update={"cors_origins": [ALLOWED_ORIGIN]})
    with TestClient(create_app(allowing, pipeline_factory=lambda _: pipeline)) as client:
        yield client


# -- blank and over-long questions -------------------------------------------------------------

BLANK = " \t\n "


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/v1/ask", {"question": BLANK}),
        ("/v1/ask/stream", {"question": BLANK}),
        ("/v1/retrieve", {"question": BLANK}),
        (CHAT, chat(BLANK)),
        (CHAT, chat(BLANK, stream=True)),
    ],
    ids=["ask", "ask stream", "retrieve", "chat", "chat stream"],
)
def test_whitespace_question_is_a_422_saying_it_is_empty(
    app_client: TestClient, path: str, body: dict[str, Any]
) -> None:
    assert "the question is empty" in problem_detail(app_client.post(path, json=body), 422)


@pytest.mark.parametrize("stream", [False, True], ids=["json", "stream"])
def test_chat_question_over_the_ask_limit_is_refused_not_truncated(
    app_client: TestClient, stream: bool
) -> None:
    at_limit = app_client.post(CHAT, json=chat(("treaty? " * 250)[:2000], stream=stream))
    over = app_client.post(CHAT, json=chat("x" * 2001, stream=stream))
    assert at_limit.status_code == 200, at_limit.text
    detail = problem_detail(over, 422)
    assert "2001 characters" in detail
    assert "at most 2000" in detail


# -- OpenAI compatibility ----------------------------------------------------------------------

CHAT_ERRORS = {
    "n above 1": (chat(QUESTION, n=2), "n: only n=1 is supported", "n"),
    "n of 0": (chat(QUESTION, n=0), "n: only n=1 is supported", "n"),
    "assistant last": (
        {"messages": [{"role": "user", "content": QUESTION}, {"role": "assistant", "content": "ok"}]},
        "the last message must be a non-empty user message",
        "messages",
    ),
    "too long": (chat("x" * 2001), "the last user message is 2001 characters", "messages"),
    "stream not a boolean": (chat(QUESTION, stream="yes"), "stream: Input should be", "stream"),
}  # fmt: skip


@pytest.mark.parametrize(("body", "detail", "param"), CHAT_ERRORS.values(), ids=CHAT_ERRORS.keys())
def test_chat_error_is_a_problem_with_an_openai_error_member(
    app_client: TestClient, body: dict[str, Any], detail: str, param: str
) -> None:
    response = app_client.post(CHAT, json=body)
    assert detail in problem_detail(response, 422)
    error = response.json()["error"]
    assert error == {
        "message": response.json()["detail"],
        "type": "invalid_request_error",
        "param": param,
        "code": None,
    }


def test_chat_malformed_json_has_an_openai_error_without_a_param(app_client: TestClient) -> None:
    response = app_client.post(CHAT, content=b"{", headers={"content-type": "application/json"})
    detail = problem_detail(response, 422)
    assert response.json()["error"] == {
        "message": detail, "type": "invalid_request_error", "param": None, "code": None,
    }  # fmt: skip


@pytest.mark.parametrize("n", [None, 1])
def test_chat_accepts_n_of_one_and_refuses_others(app_client: TestClient, n: int | None) -> None:
    assert app_client.post(CHAT, json=chat(QUESTION, n=n)).status_code == 200
    assert "only n=1" in problem_detail(app_client.post(CHAT, json=chat(QUESTION, n=3)), 422)


def test_models_list_the_model_chat_completions_report(app_client: TestClient) -> None:
    completion = app_client.post(CHAT, json={"messages": chat(QUESTION)["messages"]}).json()
    listed = app_client.get("/v1/models")
    assert listed.status_code == 200
    assert listed.json() == {
        "object": "list",
        "data": [{"id": completion["model"], "object": "model", "created": 0, "owned_by": "treaty-qa"}],
    }  # fmt: skip


# -- strict types ------------------------------------------------------------------------------

LOOSE = {
    "ask top_k true": ("/v1/ask", {"question": QUESTION, "top_k": True}, "top_k"),
    "ask top_k string": ("/v1/ask", {"question": QUESTION, "top_k": "5"}, "top_k"),
    "retrieve top_k true": ("/v1/retrieve", {"question": QUESTION, "top_k": True}, "top_k"),
    "retrieve top_k string": ("/v1/retrieve", {"question": QUESTION, "top_k": "5"}, "top_k"),
    "chat stream string": (CHAT, chat(QUESTION, stream="yes"), "stream"),
    "chat stream number": (CHAT, chat(QUESTION, stream=1), "stream"),
    "chat n string": (CHAT, chat(QUESTION, n="1"), "n"),
    "chat max_tokens true": (CHAT, chat(QUESTION, max_tokens=True), "max_tokens"),
}


@pytest.mark.parametrize(("path", "body", "field"), LOOSE.values(), ids=LOOSE.keys())
def test_loosely_typed_fields_are_not_coerced(
    app_client: TestClient, path: str, body: dict[str, Any], field: str
) -> None:
    assert problem_detail(app_client.post(path, json=body), 422).startswith(f"{field}: ")


# -- error details that say what to fix --------------------------------------------------------

JSON_TYPE = {"content-type": "application/json"}
DETAILS = {
    "invalid JSON": (
        "POST", "/v1/ask", b'{"question": }', JSON_TYPE, 422,
        "the body is not valid JSON: Expecting value at line 1 column 14",
    ),
    "invalid JSON on line 2": (
        "POST", "/v1/ask", b'{\n  "question" "x"}', JSON_TYPE, 422,
        "the body is not valid JSON: Expecting ':' delimiter at line 2 column 14",
    ),
    "not UTF-8": (
        "POST", "/v1/ask", b'{"question": "caf\xe9"}', JSON_TYPE, 400,
        "the body could not be decoded; send the body as UTF-8 JSON with Content-Type: application/json",
    ),
    "JSON sent as text/plain": (
        "POST", "/v1/ask", b'{"question": "hi"}', {"content-type": "text/plain"}, 422,
        "send the body as UTF-8 JSON with Content-Type: application/json (got 'text/plain')",
    ),
    "JSON without a content type": (
        "POST", "/v1/ask", b'{"question": "hi"}', {}, 422,
        "send the body as UTF-8 JSON with Content-Type: application/json (no Content-Type was sent)",
    ),
    "unknown endpoint": (
        "GET", "/v1/foo", b"", {}, 404, "no such endpoint: GET /v1/foo; see /docs for the API",
    ),
    "POST to a GET route": ("POST", "/healthz", b"", {}, 405, "POST /healthz is not allowed; use GET"),
    "GET to a POST route": ("GET", "/v1/ask", b"", {}, 405, "GET /v1/ask is not allowed; use POST"),
}  # fmt: skip


@pytest.mark.parametrize(
    ("method", "path", "content", "headers", "status", "detail"),
    DETAILS.values(),
    ids=DETAILS.keys(),
)
def test_error_detail_says_what_to_fix(
    app_client: TestClient,
    method: str,
    path: str,
    content: bytes,
    headers: dict[str, str],
    status: int,
    detail: str,
) -> None:
    response = app_client.request(method, path, content=content or None, headers=headers)
    assert problem_detail(response, status) == detail
    if status == 405:
        assert response.headers["allow"] == detail.rsplit(" ", 1)[-1]


# -- CORS --------------------------------------------------------------------------------------


def preflight(client: TestClient, origin: str, method: str = "POST") -> httpx.Response:
    """A browser's CORS preflight for a request to /v1/ask."""
    headers = {"Origin": origin, "Access-Control-Request-Method": method}
    return client.options("/v1/ask", headers=headers)


def test_preflight_from_a_disallowed_origin_is_a_403_problem(cors_client: TestClient) -> None:
    detail = problem_detail(preflight(cors_client, "https://elsewhere.example"), 403)
    assert "origin https://elsewhere.example is not allowed" in detail
    assert "TREATY_QA_CORS_ORIGINS" in detail
    allowed = preflight(cors_client, ALLOWED_ORIGIN)
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == ALLOWED_ORIGIN


def test_preflight_for_a_disallowed_method_is_a_403_problem_naming_it(
    cors_client: TestClient,
) -> None:
    detail = problem_detail(preflight(cors_client, ALLOWED_ORIGIN, "DELETE"), 403)
    assert detail.startswith("CORS preflight refused: method DELETE is not allowed")


# -- HEAD --------------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/", "/v1/documents", "/widget.js"])
def test_head_on_a_get_route_answers_like_get_without_a_body(
    app_client: TestClient, path: str
) -> None:
    head = app_client.head(path)
    get = app_client.get(path)
    assert head.status_code == 200
    assert head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert head.headers["content-length"] == str(len(get.content))
