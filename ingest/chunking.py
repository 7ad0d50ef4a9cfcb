"""Sentence-aware chunking that keeps character offsets into the original text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ingest.clean import content_blocks
from ingest.text import Span, cut_to_size, sentence_spans


@dataclass(frozen=True, slots=True)
class ChunkSpan:
    """One chunk's position: text[start:end] is the chunk."""

    start: int
    end: int


def chunk_spans(text: str, *, size: int = 500, overlap: int = 0) -> list[ChunkSpan]:
    """Pack whole sentences into chunks of at most `size` characters, repeating the last
    `overlap` sentences of a chunk at the start of the next. A sentence longer than `size`
    is first cut at whitespace (see `cut_to_size`), so no chunk is ever longer than `size`.
    Chunks never cross boilerplate; paragraphs of one block may share a chunk."""
    if size < 1:
        raise ValueError("chunk size must be at least 1 character")
    if overlap < 0:
        raise ValueError("chunk overlap must be zero or more sentences")
    chunks: list[ChunkSpan] = []
    for block in content_blocks(text):
        sentences: list[Span] = [
            piece
            for p in block
            for s in sentence_spans(text, p.start, p.end)
            for piece in cut_to_size(text, s, size)
        ]
        chunks.extend(_pack(sentences, size, overlap))
    return chunks


def _pack(sentences: list[Span], size: int, overlap: int) -> list[ChunkSpan]:
    packed: list[ChunkSpan] = []
    first = 0
    while first < len(sentences):
        last = first
        while (
            last + 1 < len(sentences) and sentences[last + 1].end - sentences[first].start <= size
        ):
            last += 1
        packed.append(ChunkSpan(sentences[first].start, sentences[last].end))
        if last + 1 >= len(sentences):
            break
        first = max(last + 1 - overlap, first + 1)
        # Drop overlap sentences that would leave no room for the next new one: a chunk
        # made only of repeated sentences adds nothing to the index.
        while first <= last and sentences[last + 1].end - sentences[first].start > size:
            first += 1
    return packed


def chunk_id(doc_id: str, start: int, end: int, version: str) -> str:
    """Stable chunk id derived from its document, offsets and the document's version (what
    its text and metadata hash to), so an edit that keeps every offset still changes it."""
    return f"{doc_id}:{start}-{end}@{version}"


def content_hash(text: str) -> str:
    """Short SHA-256 of a text, used to tell changed documents and chunks apart."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
