"""Chroma access: clients (embedded or server), our collection, and paged reads."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import chromadb
from chromadb.api import ClientAPI
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

PAGE = 5000


class StoreUnavailableError(RuntimeError):
    """Raised when the Chroma store cannot be opened or reached."""


@dataclass(frozen=True, slots=True)
class StoredChunk:
    """A chunk as read back from the store."""

    id: str
    text: str
    doc_id: str
    source: str
    title: str
    start: int
    end: int
    chunk_index: int
    doc_hash: str
    chunker: str = ""
    url: str = ""
    published: str = ""


def open_client(store: Path, chroma_url: str | None = None) -> ClientAPI:
    """An embedded PersistentClient at `store`, or an HttpClient for a `chroma run` server."""
    settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    try:
        if chroma_url:
            url = urlparse(chroma_url)
            if url.scheme not in {"http", "https"} or not url.hostname:
                raise StoreUnavailableError(f"bad Chroma URL {chroma_url!r}: use http://HOST:PORT")
            port = url.port or (443 if url.scheme == "https" else 8000)
            return chromadb.HttpClient(
                host=url.hostname, port=port, ssl=url.scheme == "https", settings=settings
            )
        store.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(store), settings=settings)
    except StoreUnavailableError:
        raise
    except Exception as exc:
        where = chroma_url or str(store)
        raise StoreUnavailableError(f"cannot open the Chroma store at {where}: {exc}") from exc


def open_collection(client: ClientAPI, name: str, *, create: bool = True) -> Collection:
    """Our collection, cosine space, with no embedding function: we always pass vectors."""
    try:
        if create:
            return client.get_or_create_collection(
                name,
                embedding_function=None,
                configuration={"hnsw": {"space": "cosine"}},
                metadata={"app": "treaty-qa"},
            )
        return client.get_collection(name, embedding_function=None)
    except Exception as exc:
        raise StoreUnavailableError(f"cannot open Chroma collection {name!r}: {exc}") from exc


def _as_int(value: Any) -> int:
    return int(value) if isinstance(value, int | float | str) else 0


def stored_chunk(chunk_id: str, meta: Mapping[str, Any] | None, text: str | None) -> StoredChunk:
    """A chunk from its id, its Chroma metadata and its text, as ingest wrote them."""
    m = meta or {}
    return StoredChunk(
        id=chunk_id,
        text=text or "",
        doc_id=str(m.get("doc_id", "")),
        source=str(m.get("source", "")),
        title=str(m.get("title", "")),
        start=_as_int(m.get("start")),
        end=_as_int(m.get("end")),
        chunk_index=_as_int(m.get("chunk_index")),
        doc_hash=str(m.get("doc_hash", "")),
        chunker=str(m.get("chunker", "")),
        url=str(m.get("url", "")),
        published=str(m.get("published", "")),
    )


def iter_chunks(collection: Collection, *, with_text: bool = True) -> Iterator[StoredChunk]:
    """Every chunk in the collection, read in pages."""
    offset = 0
    include: Any = ["metadatas", "documents"] if with_text else ["metadatas"]
    while True:
        page = collection.get(include=include, limit=PAGE, offset=offset)
        ids = page["ids"]
        if not ids:
            return
        metadatas = page["metadatas"] or [{}] * len(ids)
        documents = page["documents"] or [""] * len(ids)
        for chunk_id, meta, text in zip(ids, metadatas, documents, strict=True):
            yield stored_chunk(chunk_id, meta, text)
        offset += len(ids)
