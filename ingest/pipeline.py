"""Run an ingest: load, plan, embed, write to Chroma (encoding overlaps the writes)."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from chromadb.api.models.Collection import Collection

from ingest.embed import Embedder
from ingest.load import load_corpus
from ingest.plan import IngestPlan, NewChunk, chunker_signature, plan_ingest
from ingest.store import iter_chunks

SLAB = 1024
Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestResult:
    """What one run did; `chunks` is the collection's size after it."""

    documents: int
    added: int
    updated: int
    unchanged: int
    removed: int
    chunks: int
    seconds: float
    written: int = 0
    encode_seconds: float = 0.0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> dict[str, int | float]:
        """The stable `--json` line."""
        return {
            "documents": self.documents,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
        }


Job = tuple[list[str], np.ndarray, list[str], list[dict[str, str | int]]]


def _writer(
    collection: Collection, jobs: queue.Queue[Job | None], errors: list[BaseException]
) -> None:
    while True:
        job = jobs.get()
        if job is None:
            return
        if errors:
            continue
        try:
            ids, vectors, texts, metadatas = job
            collection.upsert(
                ids=ids,
                embeddings=vectors,
                documents=texts,
                metadatas=metadatas,  # type: ignore[arg-type]
            )
        except BaseException as exc:  # re-raised in the caller's thread
            errors.append(exc)


def write_chunks(
    collection: Collection,
    chunks: Sequence[NewChunk],
    embedder: Embedder,
    signature: str,
    *,
    batch: int,
    progress: Progress | None = None,
) -> float:
    """Embed and upsert chunks; returns seconds spent in the model. Upserts by stable id,
    so a run killed half-way leaves nothing that a rerun does not overwrite or delete."""
    jobs: queue.Queue[Job | None] = queue.Queue(maxsize=2)
    errors: list[BaseException] = []
    thread = threading.Thread(target=_writer, args=(collection, jobs, errors), daemon=True)
    thread.start()
    encode_seconds = 0.0
    try:
        for first in range(0, len(chunks), SLAB):
            slab = chunks[first : first + SLAB]
            texts = [c.text for c in slab]
            started = time.perf_counter()
            vectors = embedder.encode(texts)
            encode_seconds += time.perf_counter() - started
            for lo in range(0, len(slab), batch):
                part = slice(lo, lo + batch)
                jobs.put(
                    (
                        [c.id for c in slab[part]],
                        np.ascontiguousarray(vectors[part]),
                        texts[part],
                        [c.metadata(signature) for c in slab[part]],
                    )
                )
            if errors:
                break
            if progress:
                progress(len(slab))
    finally:
        jobs.put(None)
        thread.join()
    if errors:
        raise errors[0]
    return encode_seconds


def delete_chunks(collection: Collection, ids: Sequence[str], batch: int) -> None:
    """Delete chunks by id, in batches."""
    for first in range(0, len(ids), batch):
        collection.delete(ids=list(ids[first : first + batch]))


def run_ingest(
    paths: Sequence[Path],
    collection: Collection,
    embedder: Embedder,
    *,
    size: int,
    overlap: int,
    prune: bool = False,
    max_batch: int = 1000,
    on_plan: Callable[[IngestPlan], None] | None = None,
    progress: Progress | None = None,
    base: Path | None = None,
) -> IngestResult:
    """Make the collection hold exactly the chunks of the documents under `paths`; their
    ids are relative to the corpus folder `base` (see `ingest.load.corpus_path`)."""
    started = time.perf_counter()
    report = load_corpus(paths, base)
    stored = list(iter_chunks(collection, with_text=False))
    plan = plan_ingest(report.documents, stored, size=size, overlap=overlap, prune=prune)
    if on_plan:
        on_plan(plan)
    signature = chunker_signature(size, overlap)
    encode_seconds = write_chunks(
        collection, plan.upsert, embedder, signature, batch=max_batch, progress=progress
    )
    delete_chunks(collection, plan.delete, max_batch)
    return IngestResult(
        documents=len(report.documents),
        added=len(plan.added),
        updated=len(plan.updated),
        unchanged=len(plan.unchanged),
        removed=len(plan.removed),
        chunks=collection.count(),
        seconds=time.perf_counter() - started,
        written=len(plan.upsert),
        encode_seconds=encode_seconds,
        skipped=report.skipped,
    )
