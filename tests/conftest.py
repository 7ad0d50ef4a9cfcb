"""Shared fixtures: the real embedding model, real Chroma stores, a live server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
ARTICLE = CORPUS / "russia-iran-partnership-treaty.txt"


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until(check: object, timeout: float = 60.0, what: str = "condition") -> None:
    """Poll `check()` until it is truthy."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if check():  # type: ignore[operator]
                return
        except Exception:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"timed out waiting for {what}")


@pytest.fixture(scope="session")
def embedder():  # type: ignore[no-untyped-def]
    """The real all-MiniLM-L6-v2, loaded once."""
    from ingest.embed import Embedder

    return Embedder.load(threads=1)


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private copy of the bundled corpus."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def ingested_store(tmp_path_factory: pytest.TempPathFactory, embedder) -> Path:  # type: ignore[no-untyped-def]
    """An embedded Chroma store holding the bundled corpus."""
    from ingest.pipeline import run_ingest
    from ingest.store import open_client, open_collection
    from qa.config import Settings

    store = tmp_path_factory.mktemp("store")
    settings = Settings(store=store)
    collection = open_collection(open_client(store), settings.collection)
    run_ingest(
        [CORPUS], collection, embedder, size=settings.chunk_size, overlap=settings.chunk_overlap
    )
    return store


@pytest.fixture(scope="session")
def settings(ingested_store: Path):  # type: ignore[no-untyped-def]
    """Settings pointing at the ingested store (extractive mode)."""
    from qa.config import Settings

    return Settings(store=ingested_store, llm_mode="extractive", index_refresh_s=0)


@pytest.fixture(scope="session")
def pipeline(settings, embedder):  # type: ignore[no-untyped-def]
    """One loaded QA pipeline for the session."""
    from qa.pipeline import QAPipeline

    return QAPipeline.build(settings, embedder=embedder)


@pytest.fixture
def app_client(settings, pipeline) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A TestClient on the real app with the shared pipeline."""
    from fastapi.testclient import TestClient

    from qa.app import create_app

    with TestClient(create_app(settings, pipeline_factory=lambda _: pipeline)) as client:
        yield client


@dataclass
class LiveServer:
    """A real uvicorn serving the app in a thread."""

    url: str
    server: object
    thread: threading.Thread

    def stop(self) -> None:
        """Shut the server down and wait for it."""
        self.server.should_exit = True  # type: ignore[attr-defined]
        self.thread.join(timeout=10)


def start_live_server(settings, pipeline) -> LiveServer:  # type: ignore[no-untyped-def]
    """Serve the real app on a free loopback port."""
    import uvicorn

    from qa.app import create_app

    port = free_port()
    app = create_app(settings, pipeline_factory=lambda _: pipeline)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    wait_until(lambda: httpx.get(f"{url}/healthz", timeout=1).status_code == 200, 30, "the server")
    return LiveServer(url, server, thread)


@dataclass
class ChromaServer:
    """A real `chroma run` server process."""

    url: str
    process: subprocess.Popen[bytes]
    path: Path
    port: int

    def stop(self) -> None:
        """Terminate the server."""
        self.process.terminate()
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def start(self) -> None:
        """(Re)start on the same port and data path."""
        self.process = _spawn_chroma(self.path, self.port)
        _wait_chroma(self.url)


def _spawn_chroma(path: Path, port: int) -> subprocess.Popen[bytes]:
    chroma = Path(sys.executable).parent / "chroma"
    return subprocess.Popen(
        [str(chroma), "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "ANONYMIZED_TELEMETRY": "False"},
    )


def _wait_chroma(url: str) -> None:
    wait_until(
        lambda: httpx.get(f"{url}/api/v2/heartbeat", timeout=1).status_code == 200, 60, "chroma"
    )


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    """A real Chroma server on a free loopback port, stopped after the test."""
    port = free_port()
    path = tmp_path / "chroma-server"
    server = ChromaServer(f"http://127.0.0.1:{port}", _spawn_chroma(path, port), path, port)
    _wait_chroma(server.url)
    yield server
    server.stop()
