"""Live servers for browser and end-to-end tests: the API and a host page on another origin."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import LiveServer, free_port, start_live_server

HERE = Path(__file__).resolve().parent


@dataclass
class StaticServer:
    """A plain HTTP server for the host page (a different origin than the API)."""

    url: str
    httpd: http.server.ThreadingHTTPServer

    def stop(self) -> None:
        """Shut it down."""
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="session")
def host_page_port() -> int:
    """The host page's port, fixed for the session so CORS can allow its origin."""
    return free_port()


@pytest.fixture(scope="session")
def host_page_server(host_page_port: int) -> Iterator[StaticServer]:
    """Serves tests/e2e/ (widget_host.html) on its own origin."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(HERE))
    handler.log_message = lambda *args: None  # type: ignore[method-assign]
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", host_page_port), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    server = StaticServer(f"http://127.0.0.1:{host_page_port}", httpd)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def e2e_settings(settings, host_page_port: int):  # type: ignore[no-untyped-def]
    """Settings whose CORS allow-list holds the host page's origin."""
    return settings.model_copy(update={"cors_origins": [f"http://127.0.0.1:{host_page_port}"]})


@pytest.fixture(scope="session")
def live_server(e2e_settings, pipeline) -> Iterator[LiveServer]:  # type: ignore[no-untyped-def]
    """The real app on uvicorn, shared by the session."""
    server = start_live_server(e2e_settings, pipeline)
    yield server
    server.stop()


@pytest.fixture
def stoppable_server(e2e_settings, pipeline) -> Iterator[LiveServer]:  # type: ignore[no-untyped-def]
    """A live server of its own that a test may stop."""
    server = start_live_server(e2e_settings, pipeline)
    yield server
    server.stop()
