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
from starlette.datastructures import Headers
from starlette.routing import Match, Router
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from qa.config import Settings
from qa.errors import install_handlers, problem
from qa.limits import RateLimiter, bucket, key_is_valid, presented_key, throttle
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
            await self._refuse(scope, receive, send)
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
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"request body over {self.limit} bytes"
        await problem(413, detail, path=scope["path"])(scope, receive, send)


class _TooLarge(Exception):
    pass


class HeadAsGet:
    """Answer HEAD wherever GET is routed: the GET's status and headers, without the body.

    Starlette's Route does this itself; FastAPI's APIRoute does not.
    """

    def __init__(self, app: ASGIApp, router: Router) -> None:
        self.app = app
        self.router = router

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return
        as_get = {**scope, "method": "GET"}
        if not any(r.matches(as_get)[0] is Match.FULL for r in self.router.routes):
            await self.app(scope, receive, send)  # 404 or 405, which says HEAD
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.start" and "route" in as_get:
                scope["route"] = as_get["route"]  # the metrics label, read by `guard`
            if message["type"] != "http.response.body":
                await send(message)
            elif not message.get("more_body", False):
                await send({"type": "http.response.body", "body": b"", "more_body": False})

        await self.app(as_get, receive, headers_only)


class ProblemCORS(CORSMiddleware):
    """CORS whose refused preflight is a 403 problem+json, like every other refusal."""

    def preflight_response(self, request_headers: Headers) -> Response:
        """Starlette's preflight answer, with its plain-text 400 made a problem."""
        response = super().preflight_response(request_headers)
        if response.status_code != 400:
            return response
        failures = bytes(response.body).decode().removeprefix("Disallowed CORS ").split(", ")
        asked = request_headers.get
        reasons = {
            "origin": f"origin {asked('origin')} is not allowed (TREATY_QA_CORS_ORIGINS)",
            "method": f"method {asked('access-control-request-method')} is not allowed"
            f" (allowed: {', '.join(self.allow_methods)})",
            "headers": f"headers {asked('access-control-request-headers')} are not all allowed"
            f" (allowed: {', '.join(self.allow_headers)})",
        }
        detail = "CORS preflight refused: " + "; ".join(reasons.get(f, f) for f in failures)
        return problem(403, detail, headers={"Vary": "Origin"})


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
    app.add_middleware(HeadAsGet, router=app.router)  # innermost: `guard` logs HEAD

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
        key = presented_key(request)
        if request.method == "OPTIONS" or route in OPEN_PATHS or route.startswith("/static"):
            response = await call_next(request)
        elif refused := throttle(
            state.limiter, bucket(key, client, settings.api_keys), settings.rate_limit, route
        ):
            response = refused
        elif settings.api_keys and not key_is_valid(key, settings.api_keys):
            response = problem(
                401, "send a valid API key as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'",
                headers={"WWW-Authenticate": "Bearer"}, path=route,
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
        ProblemCORS,
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
