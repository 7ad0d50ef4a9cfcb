"""Error types and RFC 9457 problem+json responses: every 4xx/5xx says what to fix."""

from __future__ import annotations

import json
import logging
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.store import StoreUnavailableError
from qa.schemas import OpenAIError

PROBLEM = "application/problem+json"
OPENAI_PATHS = frozenset({"/v1/chat/completions", "/v1/models"})
SEND_JSON = "send the body as UTF-8 JSON with Content-Type: application/json"
# FastAPI's own detail when it cannot read a body (not UTF-8, not decodable).
_UNPARSED = "There was an error parsing the body"
_OPENAI_KINDS = {
    401: ("authentication_error", "invalid_api_key"),
    403: ("permission_error", None),
    404: ("not_found_error", None),
    413: ("invalid_request_error", "request_too_large"),
    429: ("rate_limit_error", "rate_limit_exceeded"),
}
log = logging.getLogger("treaty_qa")


class TreatyQAError(Exception):
    """Base of the errors this service raises on purpose."""


class UserError(TreatyQAError):
    """Raised when a command or request is wrong in a way the caller can fix."""


def openai_error(status: int, detail: str, param: str | None = None) -> OpenAIError:
    """The OpenAI error object for a problem."""
    kind, code = _OPENAI_KINDS.get(status, ("invalid_request_error", None))
    if status >= 500:
        kind, code = "server_error", None
    return OpenAIError(message=detail, type=kind, param=param, code=code)


def problem(
    status: int,
    detail: str,
    *,
    title: str | None = None,
    headers: dict[str, str] | None = None,
    path: str = "",
    param: str | None = None,
) -> JSONResponse:
    """A problem+json response; on the OpenAI-compatible paths it also carries `error`."""
    phrase = title or HTTPStatus(status).phrase
    body: dict[str, object] = {
        "type": "about:blank",
        "title": phrase,
        "status": status,
        "detail": detail,
    }
    if path in OPENAI_PATHS:
        # The openai SDKs read only `error.message`; problem+json allows extension members.
        body["error"] = openai_error(status, detail, param).model_dump()
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def _is_json(content_type: str | None) -> bool:
    media = (content_type or "").split(";")[0].strip().lower()
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def _where(loc: tuple[object, ...]) -> str:
    return ".".join(str(p) for p in loc if p != "body") or "body"


def _json_detail(exc: RequestValidationError) -> str | None:
    [error, *_] = exc.errors()
    if error.get("type") != "json_invalid" or not isinstance(exc.body, str):
        return None
    position = error["loc"][-1] if isinstance(error["loc"][-1], int) else 0
    reason = error.get("ctx", {}).get("error", "invalid JSON")
    located = json.JSONDecodeError(reason, exc.body, position)
    return f"the body is not valid JSON: {reason} at line {located.lineno} column {located.colno}"


def _validation_detail(request: Request, exc: RequestValidationError) -> str:
    errors = exc.errors()
    if not errors:
        return "the request body is not valid"
    if (text := _json_detail(exc)) is not None:
        return text
    content_type = request.headers.get("content-type")
    if any(tuple(e.get("loc", ())) == ("body",) for e in errors) and not _is_json(content_type):
        sent = f"got {content_type!r}" if content_type else "no Content-Type was sent"
        return f"{SEND_JSON} ({sent})"
    return "; ".join(
        f"{_where(tuple(e.get('loc', ())))}: {e.get('msg', 'invalid')}" for e in errors
    )


def _param(exc: RequestValidationError) -> str | None:
    errors = exc.errors()
    if not errors or errors[0].get("type") == "json_invalid":
        return None
    return ".".join(str(p) for p in errors[0].get("loc", ()) if p != "body") or None


def _http_detail(request: Request, exc: StarletteHTTPException) -> str:
    detail = str(exc.detail)
    where = f"{request.method} {request.url.path}"
    if exc.status_code == 404 and detail == HTTPStatus.NOT_FOUND.phrase:
        return f"no such endpoint: {where}; see /docs for the API"
    allowed = (exc.headers or {}).get("Allow")
    if exc.status_code == 405 and detail == HTTPStatus.METHOD_NOT_ALLOWED.phrase and allowed:
        return f"{where} is not allowed; use {' or '.join(allowed.split(', '))}"
    if exc.status_code == 400 and detail == _UNPARSED:
        return f"the body could not be decoded; {SEND_JSON}"
    return detail


def install_handlers(app: FastAPI) -> None:
    """Route every error to a problem+json response; no traceback ever reaches a client."""

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = _validation_detail(request, exc)
        return problem(
            422, detail, title="Invalid request", path=request.url.path, param=_param(exc)
        )

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers) if exc.headers else None
        detail = _http_detail(request, exc)
        return problem(exc.status_code, detail, headers=headers, path=request.url.path)

    @app.exception_handler(StoreUnavailableError)
    async def store_down(request: Request, exc: StoreUnavailableError) -> JSONResponse:
        log.warning("store unavailable: %s", exc)
        return problem(
            503,
            "the document store is unavailable; try again shortly",
            headers={"Retry-After": "5"},
            path=request.url.path,
        )

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return problem(500, "an internal error occurred; it has been logged", path=request.url.path)
