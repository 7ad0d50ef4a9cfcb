"""Fusion and de-duplication of retrieved passages, and the BM25 keyword index."""

from __future__ import annotations

import numpy as np
import pytest

from ingest.store import StoredChunk
from qa.keyword import KeywordIndex, fingerprint
from qa.retrieve import (
    Passage,
    boost_by_document,
    collapse_near_duplicates,
    convex,
    rrf,
    toward_topic,
)


def passage(pid: str, text: str) -> Passage:
    return Passage(pid, "doc", "doc.txt", "T", text, 0, len(text), 0.0)


@pytest.mark.parametrize(
    ("rankings", "k", "expected"),
    [
        ([["a", "b"]], 60, {"a": 1 / 61, "b": 1 / 62}),
        ([["a", "b"], ["b", "a"]], 60, {"a": 1 / 61 + 1 / 62, "b": 1 / 62 + 1 / 61}),
        ([["a"], ["b", "a"]], 1, {"a": 1 / 2 + 1 / 3, "b": 1 / 2}),
        ([["a", "b"], []], 60, {"a": 1 / 61, "b": 1 / 62}),
        ([], 60, {}),
    ],
)
def test_rrf_sums_reciprocal_ranks(
    rankings: list[list[str]], k: int, expected: dict[str, float]
) -> None:
    fused = rrf(rankings, k=k)
    assert fused.keys() == expected.keys()
    for item, value in expected.items():
        assert fused[item] == pytest.approx(value)


def test_rrf_prefers_items_both_rankings_agree_on() -> None:
    fused = rrf([["a", "b", "c"], ["c", "b", "a"], ["b"]])
    assert max(fused, key=fused.__getitem__) == "b"


CAPTION = "Putin and Pezeshkian meet at the Kremlin in Moscow on January 17, 2025"


@pytest.mark.parametrize(
    ("texts", "kept"),
    [
        ([CAPTION, CAPTION], [0]),
        ([CAPTION, CAPTION + " [AFP]"], [0]),
        ([CAPTION, "The treaty lasts 20 years.", CAPTION.upper()], [0, 1]),
        ([CAPTION, "Putin and Pezeshkian meet."], [0, 1]),
        (["The treaty lasts 20 years.", "Trade will grow."], [0, 1]),
        ([], []),
    ],
)
def test_collapse_near_duplicates_keeps_the_first_of_each(
    texts: list[str], kept: list[int]
) -> None:
    passages = [passage(str(i), t) for i, t in enumerate(texts)]
    assert collapse_near_duplicates(passages) == [passages[i] for i in kept]


def chunk(cid: str, text: str) -> StoredChunk:
    return StoredChunk(cid, text, "doc", "doc.txt", "T", 0, len(text), 0, "h")


CHUNKS = [
    chunk("c1", "The treaty is expected to remain in force for 20 years, TASS reported."),
    chunk("c2", "Iran has provided Russia with Shahed drones."),
    chunk("c3", "Putin praised the deal as a real breakthrough."),
]


def test_keyword_search_ranks_chunks_sharing_rare_terms() -> None:
    index = KeywordIndex.build(CHUNKS)
    hits = index.search("How many years will the treaty remain in force?", 3)
    assert next(c.id for c, _ in hits) == "c1"
    assert all(score > 0 for _, score in hits)
    assert "c2" not in [c.id for c, _ in hits]


@pytest.mark.parametrize(
    ("query", "k"),
    [("capital of Australia", 3), ("the and of", 3), ("treaty", 0)],
)
def test_keyword_search_finds_nothing_without_shared_terms(query: str, k: int) -> None:
    assert KeywordIndex.build(CHUNKS).search(query, k) == []


def test_the_keyword_index_knows_the_words_its_chunks_use_in_any_form() -> None:
    index = KeywordIndex.build(CHUNKS)
    assert index.knows("drone") and index.knows("praising") and index.knows("putin")
    assert not index.knows("zelensky")
    assert not index.knows("the")  # a stopword is no word the chunks are known by


def test_an_empty_keyword_index_finds_nothing() -> None:
    index = KeywordIndex.build([])
    assert index.search("treaty", 5) == []
    assert index.fingerprint == fingerprint([])


def test_fingerprint_depends_on_ids_not_their_order() -> None:
    assert fingerprint(["a", "b"]) == fingerprint(["b", "a"])
    assert fingerprint(["a", "b"]) != fingerprint(["a", "b", "c"])
    assert fingerprint(["ab"]) != fingerprint(["a", "b"])


def test_a_document_matching_in_several_places_lifts_its_passages() -> None:
    scores = {"wiki:0": 0.030, "news:0": 0.025, "news:1": 0.020, "news:2": 0.015}
    doc_of = {item: item.split(":")[0] for item in scores}
    boosted = boost_by_document(scores, doc_of, weight=0.5)
    assert max(boosted, key=boosted.__getitem__) == "news:0"
    # Order inside a document is kept.
    assert boosted["news:0"] > boosted["news:1"] > boosted["news:2"]


def test_document_score_counts_only_its_best_passages() -> None:
    scores = {f"long:{i}": 0.01 for i in range(10)} | {"short:0": 0.02, "short:1": 0.02}
    doc_of = {item: item.split(":")[0] for item in scores}
    boosted = boost_by_document(scores, doc_of, weight=1.0, chunks=3)
    assert boosted["long:0"] == pytest.approx(0.01 + 0.03)
    assert boosted["short:0"] == pytest.approx(0.02 + 0.04)


def test_no_document_boost_leaves_scores_alone() -> None:
    scores = {"a:0": 0.2, "b:0": 0.1}
    assert boost_by_document(scores, {"a:0": "a", "b:0": "b"}, weight=0.0) == scores


def test_convex_fusion_keeps_how_far_ahead_a_hit_is() -> None:
    # BM25 finds one chunk far ahead of the rest; dense puts it fourth of a spread pool.
    dense = {"vague-1": 0.60, "vague-2": 0.58, "vague-3": 0.57, "exact": 0.55, "far": 0.20}
    sparse = {"exact": 9.0, "vague-1": 1.2, "vague-2": 1.1, "vague-3": 1.0}
    fused = convex(dense, sparse, dense_weight=0.5)
    assert max(fused, key=fused.__getitem__) == "exact"
    # Rank fusion levels it with the vague chunk that both lists rank high.
    ranked = rrf([list(dense), list(sparse)])
    assert max(ranked, key=ranked.__getitem__) == "vague-1"


def test_convex_fusion_scores_lie_between_0_and_1_and_missing_items_get_0() -> None:
    fused = convex({"a": 0.9, "b": 0.1}, {"c": 3.0, "a": 1.0}, dense_weight=0.7)
    assert fused == pytest.approx({"a": 0.7, "b": 0.0, "c": 0.3})
    assert convex({}, {"x": 2.0}, dense_weight=0.5) == {"x": 0.5}


def test_leaning_toward_the_topic_gives_a_unit_vector_nearer_the_topic() -> None:
    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    topic = np.array([0.0, 1.0, 0.0], dtype=np.float32)
    leaned = toward_topic(query, topic, 0.3)
    assert np.linalg.norm(leaned) == pytest.approx(1.0)
    assert float(leaned @ topic) == pytest.approx(0.3 / np.sqrt(1.09))
    assert float(leaned @ query) > float(leaned @ topic)  # still mostly the question


@pytest.mark.parametrize(("topic", "weight"), [(None, 0.3), (np.array([0.0, 1.0]), 0.0)])
def test_no_topic_or_no_weight_leaves_the_query_vector_alone(
    topic: np.ndarray | None, weight: float
) -> None:
    query = np.array([0.6, 0.8], dtype=np.float32)
    assert toward_topic(query, topic, weight) is query


def test_a_topic_opposite_the_question_cannot_divide_by_zero() -> None:
    query = np.array([1.0, 0.0], dtype=np.float32)
    assert toward_topic(query, -query, 1.0) is query
