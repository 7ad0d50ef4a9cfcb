"""The documented scale-out: one `chroma run` server as the single writer, `treaty-qa serve
--workers 2` reading from it, and a second ingest running while the workers answer."""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from tests.conftest import CORPUS, ROOT, ChromaServer, free_port, wait_until

pytestmark = pytest.mark.slow

TREATY_QA = Path(sys.executable).parent / "treaty-qa"
QUESTIONS = [
    "How long will the treaty remain in force?",
    "What does the treaty say about military cooperation?",
    "Does the treaty include a mutual defence clause?",
    "Who signed the treaty?",
    "What is the capital of Australia?",
]
_WORDS = (
    "harbour", "grain", "railway", "tariff", "envoy", "summit", "council", "ledger", "corridor",
    "freight", "customs", "pact", "delegation", "budget", "survey", "bridge", "pipeline",
    "cargo", "minister", "river", "valley", "garrison", "archive", "museum", "orchard",
    "festival", "quarry", "lantern", "harvest", "bakery", "timber", "copper", "cobalt",
    "granite", "ferry", "canal", "station", "clinic", "rescue", "audit", "license", "permit",
    "census", "ballot", "verdict", "tribunal", "green", "quiet", "northern", "coastal", "rapid",
    "annual", "modest", "formal", "joint", "rural", "urban", "western"
)  # fmt: skip


def cli_env(**extra: str) -> dict[str, str]:
    """The environment for `treaty-qa` subprocesses: offline, one torch thread."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TREATY_QA_")}
    env.update(
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        ANONYMIZED_TELEMETRY="False",
        TOKENIZERS_PARALLELISM="false",
        TREATY_QA_TORCH_THREADS="1",
    )
    env.update(extra)
    return env


def ingest_command(paths: Sequence[Path], *where: str) -> list[str]:
    """`treaty-qa ingest PATHS... WHERE --json` as an argv."""
    return [str(TREATY_QA), "ingest", *map(str, paths), *where, "--json"]


def run_ingest_cli(paths: Sequence[Path], *where: str, timeout: float = 180) -> dict[str, int]:
    """Run an ingest to completion and return its JSON summary."""
    done = subprocess.run(
        ingest_command(paths, *where),
        cwd=ROOT,
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    summary: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    return summary


def _word(rng: random.Random) -> str:
    return rng.choice(_WORDS)


def write_docs(folder: Path, count: int, *, paragraphs: int = 4, seed: int = 7) -> list[Path]:
    """Write `count` distinct generated articles (varied paragraphs, several chunks each)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for n in range(count):
        lines = [f"Generated report number {n} on the {_word(rng)} agreement"]
        for _ in range(paragraphs):
            sentences = [
                " ".join(_word(rng) for _ in range(rng.randint(8, 16))).capitalize() + "."
                for _ in range(rng.randint(3, 5))
            ]
            lines.append(" ".join(sentences))
        path = folder / f"generated-{n:04d}.txt"
        path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        files.append(path)
    return files


def expected_chunk_ids(paths: Sequence[Path]) -> set[str]:
    """The ids an exact ingest of `paths` must leave in the collection."""
    from ingest.load import load_corpus
    from ingest.plan import document_chunks
    from qa.config import Settings

    settings = Settings()
    return {
        chunk.id
        # The CLI names files relative to the corpus folder (absolute outside it).
        for document in load_corpus(paths, base=settings.corpus).documents
        for chunk in document_chunks(document, settings.chunk_size, settings.chunk_overlap)
    }


def assert_exact(collection, paths: Sequence[Path]) -> int:  # type: ignore[no-untyped-def]
    """The collection holds exactly the chunks of `paths`: no duplicates, no leftovers, and
    every stored text is its document's text[start:end]."""
    from ingest.load import load_corpus
    from ingest.store import iter_chunks
    from qa.config import Settings

    documents = {d.doc_id: d for d in load_corpus(paths, base=Settings().corpus).documents}
    stored = list(iter_chunks(collection))
    spans = Counter((c.doc_id, c.start, c.end) for c in stored)
    texts = Counter((c.doc_id, c.text) for c in stored)
    assert [s for s, n in spans.items() if n > 1] == []
    assert [t for t, n in texts.items() if n > 1] == []
    assert len({c.id for c in stored}) == len(stored)
    expected = expected_chunk_ids(paths)
    assert collection.count() == len(expected)
    assert {c.id for c in stored} == expected
    for chunk in stored:
        assert chunk.text == documents[chunk.doc_id].text[chunk.start : chunk.end], chunk.id
    return len(expected)


def http_collection(url: str):  # type: ignore[no-untyped-def]
    """Our collection on a Chroma server, through its own HttpClient."""
    from ingest.store import open_client, open_collection
    from qa.config import Settings

    return open_collection(open_client(Path("unused"), url), Settings().collection, create=False)


@dataclass
class Served:
    """A `treaty-qa serve` subprocess (its own process group) and its log."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> None:
        """SIGTERM the server's process group, then SIGKILL what is left."""
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        # Workers left behind by a parent that died first share its process group.
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)

    def worker_pids(self) -> list[int]:
        """PIDs of the uvicorn worker processes (spawned children of the server)."""
        out = subprocess.run(
            ["ps", "-ww", "-o", "pid=,args=", "--ppid", str(self.process.pid)],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        return [int(line.split()[0]) for line in out.splitlines() if "spawn_main" in line]


def serve(tmp: Path, *args: str, env: dict[str, str] | None = None) -> Served:
    """Start `treaty-qa serve ARGS` on a free port and wait until /readyz says ready."""
    port = free_port()
    log = tmp / f"serve-{port}.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [str(TREATY_QA), "serve", "--port", str(port), *args],
            cwd=ROOT,
            env=env or cli_env(),
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    served = Served(f"http://127.0.0.1:{port}", process, log)
    deadline = time.monotonic() + 90
    try:
        while not _answers(f"{served.url}/readyz"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"serve never became ready: {log.read_text(errors='replace')}")
            time.sleep(0.2)
    except BaseException:
        served.stop()
        raise
    return served


def _answers(url: str) -> bool:
    try:
        return httpx.get(url, timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


@pytest.fixture
def ingested_server(chroma_server: ChromaServer) -> ChromaServer:
    """A Chroma server holding the bundled corpus, ingested by the CLI."""
    summary = run_ingest_cli([CORPUS], "--chroma-url", chroma_server.url)
    assert summary["added"] == 1
    assert summary["chunks"] == len(expected_chunk_ids([CORPUS]))
    return chroma_server


@pytest.fixture
def two_workers(ingested_server: ChromaServer, tmp_path: Path) -> Iterator[Served]:
    """`treaty-qa serve --workers 2` against the Chroma server."""
    served = serve(
        tmp_path,
        "--workers",
        "2",
        "--chroma-url",
        ingested_server.url,
        env=cli_env(TREATY_QA_INDEX_REFRESH_S="1"),
    )
    try:
        yield served
    finally:
        served.stop()


@dataclass
class Load:
    """What the query threads saw."""

    statuses: Counter[int]
    failures: list[str]


def ask_until(url: str, stop: threading.Event, load: Load, lock: threading.Lock) -> None:
    """Ask questions on fresh connections (so both workers accept some) until told to stop."""
    n = 0
    while not stop.is_set():
        question = QUESTIONS[n % len(QUESTIONS)]
        n += 1
        try:
            response = httpx.post(f"{url}/v1/ask", json={"question": question}, timeout=30)
            ok = 200 <= response.status_code < 300 and "answer" in response.json()
            with lock:
                load.statuses[response.status_code] += 1
                if not ok:
                    load.failures.append(f"{response.status_code}: {response.text[:300]}")
        except (httpx.HTTPError, ValueError) as exc:
            with lock:
                load.failures.append(f"{type(exc).__name__}: {exc}")


def worker_views(url: str, samples: int = 60) -> dict[float, float]:
    """Each worker's own metrics, told apart by the creation time of its registry:
    {registry created at: /v1/ask 200s that worker answered}."""
    views: dict[float, float] = {}
    for _ in range(samples):
        text = httpx.get(f"{url}/metrics", timeout=10).text
        created = answered = 0.0
        for family in text_string_to_metric_families(text):
            for sample in family.samples:
                if sample.name == "treaty_qa_abstentions_created":
                    created = sample.value
                if (
                    sample.name == "treaty_qa_requests_total"
                    and sample.labels.get("route") == "/v1/ask"
                    and sample.labels.get("status") == "200"
                ):
                    answered = sample.value
        views[created] = answered
        if len(views) >= 2:
            break
    return views


def test_two_workers_answer_while_a_second_ingest_writes(
    two_workers: Served, ingested_server: ChromaServer, tmp_path: Path
) -> None:
    assert len(two_workers.worker_pids()) == 2
    corpus = tmp_path / "corpus-plus"
    corpus.mkdir()
    write_docs(corpus, 12, paragraphs=5)

    load, lock, stop = Load(Counter(), []), threading.Lock(), threading.Event()
    threads = [
        threading.Thread(target=ask_until, args=(two_workers.url, stop, load, lock), daemon=True)
        for _ in range(4)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    try:
        summary = run_ingest_cli([CORPUS, corpus], "--chroma-url", ingested_server.url, timeout=120)
        time.sleep(max(0.0, 10 - (time.monotonic() - started)))
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=40)

    assert load.failures == []
    assert sum(load.statuses.values()) >= 20
    assert set(load.statuses) == {200}
    assert (summary["added"], summary["unchanged"]) == (12, 1)

    chunks = assert_exact(http_collection(ingested_server.url), [CORPUS, corpus])
    assert summary["chunks"] == chunks

    views = worker_views(two_workers.url)
    assert len(views) == 2, f"only one worker answered /metrics: {views}"
    assert all(answered > 0 for answered in views.values()), views

    # Every worker lists the newly written chunks once its keyword index refreshes.
    def listed() -> int:
        return int(httpx.get(f"{two_workers.url}/v1/documents", timeout=5).json()["chunks"])

    wait_until(lambda: all(listed() == chunks for _ in range(10)), 20, "both workers to list")
