"""Load test on loopback: many concurrent clients POST /v1/ask for a fixed time; prints
throughput, latency percentiles and errors. `--baseline` also loads the LangChain tutorial
pipeline (1000/200 character chunks, top-4 similarity search) behind a minimal FastAPI app.

    python bench/load.py [--seconds 60] [--clients 32] [--store var/chroma] [--baseline]
"""

from __future__ import annotations

import argparse
import contextlib
import itertools
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from pydantic import BaseModel, Field

ROOT = Path(__file__).resolve().parent.parent
TREATY_QA = Path(sys.executable).parent / "treaty-qa"
QUESTIONS = (
    "How long will the treaty remain in force?",
    "Does the treaty include a mutual defence clause?",
    "Who signed the treaty?",
    "When was the treaty signed?",
    "What does the treaty say about military cooperation?",
    "What did the treaty say about sanctions?",
    "Where was the treaty signed?",
    "What is the capital of Australia?",
)
BASELINE_NOTE = (
    "baseline: the LangChain tutorial retrieval (RecursiveCharacterTextSplitter 1000/200, "
    "Chroma similarity_search k=4, same MiniLM embedder); no LLM is used, as in our extractive "
    "mode, so its answer is the four retrieved chunks concatenated"
)


def offline_env() -> dict[str, str]:
    """The environment for child processes: offline models, no telemetry."""
    return {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "ANONYMIZED_TELEMETRY": "False",
        "TOKENIZERS_PARALLELISM": "false",
    }


def free_port() -> int:
    """A free TCP port on the loopback interface."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def running(argv: Sequence[str], url: str, ready_path: str, log: Path) -> Iterator[str]:
    """Run a server process (its own process group) until the block ends."""
    with log.open("wb") as sink:
        process = subprocess.Popen(
            list(argv),
            cwd=ROOT,
            env=offline_env(),
            stdout=sink,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        deadline = time.monotonic() + 120
        while True:
            if process.poll() is not None:
                raise SystemExit(f"the server exited early; see {log}")
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(url + ready_path, timeout=2).status_code == 200:
                    break
            if time.monotonic() > deadline:
                raise SystemExit(f"the server did not become ready; see {log}")
            time.sleep(0.2)
        yield url
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


class Question(BaseModel):
    """The baseline's request body."""

    question: str = Field(min_length=1, max_length=2000)


@dataclass
class Tally:
    """What the clients saw."""

    latencies: list[float] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)


def client_loop(url: str, deadline: float, questions: Iterator[str], tally: Tally) -> None:
    """One client: POST /v1/ask back to back on a kept-alive connection until the deadline."""
    with httpx.Client(base_url=url, timeout=60) as client:
        while time.monotonic() < deadline:
            question = next(questions)
            started = time.perf_counter()
            try:
                response = client.post("/v1/ask", json={"question": question})
                response.read()
            except httpx.HTTPError as exc:
                with tally.lock:
                    tally.errors[type(exc).__name__] += 1
                continue
            elapsed = time.perf_counter() - started
            with tally.lock:
                tally.latencies.append(elapsed)
                tally.statuses[response.status_code] += 1


def percentile(sorted_values: Sequence[float], q: float) -> float:
    """The q-th percentile (nearest rank) of sorted values."""
    if not sorted_values:
        return float("nan")
    rank = max(1, round(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def load(url: str, seconds: float, clients: int) -> dict[str, float | int]:
    """Warm up, then run `clients` threads for `seconds`; summarise."""
    with httpx.Client(base_url=url, timeout=60) as warm:
        for question in QUESTIONS:
            warm.post("/v1/ask", json={"question": question}).raise_for_status()
    tally = Tally()
    started = time.monotonic()
    deadline = started + seconds
    threads = [
        threading.Thread(
            target=client_loop,
            args=(url, deadline, itertools.islice(itertools.cycle(QUESTIONS), n, None), tally),
            daemon=True,
        )
        for n in range(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.monotonic() - started
    latencies = sorted(tally.latencies)
    server_errors = sum(n for status, n in tally.statuses.items() if status >= 500)
    other = sum(n for status, n in tally.statuses.items() if 400 <= status < 500)
    return {
        "requests": len(latencies),
        "seconds": round(wall, 1),
        "req_per_s": round(len(latencies) / wall, 1),
        "p50_ms": round(percentile(latencies, 50) * 1000, 1),
        "p95_ms": round(percentile(latencies, 95) * 1000, 1),
        "p99_ms": round(percentile(latencies, 99) * 1000, 1),
        "http_5xx": server_errors,
        "http_4xx": other,
        "transport_errors": sum(tally.errors.values()),
    }


def ingest(store: Path) -> None:
    """Make sure the embedded store holds the corpus (a no-op when it already does)."""
    done = subprocess.run(
        [str(TREATY_QA), "ingest", "--store", str(store), "--json"],
        cwd=ROOT,
        env=offline_env(),
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"ingest failed: {done.stderr.strip()}")
    print(f"ingest: {done.stdout.strip()}", file=sys.stderr)


def run_treaty_qa(args: argparse.Namespace) -> dict[str, float | int]:
    """Load `treaty-qa serve` (extractive, embedded store)."""
    ingest(args.store)
    port = free_port()
    argv = [str(TREATY_QA), "serve", "--store", str(args.store), "--llm-mode", "extractive"]
    argv += ["--host", "127.0.0.1", "--port", str(port)]
    log = ROOT / "var" / "bench" / "load-treaty-qa.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with running(argv, f"http://127.0.0.1:{port}", "/readyz", log) as url:
        return load(url, args.seconds, args.clients)


def run_baseline(args: argparse.Namespace) -> dict[str, float | int]:
    """Load the tutorial pipeline behind a minimal FastAPI app (a child process)."""
    port = free_port()
    argv = [sys.executable, str(Path(__file__).resolve()), "--serve-baseline", str(port)]
    log = ROOT / "var" / "bench" / "load-baseline.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with running(argv, f"http://127.0.0.1:{port}", "/healthz", log) as url:
        return load(url, args.seconds, args.clients)


def serve_baseline(port: int, corpus: Path) -> None:
    """The tutorial's retrieval as a service: POST /v1/ask -> the top-4 chunks, concatenated."""
    import chromadb
    import uvicorn
    from chromadb.config import Settings as ChromaSettings
    from fastapi import FastAPI
    from fastapi.concurrency import run_in_threadpool
    from langchain_chroma import Chroma

    from eval.baseline import TOP_K, split_documents
    from ingest.embed import Embedder
    from ingest.load import load_corpus

    client = chromadb.EphemeralClient(settings=ChromaSettings(anonymized_telemetry=False))
    store = Chroma(collection_name="baseline", embedding_function=Embedder.load(), client=client)
    store.add_documents(split_documents(load_corpus([corpus]).documents))

    app = FastAPI(title="langchain-tutorial-baseline")

    @app.get("/healthz")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/ask")
    async def ask(body: Question) -> dict[str, object]:
        chunks = await run_in_threadpool(store.similarity_search, body.question, k=TOP_K)
        return {
            "answer": "\n\n".join(c.page_content for c in chunks),
            "citations": [c.metadata for c in chunks],
        }

    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


def report(name: str, numbers: dict[str, float | int]) -> None:
    """One readable line per target."""
    print(
        f"{name:<10} {numbers['requests']:>6} requests in {numbers['seconds']} s: "
        f"{numbers['req_per_s']} req/s; latency p50 {numbers['p50_ms']} ms, "
        f"p95 {numbers['p95_ms']} ms, p99 {numbers['p99_ms']} ms; "
        f"5xx {numbers['http_5xx']}, 4xx {numbers['http_4xx']}, "
        f"transport errors {numbers['transport_errors']}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Parse arguments, run the load, print the numbers."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0, help="load duration per target")
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients")
    parser.add_argument("--store", type=Path, default=Path("var/chroma"), help="embedded store")
    parser.add_argument("--corpus", type=Path, default=Path("data/corpus"))
    parser.add_argument("--baseline", action="store_true", help="also load the tutorial baseline")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead")
    parser.add_argument("--serve-baseline", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    os.chdir(ROOT)
    if args.serve_baseline:
        serve_baseline(args.serve_baseline, args.corpus)
        return 0
    if args.seconds <= 0 or args.clients < 1:
        parser.error("--seconds must be positive and --clients at least 1")
    results = {"treaty-qa": run_treaty_qa(args)}
    if args.baseline:
        results["baseline"] = run_baseline(args)
    if args.json:
        print(json.dumps(results))
        return 0
    print(f"{args.clients} clients, {args.seconds:g} s per target, loopback, one server process")
    for name, numbers in results.items():
        report(name, numbers)
    if args.baseline:
        print(BASELINE_NOTE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
