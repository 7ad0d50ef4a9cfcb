"""The HTTP API on the real app: answers, streams, errors, and the OpenAI-compatible route."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import openai
import pytest
from fastapi.testclient import TestClient

from qa.citations import markers
from qa.schemas import AskResponse
from tests.conftest import ARTICLE, LiveServer, start_live_server

pytestmark = pytest.mark.slow

ORIGINAL = ARTICLE.read_text(encoding="utf-8")
QUESTION = "How long will the treaty remain in force?"
CITATION_KEYS = {
    "n",
    "doc_id",
    "source",
    "title",
    "text",
    "start",
    "end",
    "score",
    "url",
    "published",
}


def sse_events(body: str) -> list[tuple[str, Any]]:
    """(event, data) pairs of a text/event-stream body."""
    events = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def assert_problem(response: httpx.Response, status: int, mentions: str) -> None:
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    # Only the OpenAI-compatible route adds OpenAI's `error` member.
    extension = {"error"} if response.url.path == "/v1/chat/completions" else set()
    assert body.keys() == {"type", "title", "status", "detail"} | extension
    assert body["status"] == status
    assert mentions in body["detail"]
    assert "Traceback" not in response.text


def test_ask_returns_the_documented_shape(app_client: TestClient) -> None:
    response = app_client.post("/v1/ask", json={"question": QUESTION})
    assert response.status_code == 200
    body = response.json()
    assert {"answer", "citations", "abstained", "mode", "timings_ms"} <= body.keys()
    assert body["timings_ms"].keys() == {"retrieve", "generate", "total"}
    assert body["abstained"] is False
    assert body["mode"] == "extractive"
    assert "20 years" in body["answer"]
    assert body["citations"]
    for citation in body["citations"]:
        assert citation.keys() == CITATION_KEYS
        assert citation["text"] == ORIGINAL[citation["start"] : citation["end"]]
        assert citation["source"] == ARTICLE.name
    assert set(markers(body["answer"])) == {c["n"] for c in body["citations"]}
    AskResponse.model_validate(body)


def test_ask_abstains_off_topic(app_client: TestClient) -> None:
    body = app_client.post("/v1/ask", json={"question": "What is the capital of Australia?"}).json()
    assert body["abstained"] is True
    assert body["mode"] == "abstained"
    assert body["citations"] == []


def test_ask_stream_sends_tokens_citations_then_done(app_client: TestClient) -> None:
    with app_client.stream("POST", "/v1/ask/stream", json={"question": QUESTION}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        assert response.headers["cache-control"] == "no-cache"
        assert response.headers["x-accel-buffering"] == "no"
        body = response.read().decode("utf-8")
    events = sse_events(body)
    names = [name for name, _ in events]
    assert names[-2:] == ["citations", "done"]
    assert names[:-2] and set(names[:-2]) == {"token"}
    done = AskResponse.model_validate(events[-1][1])
    assert "".join(data["delta"] for _, data in events[:-2]) == done.answer
    assert events[-2][1]["citations"] == [c.model_dump() for c in done.citations]
    assert "20 years" in done.answer
    assert done.citations


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        ({"question": ""}, "question"),
        ({"question": "   "}, "the question is empty"),
        ({"question": " \n\t"}, "the question is empty"),
        ({}, "question"),
        ({"question": "x" * 2001}, "question"),
        ({"question": QUESTION, "colour": "blue"}, "colour"),
        ({"question": QUESTION, "top_k": 0}, "top_k"),
        ({"question": QUESTION, "top_k": 21}, "top_k"),
        ({"question": QUESTION, "top_k": True}, "top_k: Input should be a valid integer"),
        ({"question": QUESTION, "top_k": "5"}, "top_k: Input should be a valid integer"),
        ({"question": QUESTION, "top_k": 5.0}, "top_k: Input should be a valid integer"),
        ({"question": QUESTION, "history": [{"role": "system", "content": "hi"}]}, "role"),
        ({"question": QUESTION, "history": [{"role": "user"}]}, "content"),
        (
            {"question": QUESTION, "history": [{"role": "user", "content": "hi", "name": "x"}]},
            "name",
        ),
    ],
)
@pytest.mark.parametrize("path", ["/v1/ask", "/v1/ask/stream"])
def test_invalid_ask_requests_are_422_problems(
    app_client: TestClient, path: str, body: dict[str, Any], mentions: str
) -> None:
    assert_problem(app_client.post(path, json=body), 422, mentions)


def test_malformed_json_is_a_422_problem_saying_where(app_client: TestClient) -> None:
    response = app_client.post(
        "/v1/ask", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert_problem(
        response,
        422,
        "the body is not valid JSON: Expecting property name enclosed in double quotes"
        " at line 1 column 2",
    )


def test_unknown_route_is_a_404_problem_naming_it(app_client: TestClient) -> None:
    response = app_client.get("/v1/nothing-here")
    assert_problem(response, 404, "no such endpoint: GET /v1/nothing-here; see /docs for the API")


def test_health_and_readiness(app_client: TestClient) -> None:
    assert app_client.get("/healthz").json() == {"status": "ok"}
    ready = app_client.get("/readyz")
    assert ready.status_code == 200
    body = ready.json()
    assert body["status"] == "ready"
    assert body["chunks"] > 1


def test_documents_list_the_article_with_its_chunk_count(app_client: TestClient) -> None:
    body = app_client.get("/v1/documents").json()
    [document] = body["documents"]
    assert document["source"] == ARTICLE.name
    assert document["title"] == "Iran and Russia sign a comprehensive strategic partnership treaty"
    chunks = app_client.get("/readyz").json()["chunks"]
    assert document["chunks"] == body["chunks"] == chunks


def test_retrieve_returns_exact_passages(app_client: TestClient) -> None:
    response = app_client.post("/v1/retrieve", json={"question": QUESTION, "top_k": 3})
    assert response.status_code == 200
    passages = response.json()["passages"]
    assert len(passages) == 3
    assert any("20 years" in p["text"] for p in passages)
    for p in passages:
        assert p["text"] == ORIGINAL[p["start"] : p["end"]]
        assert p["id"].startswith(f"{p['doc_id']}:{p['start']}-{p['end']}@")


def test_retrieve_refuses_extra_fields(app_client: TestClient) -> None:
    response = app_client.post("/v1/retrieve", json={"question": QUESTION, "k": 3})
    assert_problem(response, 422, "k")


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        ({"question": "   "}, "question: the question is empty"),
        ({"question": QUESTION, "top_k": True}, "top_k: Input should be a valid integer"),
        ({"question": QUESTION, "top_k": "3"}, "top_k: Input should be a valid integer"),
    ],
    ids=["blank question", "boolean top_k", "string top_k"],
)
def test_invalid_retrieve_requests_are_422_problems(
    app_client: TestClient, body: dict[str, Any], mentions: str
) -> None:
    assert_problem(app_client.post("/v1/retrieve", json=body), 422, mentions)


def test_demo_page_and_widget_are_served(app_client: TestClient) -> None:
    page = app_client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "<html" in page.text.lower()
    widget = app_client.get("/widget.js")
    assert widget.status_code == 200
    assert widget.headers["content-type"].startswith("text/javascript")
    assert widget.text.strip()


def test_chat_completions_need_a_final_user_message(app_client: TestClient) -> None:
    response = app_client.post(
        "/v1/chat/completions",
        json={
            "messages": [
                {"role": "user", "content": QUESTION},
                {"role": "assistant", "content": "ok"},
            ]
        },
    )
    assert_problem(response, 422, "last message")


@pytest.fixture(scope="module")
def live(settings, pipeline) -> Iterator[LiveServer]:  # type: ignore[no-untyped-def]
    """A real uvicorn serving the app (the OpenAI client needs real HTTP)."""
    server = start_live_server(settings, pipeline)
    yield server
    server.stop()


@pytest.fixture
def client(live: LiveServer) -> Iterator[openai.OpenAI]:
    """The official OpenAI client pointed at our server."""
    with openai.OpenAI(base_url=f"{live.url}/v1", api_key="x", max_retries=0, timeout=60) as client:
        yield client


def test_openai_client_gets_a_cited_answer(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="treaty-qa", messages=[{"role": "user", "content": QUESTION}]
    )
    content = completion.choices[0].message.content or ""
    assert "20 years" in content
    assert completion.choices[0].finish_reason == "stop"
    citations = (completion.model_extra or {})["citations"]
    assert citations
    assert set(markers(content)) == {c["n"] for c in citations}
    for citation in citations:
        assert citation.keys() == CITATION_KEYS
        assert citation["text"] == ORIGINAL[citation["start"] : citation["end"]]


def test_openai_client_streams_the_answer(client: openai.OpenAI) -> None:
    stream = client.chat.completions.create(
        model="treaty-qa", messages=[{"role": "user", "content": QUESTION}], stream=True
    )
    chunks = list(stream)
    content = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert "20 years" in content
    assert chunks[-1].choices[0].finish_reason == "stop"
    citations = (chunks[-1].model_extra or {})["citations"]
    assert set(markers(content)) == {c["n"] for c in citations}
    assert len({c.id for c in chunks}) == 1


def test_openai_client_follow_up_through_chat_messages(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="treaty-qa",
        messages=[
            {"role": "system", "content": "You are helpful."},
            {"role": "user", "content": "What treaty did Russia and Iran sign in January 2025?"},
            {"role": "assistant", "content": "A comprehensive strategic partnership treaty."},
            {"role": "user", "content": "Who signed it?"},
        ],
    )
    content = completion.choices[0].message.content or ""
    assert "Pezeshkian" in content or "Putin" in content
    assert (completion.model_extra or {})["abstained"] is False


def test_openai_client_error_carries_the_problem_detail(client: openai.OpenAI) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as refused:
        client.chat.completions.create(
            model="treaty-qa", messages=[{"role": "user", "content": QUESTION}], n=2
        )
    assert str(refused.value) == "Error code: 422 - n: only n=1 is supported"
    assert refused.value.param == "n"
    assert refused.value.type == "invalid_request_error"


def test_openai_client_lists_the_model_completions_report(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        messages=[{"role": "user", "content": QUESTION}], model="treaty-qa"
    )
    assert [model.id for model in client.models.list()] == [completion.model]


def test_openai_client_sees_abstention(client: openai.OpenAI) -> None:
    completion = client.chat.completions.create(
        model="treaty-qa",
        messages=[{"role": "user", "content": "What is the capital of Australia?"}],
    )
    extra = completion.model_extra or {}
    assert extra["abstained"] is True
    assert extra["citations"] == []
