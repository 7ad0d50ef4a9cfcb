"""API keys, rate limits and body limits: the pure pieces, then the app enforcing them."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from pydantic import SecretStr
from starlette.requests import Request

from qa.limits import RateLimiter, key_is_valid, presented_key, redact
from qa.observability import JsonFormatter

KEY = "tqa-secret-7f3a9c2e51"
OTHER_KEY = "tqa-second-0b8d44e6aa"
PROBLEM = "application/problem+json"
QUESTION = {"question": "How long will the treaty remain in force?"}


class FakeClock:
    """A clock that only moves when told to."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def request_with(headers: dict[str, str]) -> Request:
    """A bare Starlette request carrying `headers`."""
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    return Request({"type": "http", "method": "GET", "path": "/", "headers": raw})


# -- RateLimiter -----------------------------------------------------------------------------

# Each step: (seconds since start, client, expected wait returned by check()).
RATE_CASES = {
    "under the limit": (2, 1.0, [(0.0, "a", 0.0), (0.1, "a", 0.0)]),
    "third in the window waits for the oldest": (
        2, 1.0, [(0.0, "a", 0.0), (0.2, "a", 0.0), (0.5, "a", 0.5)],
    ),
    "window slides": (
        2, 1.0, [(0.0, "a", 0.0), (0.2, "a", 0.0), (1.0, "a", 0.0), (1.1, "a", 0.1)],
    ),
    "refused requests are not recorded": (
        1, 1.0, [(0.0, "a", 0.0), (0.5, "a", 0.5), (0.9, "a", 0.1), (1.0, "a", 0.0)],
    ),
    "clients are independent": (
        1, 60.0, [(0.0, "a", 0.0), (0.0, "b", 0.0), (1.0, "a", 59.0), (1.0, "b", 59.0)],
    ),
    "wait is never zero when refused": (1, 1.0, [(0.0, "a", 0.0), (0.9999999, "a", 0.001)]),
    "per minute": (3, 60.0, [(0.0, "k", 0.0), (10.0, "k", 0.0), (20.0, "k", 0.0), (30.0, "k", 30.0)]),
}  # fmt: skip


@pytest.mark.parametrize(("limit", "window", "steps"), RATE_CASES.values(), ids=RATE_CASES.keys())
def test_rate_limiter_waits(
    limit: int, window: float, steps: list[tuple[float, str, float]]
) -> None:
    clock = FakeClock()
    start = clock.now
    limiter = RateLimiter(limit, window, clock=clock)
    for at, client, expected in steps:
        clock.now = start + at
        assert limiter.check(client) == pytest.approx(expected, abs=1e-6), (at, client)


def test_rate_limiter_forgets_idle_clients_when_crowded() -> None:
    clock = FakeClock()
    limiter = RateLimiter(1, 1.0, clock=clock)
    for n in range(100_001):
        limiter.check(f"client-{n}")
    clock.now += 5
    assert limiter.check("newcomer") == 0.0
    assert len(limiter._hits) == 1


# -- keys ------------------------------------------------------------------------------------

KEY_CASES = {
    "no key presented": (None, ["abc"], False),
    "no keys configured": ("abc", [], False),
    "exact match": ("abc", ["abc"], True),
    "second configured key": ("abc", ["xyz", "abc"], True),
    "prefix of a key": ("ab", ["abc"], False),
    "key plus suffix": ("abcd", ["abc"], False),
    "case matters": ("ABC", ["abc"], False),
    "empty key": ("", ["abc"], False),
    "non-ascii key": ("clé-ü", ["clé-ü"], True),
}


@pytest.mark.parametrize(("key", "keys", "valid"), KEY_CASES.values(), ids=KEY_CASES.keys())
def test_key_is_valid(key: str | None, keys: list[str], valid: bool) -> None:
    assert key_is_valid(key, [SecretStr(k) for k in keys]) is valid


PRESENTED_CASES = {
    "bearer": ({"Authorization": "Bearer k1"}, "k1"),
    "bearer any case": ({"Authorization": "bEaReR k1"}, "k1"),
    "bearer padded": ({"Authorization": "Bearer   k1  "}, "k1"),
    "empty bearer": ({"Authorization": "Bearer "}, None),
    "x-api-key": ({"X-API-Key": "k2"}, "k2"),
    "empty x-api-key": ({"X-API-Key": ""}, None),
    "bearer wins over x-api-key": ({"Authorization": "Bearer k1", "X-API-Key": "k2"}, "k1"),
    "basic auth is not a key": ({"Authorization": "Basic dXNlcjpwdw=="}, None),
    "basic auth falls back to x-api-key": (
        {"Authorization": "Basic dXNlcjpwdw==", "X-API-Key": "k2"}, "k2",
    ),
    "nothing": ({}, None),
}  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "expected"), PRESENTED_CASES.values(), ids=PRESENTED_CASES.keys()
)
def test_presented_key(headers: dict[str, str], expected: str | None) -> None:
    assert presented_key(request_with(headers)) == expected


REDACT_CASES = {
    "long key keeps four characters": ("abcdefgh", "abcd…"),
    "five characters": ("abcde", "abcd…"),
    "four characters reveal nothing": ("abcd", "…"),
    "short": ("ab", "…"),
    "empty": ("", "…"),
}


@pytest.mark.parametrize(("key", "expected"), REDACT_CASES.values(), ids=REDACT_CASES.keys())
def test_redact(key: str, expected: str) -> None:
    assert redact(key) == expected


# -- the app ---------------------------------------------------------------------------------

ClientFactory = Callable[..., TestClient]


@pytest.fixture
def make_client(settings, pipeline) -> Iterator[ClientFactory]:  # type: ignore[no-untyped-def]
    """Open TestClients on the real app, with settings overridden per test."""
    from qa.app import create_app

    with ExitStack() as stack:

        def factory(**updates: object) -> TestClient:
            app = create_app(
                settings.model_copy(update=updates), pipeline_factory=lambda _: pipeline
            )
            return stack.enter_context(TestClient(app))

        yield factory


@pytest.fixture
def keyed(make_client: ClientFactory) -> TestClient:
    """An app that requires one of two API keys."""
    return make_client(api_keys=[SecretStr(KEY), SecretStr(OTHER_KEY)])


def assert_problem(response: httpx.Response, status: int) -> dict[str, object]:
    """The response is problem+json with the given status and a detail."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, object] = response.json()
    assert body["status"] == status
    assert body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    return body


@pytest.mark.slow
@pytest.mark.parametrize(
    "headers",
    [{}, {"X-API-Key": "wrong"}, {"Authorization": f"Bearer {KEY}x"}, {"Authorization": KEY}],
    ids=["no key", "wrong x-api-key", "wrong bearer", "bearer scheme missing"],
)
def test_protected_route_refuses_missing_or_wrong_key(
    keyed: TestClient, headers: dict[str, str]
) -> None:
    response = keyed.post("/v1/ask", json=QUESTION, headers=headers)
    body = assert_problem(response, 401)
    assert "API key" in str(body["detail"])
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.slow
@pytest.mark.parametrize(
    "headers",
    [{"Authorization": f"Bearer {KEY}"}, {"X-API-Key": KEY}, {"X-API-Key": OTHER_KEY}],
    ids=["bearer", "x-api-key", "second key"],
)
def test_valid_key_is_answered(keyed: TestClient, headers: dict[str, str]) -> None:
    response = keyed.post("/v1/ask", json=QUESTION, headers=headers)
    assert response.status_code == 200, response.text
    assert response.json()["citations"]


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/healthz", "/readyz", "/metrics"])
def test_operations_routes_stay_open_with_keys(keyed: TestClient, path: str) -> None:
    assert keyed.get(path).status_code == 200


@pytest.mark.slow
def test_rate_limit_refuses_third_request_in_a_second(make_client: ClientFactory) -> None:
    client = make_client(rate_limit="2/second")
    statuses = [client.get("/v1/documents").status_code for _ in range(2)]
    third = client.get("/v1/documents")
    assert statuses == [200, 200]
    body = assert_problem(third, 429)
    assert third.headers["retry-after"] == "1"
    assert "2/second" in str(body["detail"])


@pytest.mark.slow
def test_rate_limit_counts_each_key_apart(make_client: ClientFactory) -> None:
    client = make_client(rate_limit="1/minute", api_keys=[SecretStr(KEY), SecretStr(OTHER_KEY)])
    first = client.get("/v1/documents", headers={"X-API-Key": KEY})
    again = client.get("/v1/documents", headers={"X-API-Key": KEY})
    other = client.get("/v1/documents", headers={"X-API-Key": OTHER_KEY})
    assert first.status_code == 200
    assert_problem(again, 429)
    assert 1 <= int(again.headers["retry-after"]) <= 60
    assert other.status_code == 200


@pytest.mark.slow
@pytest.mark.parametrize(
    "headers",
    [{"X-API-Key": "guess"}, {"Authorization": "Bearer guess"}, {}],
    ids=["wrong x-api-key", "wrong bearer", "no key"],
)
def test_failed_auth_is_rate_limited_by_address(
    make_client: ClientFactory, headers: dict[str, str]
) -> None:
    client = make_client(rate_limit="5/minute", api_keys=[SecretStr(KEY)])
    guesses = [client.post("/v1/ask", json=QUESTION, headers=headers) for _ in range(40)]
    assert [r.status_code for r in guesses[:5]] == [401] * 5
    for refused in guesses[5:]:
        body = assert_problem(refused, 429)
        assert "5/minute" in str(body["detail"])
        assert 1 <= int(refused.headers["retry-after"]) <= 60
    valid = client.post("/v1/ask", json=QUESTION, headers={"X-API-Key": KEY})
    assert valid.status_code == 200, valid.text


@pytest.mark.slow
def test_invented_keys_share_their_address_limit_when_no_keys_are_configured(
    make_client: ClientFactory,
) -> None:
    client = make_client(rate_limit="2/minute")
    statuses = [
        client.get("/v1/documents", headers={"X-API-Key": f"invented-{n}"}).status_code
        for n in range(3)
    ]
    assert statuses == [200, 200, 429]


@pytest.mark.slow
def test_chat_refusals_carry_openai_error_types(make_client: ClientFactory) -> None:
    client = make_client(rate_limit="1/minute", api_keys=[SecretStr(KEY)])
    chat = {"messages": [{"role": "user", "content": QUESTION["question"]}]}
    unauthorized = client.post("/v1/chat/completions", json=chat)
    limited = client.post("/v1/chat/completions", json=chat)
    for response, status, kind, code in [
        (unauthorized, 401, "authentication_error", "invalid_api_key"),
        (limited, 429, "rate_limit_error", "rate_limit_exceeded"),
    ]:
        body = assert_problem(response, status)
        assert body["error"] == {
            "message": body["detail"], "type": kind, "param": None, "code": code,
        }  # fmt: skip


def _chunks(body: bytes, size: int = 256) -> Iterator[bytes]:
    for first in range(0, len(body), size):
        yield body[first : first + size]


@pytest.mark.slow
@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_body_over_the_limit_is_413(make_client: ClientFactory, chunked: bool) -> None:
    client = make_client(max_body_bytes=1024)
    body = b'{"question": "' + b"a" * 1500 + b'"}'
    # A generator has no length, so httpx sends it with Transfer-Encoding: chunked.
    content = _chunks(body) if chunked else body
    response = client.post("/v1/ask", content=content, headers={"content-type": "application/json"})
    assert_problem(response, 413)
    assert "1024 bytes" in response.json()["detail"]


@pytest.mark.slow
def test_body_at_the_limit_is_accepted(make_client: ClientFactory) -> None:
    client = make_client(max_body_bytes=1024)
    body = b'{"question": "How long will the treaty remain in force?"}'
    padded = body + b" " * (1024 - len(body))
    response = client.post("/v1/ask", content=padded, headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text


@pytest.mark.slow
@pytest.mark.parametrize(
    ("content", "needle"),
    [
        (b'{"question": "' + b"a" * 2001 + b'"}', "question"),
        (b'{"question": "unterminated', "JSON"),
        (b'{"question": ""}', "question"),
        (b'{"question": "ok", "surprise": 1}', "surprise"),
        (b"[1, 2]", "body"),
    ],
    ids=["question over 2000 chars", "malformed JSON", "empty question", "extra field", "array"],
)
def test_invalid_request_is_422(app_client: TestClient, content: bytes, needle: str) -> None:
    response = app_client.post(
        "/v1/ask", content=content, headers={"content-type": "application/json"}
    )
    body = assert_problem(response, 422)
    assert needle in str(body["detail"])


@pytest.mark.slow
def test_question_of_exactly_2000_chars_is_accepted(app_client: TestClient) -> None:
    question = ("What does the treaty say about sanctions? " * 60)[:2000]
    response = app_client.post("/v1/ask", json={"question": question})
    assert response.status_code == 200, response.text


@pytest.mark.slow
def test_every_error_is_problem_json(make_client: ClientFactory) -> None:
    client = make_client(api_keys=[SecretStr(KEY)], rate_limit="3/minute", max_body_bytes=1024)
    auth = {"X-API-Key": KEY}
    responses = {
        401: client.post("/v1/ask", json=QUESTION),
        413: client.post("/v1/ask", content=b"x" * 2048, headers=auth),
        422: client.post("/v1/ask", content=b"{", headers={**auth, "content-type": "application/json"}),
        404: client.get("/v1/nowhere", headers=auth),
        405: client.get("/v1/ask", headers=auth),
    }  # fmt: skip
    responses[429] = client.get("/v1/documents", headers=auth)
    for status, response in responses.items():
        assert_problem(response, status)


@pytest.mark.slow
def test_request_id_is_echoed_or_generated(app_client: TestClient) -> None:
    given = app_client.get("/healthz", headers={"X-Request-ID": "req-abc-123"})
    first = app_client.post("/v1/ask", json=QUESTION)
    second = app_client.post("/v1/ask", content=b"{", headers={"content-type": "application/json"})
    assert given.headers["x-request-id"] == "req-abc-123"
    generated = [first.headers["x-request-id"], second.headers["x-request-id"]]
    assert all(re.fullmatch(r"[0-9a-f]{32}", g) for g in generated)
    assert generated[0] != generated[1]


@pytest.fixture
def service_log(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Capture the service logger even when the CLI turned its propagation off."""
    logger = logging.getLogger("treaty_qa")
    logger.addHandler(caplog.handler)
    with caplog.at_level(logging.DEBUG, logger="treaty_qa"):
        yield caplog
    logger.removeHandler(caplog.handler)


@pytest.mark.slow
def test_api_key_never_reaches_the_log(
    make_client: ClientFactory, service_log: pytest.LogCaptureFixture
) -> None:
    client = make_client(api_keys=[SecretStr(KEY)], rate_limit="2/minute")
    client.post("/v1/ask", json=QUESTION, headers={"Authorization": f"Bearer {KEY}"})
    client.post("/v1/ask", content=b"{", headers={"X-API-Key": KEY})
    client.get("/v1/documents", headers={"X-API-Key": KEY})  # rate limited
    client.get("/v1/documents", headers={"X-API-Key": f"{KEY}-wrong"})  # refused
    records = [r for r in service_log.records if r.name.startswith("treaty_qa")]
    assert len(records) >= 4
    formatter = JsonFormatter()
    for record in records:
        assert KEY not in formatter.format(record)
        assert KEY not in repr(record.__dict__)
    assert KEY not in service_log.text
    assert {getattr(r, "status", None) for r in records} >= {200, 422, 429, 401}


def _samples(text: str, name: str) -> dict[tuple[tuple[str, str], ...], float]:
    for family in text_string_to_metric_families(text):
        if family.name == name:
            return {
                tuple(sorted(s.labels.items())): s.value
                for s in family.samples
                if s.name == f"{name}_total"
            }
    return {}


@pytest.mark.slow
def test_metrics_count_requests_by_route_and_status(app_client: TestClient) -> None:
    app_client.post("/v1/ask", json=QUESTION)
    app_client.post("/v1/ask", json=QUESTION)
    app_client.post("/v1/ask", json={"question": ""})
    app_client.get("/v1/documents")
    text = app_client.get("/metrics").text
    requests = _samples(text, "treaty_qa_requests")

    def count(route: str, method: str, status: str) -> float:
        key = (("method", method), ("route", route), ("status", status))
        return requests.get(key, 0.0)

    assert count("/v1/ask", "POST", "200") == 2
    assert count("/v1/ask", "POST", "422") == 1
    assert count("/v1/documents", "GET", "200") == 1


@pytest.mark.slow
def test_abstention_counter_increments(app_client: TestClient) -> None:
    def abstentions() -> float:
        text = app_client.get("/metrics").text
        return _samples(text, "treaty_qa_abstentions")[()]

    before = abstentions()
    answered = app_client.post("/v1/ask", json=QUESTION)
    after_answer = abstentions()
    response = app_client.post("/v1/ask", json={"question": "What is the capital of Australia?"})
    assert answered.json()["abstained"] is False
    assert response.status_code == 200
    assert response.json()["abstained"] is True
    assert after_answer == before
    assert abstentions() == before + 1
