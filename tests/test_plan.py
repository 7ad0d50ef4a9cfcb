"""Ingest planning is pure: what to upsert and delete follows from documents and stored chunks."""

from __future__ import annotations

from ingest.chunking import content_hash
from ingest.load import Document, doc_id_for
from ingest.plan import (
    NewChunk,
    chunker_signature,
    document_chunks,
    plan_ingest,
)
from ingest.store import StoredChunk

SIZE, OVERLAP = 32, 0
SIGNATURE = chunker_signature(SIZE, OVERLAP)
TREATY = "The treaty was signed in Moscow. It lasts 20 years. Trade will grow."
CHANGED = "The treaty was signed in Moscow. It lasts 18 months. Trade will grow."


def doc(source: str, text: str) -> Document:
    return Document(
        doc_id=doc_id_for(source), source=source, title=source, text=text,
        content_hash=content_hash(text),
    )  # fmt: skip


def stored(chunk: NewChunk, signature: str = SIGNATURE, doc_hash: str | None = None) -> StoredChunk:
    """A chunk as a previous run wrote it."""
    return StoredChunk(
        id=chunk.id, text=chunk.text, doc_id=chunk.document.doc_id, source=chunk.document.source,
        title=chunk.document.title, start=chunk.start, end=chunk.end,
        chunk_index=chunk.chunk_index, doc_hash=doc_hash or chunk.document.content_hash,
        chunker=signature,
    )  # fmt: skip


def written(document: Document, size: int = SIZE, overlap: int = OVERLAP) -> list[StoredChunk]:
    signature = chunker_signature(size, overlap)
    return [stored(c, signature) for c in document_chunks(document, size, overlap)]


def plan(documents: list[Document], chunks: list[StoredChunk], prune: bool = False):  # type: ignore[no-untyped-def]
    return plan_ingest(documents, chunks, size=SIZE, overlap=OVERLAP, prune=prune)


def test_a_new_document_is_added_with_all_its_chunks() -> None:
    treaty = doc("treaty.txt", TREATY)
    result = plan([treaty], [])
    assert result.added == ["treaty.txt"]
    assert (result.updated, result.unchanged, result.removed, result.delete) == ([], [], [], [])
    assert [c.id for c in result.upsert] == [c.id for c in document_chunks(treaty, SIZE, OVERLAP)]
    assert len(result.upsert) == 3


def test_an_unchanged_document_writes_nothing() -> None:
    treaty = doc("treaty.txt", TREATY)
    result = plan([treaty], written(treaty))
    assert result.unchanged == ["treaty.txt"]
    assert (result.added, result.updated, result.upsert, result.delete) == ([], [], [], [])


def test_changed_text_updates_the_document_and_deletes_stale_chunks() -> None:
    old = doc("treaty.txt", TREATY)
    new = doc("treaty.txt", CHANGED)
    result = plan([new], written(old))
    assert result.updated == ["treaty.txt"]
    assert result.added == result.unchanged == []
    want = {c.id for c in document_chunks(new, SIZE, OVERLAP)}
    have = {c.id for c in written(old)}
    assert {c.id for c in result.upsert} == want
    assert set(result.delete) == have - want
    assert result.delete  # "18 months" is shorter than "20 years": offsets moved
    assert all(c.text == new.text[c.start : c.end] for c in result.upsert)


def test_changed_text_with_the_same_offsets_is_rewritten_under_new_ids() -> None:
    # New ids, so a reader watching the collection's ids sees the edit.
    old = doc("treaty.txt", TREATY)
    new = doc("treaty.txt", TREATY.replace("20 years", "30 years"))
    result = plan([new], written(old))
    assert result.updated == ["treaty.txt"]
    assert [(c.start, c.end) for c in result.upsert] == [(c.start, c.end) for c in written(old)]
    assert not {c.id for c in result.upsert} & {c.id for c in written(old)}
    assert sorted(result.delete) == sorted(c.id for c in written(old))


def test_new_chunker_settings_rechunk_the_document() -> None:
    treaty = doc("treaty.txt", TREATY)
    result = plan([treaty], written(treaty, size=1000))
    assert result.updated == ["treaty.txt"]
    assert len(result.upsert) == 3
    assert result.delete == [c.id for c in written(treaty, size=1000)]
    assert result.delete[0].startswith(f"{treaty.doc_id}:0-{len(TREATY)}@")


def test_same_chunks_under_another_signature_are_rewritten() -> None:
    treaty = doc("treaty.txt", TREATY)
    chunks = [stored(c, "sent-v0:30:0") for c in document_chunks(treaty, SIZE, OVERLAP)]
    result = plan([treaty], chunks)
    assert result.updated == ["treaty.txt"]
    assert len(result.upsert) == 3
    assert result.delete == []


def test_a_half_written_document_is_rewritten() -> None:
    old = doc("treaty.txt", TREATY)
    new = doc("treaty.txt", TREATY.replace("20 years", "30 years"))
    chunks = document_chunks(new, SIZE, OVERLAP)
    # a killed run wrote the first new chunk; the rest still carry the old document hash
    half = [stored(chunks[0])] + [stored(c, doc_hash=old.content_hash) for c in chunks[1:]]
    result = plan([new], half)
    assert result.updated == ["treaty.txt"]
    assert [c.id for c in result.upsert] == [c.id for c in chunks]


def test_a_document_missing_some_chunks_is_rewritten() -> None:
    treaty = doc("treaty.txt", TREATY)
    result = plan([treaty], written(treaty)[:1])
    assert result.updated == ["treaty.txt"]
    assert len(result.upsert) == 3


def test_prune_removes_documents_no_longer_present() -> None:
    kept, gone = doc("kept.txt", TREATY), doc("gone.txt", CHANGED)
    chunks = written(kept) + written(gone)
    result = plan([kept], chunks, prune=True)
    assert result.unchanged == ["kept.txt"]
    assert result.removed == ["gone.txt"]
    assert sorted(result.delete) == sorted(c.id for c in written(gone))
    assert result.upsert == []


def test_without_prune_absent_documents_are_left_alone() -> None:
    kept, gone = doc("kept.txt", TREATY), doc("gone.txt", CHANGED)
    result = plan([kept], written(kept) + written(gone))
    assert result.removed == result.delete == []


def test_documents_are_classified_independently() -> None:
    same, edited, fresh = doc("a.txt", TREATY), doc("b.txt", TREATY), doc("c.txt", CHANGED)
    result = plan([same, doc("b.txt", CHANGED), fresh], written(same) + written(edited))
    assert (result.unchanged, result.updated, result.added) == (["a.txt"], ["b.txt"], ["c.txt"])
    assert {c.document.source for c in result.upsert} == {"b.txt", "c.txt"}


def test_chunk_metadata_describes_its_place_in_the_document() -> None:
    treaty = doc("treaty.txt", TREATY)
    chunk = document_chunks(treaty, SIZE, OVERLAP)[1]
    meta = chunk.metadata(SIGNATURE)
    assert meta == {
        "doc_id": treaty.doc_id,
        "source": "treaty.txt",
        "title": "treaty.txt",
        "published": "",
        "url": "",
        "start": chunk.start,
        "end": chunk.end,
        "chunk_index": 1,
        "content_hash": content_hash("It lasts 20 years."),
        "doc_hash": treaty.content_hash,
        "chunker": SIGNATURE,
    }
    assert chunk.text == "It lasts 20 years."


def test_a_changed_title_or_url_rewrites_the_document_under_new_ids() -> None:
    original = doc("a.txt", TREATY)
    retitled = Document(
        doc_id=original.doc_id, source="a.txt", title="A new title", text=TREATY,
        content_hash=original.content_hash, url="https://example.org/a",
    )  # fmt: skip
    result = plan([retitled], written(original))
    assert result.updated == ["a.txt"]
    assert sorted(result.delete) == sorted(c.id for c in written(original))
    assert len(result.upsert) == len(written(original))
    assert plan([original], written(original)).unchanged == ["a.txt"]
