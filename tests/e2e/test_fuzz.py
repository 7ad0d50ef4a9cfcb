"""Property-based fuzzing of every documented operation against the app's own OpenAPI schema:
no server errors, and every response (status, content type, body) is one the schema promises."""

from __future__ import annotations

from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = pytest.mark.slow

CHECKS = [
    not_a_server_error,
    response_schema_conformance,
    content_type_conformance,
    status_code_conformance,
]
EXAMPLES = 25
TREATY = "How long will the treaty remain in force?"


@pytest.fixture(scope="module")
def api_schema(settings, pipeline):  # type: ignore[no-untyped-def]
    """The schema the real app publishes (extractive mode, shared pipeline), bound to it."""
    from qa.app import create_app

    app = create_app(settings, pipeline_factory=lambda _: pipeline)
    return schemathesis.openapi.from_asgi("/openapi.json", app)


def fuzz(operation, mode: GenerationMode) -> None:  # type: ignore[no-untyped-def]
    """Send EXAMPLES generated requests to one operation; raise on the first failed check."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    def run(case: schemathesis.Case) -> None:
        case.call_and_validate(checks=CHECKS)

    run()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_generated_requests_conform(api_schema, mode: GenerationMode) -> None:  # type: ignore[no-untyped-def]
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /v1/ask", "POST /v1/chat/completions"}
    if mode is GenerationMode.NEGATIVE:  # only a body can be made invalid here
        operations = [op for op in operations if len(op.body)]
        assert len(operations) == 4
    failures: dict[str, str] = {}
    for operation in operations:
        try:
            fuzz(operation, mode)
        except (Exception, BaseExceptionGroup) as exc:  # schemathesis raises a FailureGroup
            failures[operation.label] = f"{type(exc).__name__}: {exc}"
    assert not failures, "\n\n".join(f"{label}\n{text}" for label, text in failures.items())


# Valid requests random generation rarely builds (a user message last, `stream` on).
EXAMPLE_REQUESTS: dict[str, tuple[str, dict[str, Any]]] = {
    "chat": ("/v1/chat/completions", {"messages": [{"role": "user", "content": TREATY}]}),
    "chat streamed": (
        "/v1/chat/completions",
        {"messages": [{"role": "user", "content": TREATY}], "stream": True},
    ),
    "chat follow-up": (
        "/v1/chat/completions",
        {
            "messages": [
                {"role": "system", "content": "Be brief."},
                {"role": "user", "content": "Who signed the treaty?"},
                {"role": "assistant", "content": "Putin and Pezeshkian."},
                {"role": "user", "content": [{"type": "text", "text": "When?"}]},
            ]
        },
    ),
    "ask": ("/v1/ask", {"question": TREATY, "top_k": 3}),
    "ask with history": (
        "/v1/ask",
        {
            "question": "And how long is it in force?",
            "history": [
                {"role": "user", "content": "What treaty did Russia and Iran sign?"},
                {"role": "assistant", "content": "A comprehensive strategic partnership."},
            ],
        },
    ),
    "ask streamed": ("/v1/ask/stream", {"question": TREATY}),
    "abstention": ("/v1/ask", {"question": "What is the capital of Australia?"}),
    "retrieve": ("/v1/retrieve", {"question": TREATY, "top_k": 50}),
}


@pytest.mark.parametrize(("path", "body"), EXAMPLE_REQUESTS.values(), ids=EXAMPLE_REQUESTS.keys())
def test_example_requests_conform(api_schema, path: str, body: dict[str, Any]) -> None:  # type: ignore[no-untyped-def]
    case = api_schema[path]["POST"].Case(body=body, media_type="application/json")
    response = case.call_and_validate(checks=CHECKS)
    assert response.status_code == 200, response.text
