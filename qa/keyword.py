"""BM25 keyword index over the stored chunks (bm25s), rebuilt from Chroma, never stale."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

import bm25s
import numpy as np

from ingest.store import StoredChunk
from qa.casing import proper_forms
from qa.compounds import hyphenated_forms
from qa.respelling import Names, plain_words
from qa.terms import idf_table, terms
from qa.titles import Holder, by_surname, office_holders


def fingerprint(ids: Sequence[str]) -> str:
    """Identifies a collection's content by its chunk ids: an id names its document, offsets
    and the document's version, so any re-ingest that changes a chunk changes the ids."""
    digest = hashlib.sha256()
    for chunk_id in sorted(ids):
        digest.update(chunk_id.encode("utf-8"))
        digest.update(b"\0")
    return digest.hexdigest()


@dataclass(slots=True)
class KeywordIndex:
    """BM25 over chunk texts, plus the term idf table that evidence scoring uses and who
    holds the offices the chunks name (see `qa.titles`) and how they write names."""

    chunks: list[StoredChunk]
    bm25: bm25s.BM25 | None
    idf: dict[str, float]
    fingerprint: str
    holders: dict[str, Holder]  # by surname
    forms: dict[str, str]  # names as the chunks write them (see `qa.casing`)
    names: Names  # the same, for reading misspelt names (see `qa.respelling`)
    words: Names  # the lower-case words the chunks write, for reading misspelt words
    compounds: dict[str, str]  # their hyphenated words, by the words apart (`qa.compounds`)

    @classmethod
    def build(cls, chunks: Sequence[StoredChunk]) -> KeywordIndex:
        """Index the given chunks."""
        ordered = sorted(chunks, key=lambda c: c.id)
        tokenised = [terms(c.text) or ["\u2205"] for c in ordered]
        bm25 = None
        if ordered:
            bm25 = bm25s.BM25()
            bm25.index(tokenised, show_progress=False)
        forms = proper_forms(c.text for c in ordered)
        return cls(
            chunks=ordered,
            bm25=bm25,
            idf=idf_table(c.text for c in ordered),
            fingerprint=fingerprint([c.id for c in ordered]),
            holders=by_surname(office_holders(c.text for c in ordered)),
            forms=forms,
            names=Names.of(forms),
            words=plain_words(c.text for c in ordered),
            compounds=hyphenated_forms(c.text for c in ordered),
        )

    def knows(self, word: str) -> bool:
        """Whether the chunks use the word (every term of it, by its stem)."""
        found = terms(word)
        return bool(found) and all(t in self.idf for t in found)

    def search(self, query: str, k: int) -> list[tuple[StoredChunk, float]]:
        """Top-k chunks by BM25 score; chunks sharing no term with the query are left out."""
        query_terms = [t for t in terms(query) if t in self.idf]
        if self.bm25 is None or not query_terms or k < 1:
            return []
        k = min(k, len(self.chunks))
        docs, scores = self.bm25.retrieve([query_terms], k=k, show_progress=False, n_threads=1)
        ranked: list[tuple[StoredChunk, float]] = []
        for index, score in zip(np.asarray(docs)[0], np.asarray(scores)[0], strict=True):
            if float(score) > 0:
                ranked.append((self.chunks[int(index)], float(score)))
        return ranked
