"""HTTP routes: thin, reading the loaded pipeline from the request state."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import AsyncIterator
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import iterate_in_threadpool, run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel

from ingest.store import StoreUnavailableError
from qa.app import State
from qa.errors import PROBLEM, problem
from qa.pipeline import QAPipeline, StreamEvent
from qa.retrieve import Passage
from qa.schemas import (
    QUESTION_LIMIT,
    AskRequest,
    AskResponse,
    ChatRequest,
    DocumentList,
    ModelCard,
    ModelList,
    Problem,
    RetrieveRequest,
    Turn,
)

# Errors are problem+json (qa/errors.py), not FastAPI's default 422 body: say so in the schema.
_PROBLEM_CONTENT = {PROBLEM: {"schema": Problem.model_json_schema()}}
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"description": "The request cannot be served as sent", "content": _PROBLEM_CONTENT},
    "5XX": {"description": "The service or its store failed", "content": _PROBLEM_CONTENT},
}
router = APIRouter(responses=PROBLEM_RESPONSES)
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no", "Connection": "keep-alive"}


def get_state(request: Request) -> State:
    """The state the lifespan loaded."""
    state: State = request.state.treaty
    return state


def get_pipeline(state: Annotated[State, Depends(get_state)]) -> QAPipeline:
    """The loaded pipeline, or 503 while there is none."""
    if state.pipeline is None:
        raise StoreUnavailableError("the pipeline is not loaded")
    return state.pipeline


StateDep = Annotated[State, Depends(get_state)]
PipelineDep = Annotated[QAPipeline, Depends(get_pipeline)]


class RetrieveResponse(BaseModel):
    """Passages, best first."""

    passages: list[Passage]


def _text(content: str | list[dict[str, Any]] | None) -> str:
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if p.get("type") == "text")
    return content or ""


def _to_ask(chat: ChatRequest) -> AskRequest:
    turns = [m for m in chat.messages if m.role in {"user", "assistant"}]
    if not turns or turns[-1].role != "user" or not _text(turns[-1].content):
        raise ValueError("the last message must be a non-empty user message")
    question = _text(turns[-1].content)
    if not question.strip():
        raise ValueError("the question is empty: the last user message is only whitespace")
    if len(question) > QUESTION_LIMIT:
        # Answering a truncated question would answer something the user did not ask.
        raise ValueError(
            f"the last user message is {len(question)} characters; a question may have at "
            f"most {QUESTION_LIMIT} (as on /v1/ask)"
        )
    # Earlier turns are context only: the newest 50, each cut to 8000 characters.
    history = [Turn(role=m.role, content=_text(m.content)[:8000]) for m in turns[:-1]]  # type: ignore[arg-type]
    return AskRequest(question=question, history=history[-50:])


def _sse(event: str, data: object) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def _record(state: State, response: AskResponse) -> None:
    state.metrics.observe_answer(
        response.timings_ms.model_dump(), response.abstained, response.mode, response.degraded
    )


@router.get("/healthz", tags=["operations"])
def healthz() -> dict[str, str]:
    """Alive."""
    return {"status": "ok"}


@router.get("/readyz", tags=["operations"], responses={503: {"description": "Not ready"}})
def readyz(state: StateDep) -> Response:
    """Ready: models and store loaded, collection not empty."""
    if state.pipeline is None:
        return problem(503, "the pipeline is not loaded")
    try:
        chunks = state.pipeline.chunk_count()
    except StoreUnavailableError as exc:
        return problem(503, str(exc))
    if chunks == 0:
        return problem(503, "the collection is empty: run `treaty-qa ingest`")
    return JSONResponse({"status": "ready", "chunks": chunks, "mode": state.settings.llm_mode})


@router.get("/metrics", tags=["operations"], response_class=Response)
def metrics(state: StateDep) -> Response:
    """Prometheus metrics."""
    return Response(generate_latest(state.metrics.registry), media_type=CONTENT_TYPE_LATEST)


@router.get("/v1/documents", tags=["documents"])
def documents(pipeline: PipelineDep) -> DocumentList:
    """Stored documents with their chunk counts."""
    return pipeline.documents()


@router.post("/v1/retrieve", tags=["answers"])
async def retrieve(body: RetrieveRequest, pipeline: PipelineDep) -> RetrieveResponse:
    """The passages retrieval finds for a question (no answer)."""
    passages = await run_in_threadpool(pipeline.retrieve, body.question, body.history, body.top_k)
    return RetrieveResponse(passages=passages)


@router.post("/v1/ask", tags=["answers"])
async def ask(body: AskRequest, pipeline: PipelineDep, state: StateDep) -> AskResponse:
    """Answer a question with cited passages, or abstain."""
    response = await run_in_threadpool(pipeline.ask, body)
    _record(state, response)
    return response


async def _events(pipeline: QAPipeline, state: State, body: AskRequest) -> AsyncIterator[str]:
    try:
        async for event in iterate_in_threadpool(pipeline.stream(body)):
            yield _event_text(event, state)
    except StoreUnavailableError as exc:
        yield _sse(
            "error",
            {
                "type": "about:blank",
                "title": "Service Unavailable",
                "status": 503,
                "detail": str(exc),
            },
        )
    except Exception:
        yield _sse("error", {"type": "about:blank", "title": "Internal Server Error", "status": 500, "detail": "an internal error occurred; it has been logged"})  # fmt: skip


def _event_text(event: StreamEvent, state: State) -> str:
    if event.kind == "token":
        return _sse("token", {"delta": event.delta})
    if event.kind == "citations":
        return _sse("citations", {"citations": [c.model_dump() for c in event.citations]})
    assert event.response is not None
    _record(state, event.response)
    return _sse("done", event.response.model_dump())


@router.post(
    "/v1/ask/stream",
    tags=["answers"],
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {"text/event-stream": {}},
            "description": "token, citations, done, error events",
        }
    },
)
async def ask_stream(body: AskRequest, pipeline: PipelineDep, state: StateDep) -> StreamingResponse:
    """Answer as Server-Sent Events: `token` deltas, `citations`, `done` (the full response)."""
    return StreamingResponse(
        _events(pipeline, state, body), media_type="text/event-stream", headers=SSE_HEADERS
    )


def _completion(chat: ChatRequest, response: AskResponse, completion_id: str) -> dict[str, Any]:
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": chat.model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": response.answer},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        "citations": [c.model_dump() for c in response.citations],
        "abstained": response.abstained,
        "mode": response.mode,
    }


def _chunk(
    chat: ChatRequest,
    completion_id: str,
    delta: dict[str, str],
    finish: str | None,
    extra: dict[str, Any] | None = None,
) -> str:
    body: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": chat.model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }
    body.update(extra or {})
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


async def _chat_events(
    pipeline: QAPipeline, state: State, chat: ChatRequest, body: AskRequest
) -> AsyncIterator[str]:
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    yield _chunk(chat, completion_id, {"role": "assistant", "content": ""}, None)
    final: AskResponse | None = None
    try:
        async for event in iterate_in_threadpool(pipeline.stream(body)):
            if event.response is not None:
                final = event.response
                _record(state, final)
    except StoreUnavailableError as exc:
        yield f"data: {json.dumps({'error': {'message': str(exc), 'type': 'service_unavailable', 'code': 503}})}\n\n"
        return
    if final is not None:
        # The final (grounding-checked) text is sent whole: a streamed draft could be overruled.
        yield _chunk(chat, completion_id, {"content": final.answer}, None)
        extra = {
            "citations": [c.model_dump() for c in final.citations],
            "abstained": final.abstained,
            "mode": final.mode,
        }
        yield _chunk(chat, completion_id, {}, "stop", extra)
    yield "data: [DONE]\n\n"


@router.post(
    "/v1/chat/completions",
    tags=["openai"],
    response_model=None,
    responses={
        200: {
            "content": {"application/json": {}, "text/event-stream": {}},
            "description": "a chat.completion, or chat.completion.chunk events when `stream`",
        }
    },
)
async def chat_completions(chat: ChatRequest, pipeline: PipelineDep, state: StateDep) -> Response:
    """OpenAI-compatible chat completions answered from the corpus, with `citations`."""
    try:
        body = _to_ask(chat)
    except ValueError as exc:
        return problem(
            422, str(exc), title="Invalid request", path="/v1/chat/completions", param="messages"
        )
    if chat.stream:
        return StreamingResponse(
            _chat_events(pipeline, state, chat, body),
            media_type="text/event-stream",
            headers=SSE_HEADERS,
        )
    response = await run_in_threadpool(pipeline.ask, body)
    _record(state, response)
    return JSONResponse(_completion(chat, response, f"chatcmpl-{uuid.uuid4().hex}"))


@router.get("/v1/models", tags=["openai"])
def models() -> ModelList:
    """OpenAI's model list: the one model `/v1/chat/completions` answers as."""
    return ModelList(data=[ModelCard()])


def _static(name: str) -> bytes:
    return resources.files("qa").joinpath("static", name).read_bytes()


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def index() -> HTMLResponse:
    """The demo page: the article beside the chat widget."""
    return HTMLResponse(_static("index.html"))


@router.get("/widget.js", include_in_schema=False)
def widget() -> Response:
    """The embeddable chat widget."""
    return Response(
        _static("widget.js"),
        media_type="text/javascript; charset=utf-8",
        headers={
            "Cache-Control": "public, max-age=300",
            "Cross-Origin-Resource-Policy": "cross-origin",
        },
    )
