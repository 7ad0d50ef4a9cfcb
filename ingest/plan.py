"""Decide what an ingest run must write: pure, so re-runs and crashes are easy to reason about."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ingest.chunking import chunk_id, chunk_spans, content_hash
from ingest.load import Document
from ingest.store import StoredChunk


@dataclass(frozen=True, slots=True)
class NewChunk:
    """A chunk to write: its text is document.text[start:end]."""

    id: str
    document: Document
    start: int
    end: int
    chunk_index: int

    @property
    def text(self) -> str:
        """The chunk's exact text in its document."""
        return self.document.text[self.start : self.end]

    def metadata(self, chunker: str) -> dict[str, str | int]:
        """Chroma metadata for this chunk."""
        doc = self.document
        return {
            "doc_id": doc.doc_id,
            "source": doc.source,
            "title": doc.title,
            "published": doc.published,
            "url": doc.url,
            "start": self.start,
            "end": self.end,
            "chunk_index": self.chunk_index,
            "content_hash": content_hash(self.text),
            "doc_hash": doc.content_hash,
            "chunker": chunker,
        }


@dataclass(slots=True)
class IngestPlan:
    """Chunks to upsert, ids to delete, and how each document was classified."""

    upsert: list[NewChunk] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def chunker_signature(size: int, overlap: int) -> str:
    """Identifies the chunking settings, so changing them re-chunks every document."""
    return f"sent-v2:{size}:{overlap}"


def document_version(document: Document, signature: str) -> str:
    """What a document's chunks are made of: its text, its metadata and the chunker. Any
    change gives new chunk ids, so a reader that watches the ids sees every re-ingest."""
    parts = (document.content_hash, document.title, document.url, document.published, signature)
    return content_hash("\0".join(parts))[:12]


def document_chunks(document: Document, size: int, overlap: int) -> list[NewChunk]:
    """The chunks a document should have under the given settings."""
    version = document_version(document, chunker_signature(size, overlap))
    return [
        NewChunk(chunk_id(document.doc_id, s.start, s.end, version), document, s.start, s.end, i)
        for i, s in enumerate(chunk_spans(document.text, size=size, overlap=overlap))
    ]


def plan_ingest(
    documents: Iterable[Document],
    stored: Iterable[StoredChunk],
    *,
    size: int,
    overlap: int,
    prune: bool = False,
) -> IngestPlan:
    """Compare wanted chunks with stored ones; a document is unchanged only when its
    stored chunk ids, document hash, metadata and chunker all match exactly (a half-written
    document from a killed run never does, so it is rewritten)."""
    signature = chunker_signature(size, overlap)
    by_doc: dict[str, list[StoredChunk]] = {}
    for chunk in stored:
        by_doc.setdefault(chunk.doc_id, []).append(chunk)
    plan = IngestPlan()
    wanted_docs: set[str] = set()
    for document in documents:
        wanted_docs.add(document.doc_id)
        want = document_chunks(document, size, overlap)
        have = by_doc.get(document.doc_id, [])
        have_ids = {c.id for c in have}
        same = (
            have_ids == {c.id for c in want}
            and all(c.doc_hash == document.content_hash for c in have)
            and all(c.chunker == signature for c in have)
            # A changed .meta.json (title, url, date) is a change too.
            and all(
                (c.title, c.url, c.published) == (document.title, document.url, document.published)
                for c in have
            )
        )
        if same:
            plan.unchanged.append(document.source)
            continue
        (plan.updated if have else plan.added).append(document.source)
        plan.upsert.extend(want)
        plan.delete.extend(sorted(have_ids - {c.id for c in want}))
    if prune:
        for doc_id, chunks in sorted(by_doc.items()):
            if doc_id not in wanted_docs:
                plan.removed.append(chunks[0].source)
                plan.delete.extend(sorted(c.id for c in chunks))
    return plan
