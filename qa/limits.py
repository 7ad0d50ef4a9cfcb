"""API keys and per-client rate limits (sliding window log), without global state."""

from __future__ import annotations

import hmac
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence

from fastapi import Request
from pydantic import SecretStr

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
