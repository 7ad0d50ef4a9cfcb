"""API keys and per-client rate limits (sliding window log), without global state."""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence

from fastapi import Request
from fastapi.responses import JSONResponse
from pydantic import SecretStr

from qa.errors import problem

Clock = Callable[[], float]


def presented_key(request: Request) -> str | None:
    """The API key a request carries, as `Authorization: Bearer KEY` or `X-API-Key: KEY`."""
    header = request.headers.get("authorization", "")
    if header.lower().startswith("bearer "):
        return header[7:].strip() or None
    return request.headers.get("x-api-key") or None


def key_is_valid(key: str | None, keys: Sequence[SecretStr]) -> bool:
    """Constant-time comparison against every configured key."""
    if key is None:
        return False
    return any(hmac.compare_digest(key.encode(), k.get_secret_value().encode()) for k in keys)


def bucket(key: str | None, address: str, keys: Sequence[SecretStr]) -> str:
    """Whom a request counts against: its valid key, else its address.

    Wrong keys share their address's bucket, so guessing keys is rate limited like anything
    else, and inventing keys cannot buy fresh buckets.
    """
    return f"key:{key}" if key_is_valid(key, keys) else f"address:{address}"


def throttle(
    limiter: RateLimiter | None, client: str, rate: str | None, path: str
) -> JSONResponse | None:
    """Count a request against `client`; a 429 problem when it is over the limit, else None."""
    wait = limiter.check(client) if limiter else 0.0
    if not wait:
        return None
    retry = str(max(1, round(wait + 0.499)))
    return problem(
        429, f"rate limit {rate} exceeded; retry in {retry} s",
        headers={"Retry-After": retry}, path=path,
    )  # fmt: skip


def redact(key: str) -> str:
    """A key safe to log: its first four characters only."""
    return key[:4] + "…" if len(key) > 4 else "…"


class RateLimiter:
    """At most `limit` requests per `window` seconds per client."""

    def __init__(self, limit: int, window: float, clock: Clock = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def check(self, client: str) -> float:
        """Record a request; returns 0 when allowed, else the seconds until it would be."""
        now = self.clock()
        with self._lock:
            hits = self._hits.setdefault(client, deque())
            while hits and now - hits[0] >= self.window:
                hits.popleft()
            if len(hits) >= self.limit:
                return max(self.window - (now - hits[0]), 0.001)
            hits.append(now)
            if len(self._hits) > 100_000:  # forget idle clients
                self._hits = {
                    k: v for k, v in self._hits.items() if v and now - v[-1] < self.window
                }
            return 0.0
