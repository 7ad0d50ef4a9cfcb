"""Faults the service must survive: a dead or hanging LLM endpoint, a Chroma server that goes
away and comes back, an ingest killed with SIGKILL, and an ingest running while serving."""

from __future__ import annotations

import signal
import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families

from ingest.load import corpus_path, doc_id_for
from tests.conftest import CORPUS, ROOT, ChromaServer, free_port, start_live_server, wait_until
from tests.e2e.test_scaleout import (
    assert_exact,
    cli_env,
    ingest_command,
    run_ingest_cli,
    write_docs,
)

pytestmark = pytest.mark.slow

QUESTION = {"question": "How long will the treaty remain in force?"}
PROBLEM = "application/problem+json"
NEW_DOC = "zephyrine-accord.txt"
NEW_TEXT = (
    "The Zephyrine Accord on lighthouse maintenance was signed in Reykjavik on 3 March 2031 "
    "by harbour master Ilse Vantongeren.\n\n"
    "Under the accord, each coastal state repaints its lighthouses every seven years and "
    "shares the cost of replacing the lenses.\n"
)


def degraded_count(client: TestClient) -> float:
    """The service's count of answers given without the LLM."""
    for family in text_string_to_metric_families(client.get("/metrics").text):
        for sample in family.samples:
            if sample.name == "treaty_qa_degraded_total":
                return sample.value
    raise AssertionError("no treaty_qa_degraded_total in /metrics")


def ask_openai_at(settings, embedder, base_url: str) -> tuple[dict[str, object], float, float]:  # type: ignore[no-untyped-def]
    """Build the pipeline in openai mode against `base_url`; ask once through the app.
    Returns the response body, its latency and how many answers were counted as degraded."""
    from qa.app import create_app
    from qa.pipeline import QAPipeline

    llm_settings = settings.model_copy(
        update={"llm_mode": "openai", "llm_base_url": base_url, "llm_timeout_s": 1.0}
    )
    pipeline = QAPipeline.build(llm_settings, embedder=embedder)
    assert pipeline.chat_model is not None
    with TestClient(create_app(llm_settings, pipeline_factory=lambda _: pipeline)) as client:
        started = time.monotonic()
        response = client.post("/v1/ask", json=QUESTION)
        elapsed = time.monotonic() - started
        assert response.status_code == 200, response.text
        return response.json(), elapsed, degraded_count(client)


def assert_degraded(body: dict[str, object]) -> None:
    """An extractive answer, flagged as degraded, citing the article."""
    assert body["degraded"] is True
    assert body["mode"] == "extractive_fallback"
    assert body["abstained"] is False
    citations = body["citations"]
    assert isinstance(citations, list) and citations
    assert "[1]" in str(body["answer"])
    assert citations[0]["source"] == "russia-iran-partnership-treaty.txt"
    assert "20 years" in str(body["answer"])


def test_llm_endpoint_down_gives_degraded_answer(settings, embedder) -> None:  # type: ignore[no-untyped-def]
    closed = free_port()  # bound and released: nothing listens there
    body, elapsed, degraded = ask_openai_at(settings, embedder, f"http://127.0.0.1:{closed}/v1")
    assert_degraded(body)
    assert degraded == 1
    assert elapsed < 10


@pytest.fixture
def hanging_llm() -> Iterator[tuple[str, list[float]]]:
    """A loopback HTTP endpoint that accepts connections and never answers (30 s each)."""
    release = threading.Event()
    accepted: list[float] = []
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    port = listener.getsockname()[1]

    def hold(conn: socket.socket) -> None:
        with conn:
            release.wait(30)

    def serve() -> None:
        while not release.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            accepted.append(time.monotonic())
            threading.Thread(target=hold, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/v1", accepted
    finally:
        release.set()
        thread.join(timeout=5)
        listener.close()


def test_hanging_llm_times_out_to_degraded_answer(
    settings, embedder, hanging_llm: tuple[str, list[float]]
) -> None:  # type: ignore[no-untyped-def]
    url, accepted = hanging_llm
    body, elapsed, degraded = ask_openai_at(settings, embedder, url)
    assert accepted, "the pipeline never called the LLM endpoint"
    assert_degraded(body)
    assert degraded == 1
    assert 1.0 <= elapsed < 8, elapsed


def _ingest_in_process(url: str, embedder, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    from ingest.pipeline import run_ingest
    from ingest.store import open_client, open_collection
    from qa.config import Settings

    config = Settings(chroma_url=url)
    collection = open_collection(open_client(config.store, url), config.collection)
    run_ingest(paths, collection, embedder, size=config.chunk_size, overlap=config.chunk_overlap)


@pytest.fixture
def server_settings(settings, embedder, chroma_server: ChromaServer):  # type: ignore[no-untyped-def]
    """Settings pointing at a Chroma server that holds the bundled corpus."""
    _ingest_in_process(chroma_server.url, embedder, [CORPUS])
    return settings.model_copy(update={"chroma_url": chroma_server.url, "index_refresh_s": 0})


def test_chroma_server_down_is_503_and_recovers(
    server_settings, embedder, chroma_server: ChromaServer
) -> None:  # type: ignore[no-untyped-def]
    from qa.app import create_app
    from qa.pipeline import QAPipeline

    pipeline = QAPipeline.build(server_settings, embedder=embedder)
    app = create_app(server_settings, pipeline_factory=lambda _: pipeline)
    with TestClient(app) as client:
        assert client.post("/v1/ask", json=QUESTION).status_code == 200

        chroma_server.stop()
        down = client.post("/v1/ask", json=QUESTION)
        ready = client.get("/readyz")
        for response in (down, ready):
            assert response.status_code == 503, response.text
            assert response.headers["content-type"].startswith(PROBLEM)
            assert response.json()["status"] == 503
        assert down.headers["retry-after"] == "5"
        assert client.get("/healthz").status_code == 200

        chroma_server.start()
        wait_until(lambda: client.post("/v1/ask", json=QUESTION).status_code == 200, 20, "recovery")
        again = [client.post("/v1/ask", json=QUESTION) for _ in range(3)]
        assert [r.status_code for r in again] == [200, 200, 200]
        assert "20 years" in again[-1].json()["answer"]
        assert client.get("/readyz").status_code == 200


def write_two_slab_corpus(folder: Path) -> int:
    """300 documents whose first 1200 chunks are one sentence each (cheap to embed, so the
    first 1024-chunk slab is written fast) and whose last 100 have long chunks (slow to
    embed, so a kill after the first write lands half-way). Returns the document count."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(200):
        lines = []
        for k in range(6):
            lines.append(f"Dispatch {n} item {k} reports cargo {n * 7 + k} reached port {k}.")
            lines.append("Advertisement")  # chunks never cross boilerplate: one each
        (folder / f"a-{n:04d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    write_docs(folder / "z", 100, paragraphs=2, seed=11)
    return 300


def store_size(store: Path) -> int:
    """Bytes in the embedded store's SQLite file."""
    db = store / "chroma.sqlite3"
    return db.stat().st_size if db.exists() else 0


def test_ingest_killed_half_way_is_exact_after_rerun(tmp_path: Path) -> None:
    corpus, store = tmp_path / "many", tmp_path / "store"
    documents = write_two_slab_corpus(corpus)
    log = (tmp_path / "killed.log").open("wb")
    process = subprocess.Popen(
        ingest_command([corpus], "--store", str(store)),
        cwd=ROOT,
        env=cli_env(),
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until(lambda: store_size(store) > 150_000, 60, "the collection to be created")
        baseline = store_size(store)
        # The first slab's upsert grows the file by megabytes; the journal goes when it commits.
        wait_until(
            lambda: (
                store_size(store) > baseline + 1_000_000
                and not (store / "chroma.sqlite3-journal").exists()
            ),
            120,
            "the first write",
        )
        assert process.poll() is None, "the ingest finished before it could be killed"
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        log.close()

    summary = run_ingest_cli([corpus], "--store", str(store))
    again = run_ingest_cli([corpus], "--store", str(store))
    assert summary["documents"] == documents
    # The killed run wrote some documents completely and not others.
    assert 0 < summary["unchanged"] < documents, summary
    assert summary["added"] + summary["updated"] == documents - summary["unchanged"]
    assert again["unchanged"] == documents
    assert again["chunks"] == summary["chunks"]

    # Opened only now: an embedded store must not be shared with a running ingest.
    from ingest.store import open_client, open_collection
    from qa.config import Settings

    collection = open_collection(open_client(store), Settings().collection, create=False)
    assert summary["chunks"] == assert_exact(collection, [corpus])


def test_ingest_while_serving_from_a_chroma_server(
    server_settings, embedder, chroma_server: ChromaServer, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from qa.pipeline import QAPipeline

    new = tmp_path / "new"
    write_docs(new, 6, paragraphs=4, seed=3)
    (new / NEW_DOC).write_text(NEW_TEXT, encoding="utf-8")
    # The CLI names a file outside its corpus folder by its absolute path.
    new_id = doc_id_for(corpus_path(new / NEW_DOC, server_settings.corpus))

    # The new document is on another subject than the treaty: a deployment that adds one
    # names it in its topic, or answers about it are refused as off-topic (test_topic.py).
    topic = f"{server_settings.topic}, and the Zephyrine Accord on lighthouse maintenance"
    server_settings = server_settings.model_copy(update={"topic": topic})
    pipeline = QAPipeline.build(server_settings, embedder=embedder)
    server = start_live_server(server_settings, pipeline)
    failures: list[str] = []
    answered = [0]
    stop = threading.Event()

    def ask_until_stopped() -> None:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            while not stop.is_set():
                for path, payload in (("/v1/ask", QUESTION), ("/v1/documents", None)):
                    try:
                        if payload is None:
                            response = client.get(path)
                        else:
                            response = client.post(path, json=payload)
                    except httpx.HTTPError as exc:
                        failures.append(f"{path}: {exc!r}")
                        continue
                    if response.status_code != 200:
                        failures.append(f"{path}: {response.status_code} {response.text[:200]}")
                    answered[0] += 1
                stop.wait(0.05)

    threads = [threading.Thread(target=ask_until_stopped, daemon=True) for _ in range(2)]
    try:
        for thread in threads:
            thread.start()
        summary = run_ingest_cli([new], "--chroma-url", chroma_server.url)
        time.sleep(1)
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=40)
    try:
        assert failures == []
        assert answered[0] > 0
        assert summary["added"] == 7

        from ingest.store import open_client, open_collection

        collection = open_collection(
            open_client(Path("unused"), chroma_server.url), server_settings.collection
        )
        total = assert_exact(collection, [CORPUS, new])

        listed = httpx.get(f"{server.url}/v1/documents", timeout=10).json()
        assert listed["chunks"] == total
        assert new_id in {d["doc_id"] for d in listed["documents"]}

        question = {"question": "Who signed the Zephyrine Accord on lighthouse maintenance?"}
        answer = httpx.post(f"{server.url}/v1/ask", json=question, timeout=30).json()
        assert answer["abstained"] is False
        assert "Ilse Vantongeren" in answer["answer"]
        assert {c["doc_id"] for c in answer["citations"]} == {new_id}
    finally:
        server.stop()
