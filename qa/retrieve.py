"""Dense (Chroma through LangChain) plus BM25 retrieval, fused by score or by rank."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import repeat

import numpy as np
from langchain_chroma import Chroma

from ingest.clean import first_of_repeats
from ingest.store import StoredChunk, stored_chunk
from qa.config import Fusion, RetrievalMode
from qa.keyword import KeywordIndex

RRF_K = 60
NEAR_DUPLICATE = 0.8


@dataclass(frozen=True, slots=True)
class Passage:
    """A retrieved chunk: `text` equals its document's text[start:end]."""

    id: str
    doc_id: str
    source: str
    title: str
    text: str
    start: int
    end: int
    score: float
    url: str = ""  # the document's address, from its metadata ("" when none)
    published: str = ""

    @classmethod
    def of(cls, chunk: StoredChunk, score: float) -> Passage:
        """A stored chunk as a passage scored `score`."""
        return cls(
            chunk.id, chunk.doc_id, chunk.source, chunk.title, chunk.text, chunk.start,
            chunk.end, score, chunk.url, chunk.published,
        )  # fmt: skip


def rrf(
    rankings: Iterable[list[str]], weights: Iterable[float] | None = None, k: int = RRF_K
) -> dict[str, float]:
    """Weighted reciprocal rank fusion of several ranked id lists."""
    fused: dict[str, float] = {}
    for ranking, weight in zip(rankings, weights or repeat(1.0), strict=False):
        for rank, item in enumerate(ranking):
            fused[item] = fused.get(item, 0.0) + weight / (k + rank + 1)
    return fused


def collapse_near_duplicates(
    passages: list[Passage], threshold: float = NEAR_DUPLICATE
) -> list[Passage]:
    """Keep the first of passages whose word sets nearly coincide (a repeated caption)."""
    return first_of_repeats(passages, lambda p: p.text, threshold)


def toward_topic(vector: np.ndarray, topic: np.ndarray | None, weight: float) -> np.ndarray:
    """The query vector leaned toward the service's topic: `vector + weight * topic`, unit
    length. "How long did it take to hammer out the accord?" shares no word with "The
    negotiations for the new treaty have taken years", and among ten thousand encyclopedia
    summaries its nearest chunks are about hammers; read as a question about the treaty,
    the article's chunk is found. Unchanged without a topic or weight."""
    if topic is None or not weight:
        return vector
    leaned = vector + weight * topic
    norm = float(np.linalg.norm(leaned))
    return leaned / norm if norm else vector


DOC_CHUNKS = 3


def boost_by_document(
    scores: dict[str, float], doc_of: dict[str, str], weight: float, chunks: int = DOC_CHUNKS
) -> dict[str, float]:
    """Add to each passage's score `weight` times its document's score: the sum of the
    document's best `chunks` passage scores in the pool. A document that matches the query
    in several places lifts all its passages over one-off matches in unrelated documents."""
    if not weight:
        return scores
    by_doc: dict[str, list[float]] = {}
    for item, score in scores.items():
        by_doc.setdefault(doc_of[item], []).append(score)
    doc_score = {d: sum(sorted(v, reverse=True)[:chunks]) for d, v in by_doc.items()}
    return {item: score + weight * doc_score[doc_of[item]] for item, score in scores.items()}


def convex(
    dense: dict[str, float], sparse: dict[str, float], dense_weight: float
) -> dict[str, float]:
    """Convex combination of min-max normalised dense and BM25 scores (Bruch et al., "An
    Analysis of Fusion Functions for Hybrid Retrieval"). Unlike rank fusion it keeps how
    far ahead a hit is, so one strong match on rare words is not levelled with a dozen vague
    ones. An item missing from one list scores 0 there.

    Measured against dividing by the best score instead: min-max did better on the dev set,
    the held-out set and with Wikipedia distractors (README, "Measured")."""

    def scaled(scores: dict[str, float]) -> dict[str, float]:
        if not scores:
            return {}
        low, high = min(scores.values()), max(scores.values())
        span = high - low
        return {k: (v - low) / span if span > 0 else 1.0 for k, v in scores.items()}

    d, s = scaled(dense), scaled(sparse)
    return {
        item: dense_weight * d.get(item, 0.0) + (1 - dense_weight) * s.get(item, 0.0)
        for item in d.keys() | s.keys()
    }


class Retriever:
    """Finds the passages for a query vector and text."""

    def __init__(self, store: Chroma, keyword: KeywordIndex) -> None:
        self.store = store
        self.keyword = keyword

    def dense(self, vector: np.ndarray, k: int) -> list[Passage]:
        """Nearest chunks by cosine similarity."""
        if k < 1:
            return []
        hits = self.store.similarity_search_by_vector_with_relevance_scores(
            [float(x) for x in vector], k=k
        )
        return [
            Passage.of(
                stored_chunk(str(doc.id), doc.metadata, doc.page_content), 1.0 - float(distance)
            )
            for doc, distance in hits
        ]

    def sparse(self, query: str, k: int) -> list[Passage]:
        """Best chunks by BM25."""
        return [Passage.of(chunk, score) for chunk, score in self.keyword.search(query, k)]

    def search(
        self,
        query: str,
        vector: np.ndarray,
        *,
        mode: RetrievalMode,
        top_k: int,
        candidates: int,
        doc_boost: float,
        fusion: Fusion,
        dense_weight: float,
    ) -> list[Passage]:
        """Top passages for a query; hybrid fuses dense and BM25 results (the settings hold
        the defaults)."""
        pool = max(candidates, top_k)
        dense = self.dense(vector, pool) if mode in {"dense", "hybrid"} else []
        sparse = self.sparse(query, pool) if mode in {"keyword", "hybrid"} else []
        if mode != "hybrid":
            return collapse_near_duplicates(dense or sparse)[:top_k]
        by_id = {p.id: p for p in sparse}
        by_id.update({p.id: p for p in dense})  # dense scores are cosine: keep those
        if fusion == "convex":
            fused = convex(
                {p.id: p.score for p in dense}, {p.id: p.score for p in sparse}, dense_weight
            )
        else:
            fused = rrf([[p.id for p in dense], [p.id for p in sparse]])
        fused = boost_by_document(fused, {i: p.doc_id for i, p in by_id.items()}, doc_boost)
        ranked = sorted(fused, key=lambda i: (-fused[i], i))
        fused_passages = [replace(by_id[i], score=round(fused[i], 6)) for i in ranked]
        return collapse_near_duplicates(fused_passages)[:top_k]
