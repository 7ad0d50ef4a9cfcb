"""The app factory: settings in, a FastAPI app out; the lifespan loads models once."""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

from fastapi import FastAPI, Request, Response
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qa.config import Settings
from qa.errors import install_handlers, problem
from qa.limits import RateLimiter, key_is_valid, presented_key
from qa.observability import Metrics
from qa.pipeline import QAPipeline

log = logging.getLogger("treaty_qa")
OPEN_PATHS = frozenset({"/healthz", "/readyz", "/metrics", "/", "/widget.js", "/favicon.ico"})
PipelineFactory = Callable[[Settings], QAPipeline]


@dataclass(slots=True)
class State:
    """What the lifespan loads and the routes read."""

    settings: Settings
    pipeline: QAPipeline | None
    metrics: Metrics
    limiter: RateLimiter | None


class BodyLimit:
    """Refuse request bodies over `limit` bytes with 413, whether or not they declare a length."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers", []))
        declared = headers.get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await problem(413, f"request body over {self.limit} bytes")(scope, receive, send)
            return
        seen = 0
        over = False

        async def limited() -> Message:
            nonlocal seen, over
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    over = True
                    raise _TooLarge
            return message

        async def send_unless_over(message: Message) -> None:
            # Inner layers see _TooLarge wrapped (FastAPI answers 400 to any error while it
            # reads a body; BaseHTTPMiddleware raises it in an ExceptionGroup): drop their reply.
            if not over:
                await send(message)

        try:
            await self.app(scope, limited, send_unless_over)
        except Exception:
            if not over:
                raise
        if over:
            await problem(413, f"request body over {self.limit} bytes")(scope, receive, send)


class _TooLarge(Exception):
    pass


def create_app(settings: Settings, pipeline_factory: PipelineFactory | None = None) -> FastAPI:
    """Build the service; `pipeline_factory` lets tests share one loaded pipeline."""
    factory = pipeline_factory or QAPipeline.build
    rate = settings.rate()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, State]]:
        state = State(
            settings=settings,
            pipeline=factory(settings),
            metrics=Metrics.create(),
            limiter=RateLimiter(*rate) if rate else None,
        )
        yield {"treaty": state}

    from qa.api import router

    app = FastAPI(
        title="treaty-qa",
        version="0.1.0",
        summary="Answers about the 2025 Russia–Iran treaty coverage, with exact cited passages.",
        lifespan=lifespan,
    )
    install_handlers(app)
    app.include_router(router)

    @app.middleware("http")
    async def guard(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        request_id = request.headers.get("x-request-id") or uuid.uuid4().hex
        started = time.perf_counter()
        state: State = request.state.treaty
        route = request.url.path
        client = request.client.host if request.client else "unknown"
        response: Response
        if request.method == "OPTIONS" or route in OPEN_PATHS or route.startswith("/static"):
            response = await call_next(request)
        elif settings.api_keys and not key_is_valid(presented_key(request), settings.api_keys):
            response = problem(
                401, "send a valid API key as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
                headers={"WWW-Authenticate": "Bearer"},
            )  # fmt: skip
        else:
            key = presented_key(request)
            wait = state.limiter.check(key or client) if state.limiter else 0.0
            if wait:
                retry = str(max(1, round(wait + 0.499)))
                response = problem(
                    429, f"rate limit {settings.rate_limit} exceeded; retry in {retry} s",
                    headers={"Retry-After": retry},
                )  # fmt: skip
            else:
                response = await call_next(request)
        elapsed = time.perf_counter() - started
        response.headers["X-Request-ID"] = request_id
        template = request.scope.get("route")
        label = getattr(template, "path", "unmatched")
        state.metrics.requests.labels(label, request.method, str(response.status_code)).inc()
        state.metrics.latency.labels(label).observe(elapsed)
        log.info(
            "%s %s -> %s",
            request.method,
            route,
            response.status_code,
            extra={"request_id": request_id, "route": label, "status": response.status_code,
                   "ms": round(elapsed * 1000, 2), "client": client},
        )  # fmt: skip
        return response

    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type", "Authorization", "X-API-Key", "X-Request-ID"],
        expose_headers=["X-Request-ID", "Retry-After"],
        max_age=600,
    )
    app.add_middleware(BodyLimit, limit=settings.max_body_bytes)
    return app


def app_from_env() -> FastAPI:
    """Factory for `uvicorn --factory` and worker processes: settings from the environment."""
    return create_app(Settings())
