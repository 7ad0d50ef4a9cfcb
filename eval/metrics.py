"""Scoring: pure functions from (case, response, retrieved passages) to verdicts and scores.

Conventions: a metric whose denominator is empty (no answerable cases, nothing abstained)
is None, never a made-up 0 or 1. Answers match on whole normalised tokens, so "20 years"
matches "for 20 years," but not "120 years". Percentiles interpolate linearly between the
closest ranks (numpy's default, Hyndman-Fan type 7).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict

from qa.schemas import AskResponse, Timings

if TYPE_CHECKING:
    from eval.dataset import EvalCase

RETRIEVAL_DEPTH = 10
_QUOTES = str.maketrans({**dict.fromkeys("‘’‚‛′", "'"), **dict.fromkeys("“”„‟″«»", '"')})
_CITATION_MARKER = re.compile(r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]")
_ARTICLES = frozenset({"a", "an", "the"})
_UNKNOWN = re.compile(
    r"\b(?:do not|don't|dont|cannot|can't|am not able to) (?:know|say|answer|determine|tell)\b"
    r"|\bnot (?:found|mentioned|specified|stated|provided)\b"
    r"|\bno (?:information|mention)\b|\bdoes not (?:say|mention|specify|contain)\b"
)


def _is_digit_separator(text: str, i: int) -> bool:
    return (
        0 < i < len(text) - 1
        and text[i] in ".,:"
        and text[i - 1].isdigit()
        and text[i + 1].isdigit()
    )


def normalise(text: str) -> str:
    """Lowercase, straight quotes, no [n] markers, punctuation to spaces (except separators
    inside numbers such as 1,000 or 3.5), single spaces."""
    text = _CITATION_MARKER.sub(" ", unicodedata.normalize("NFKC", text).translate(_QUOTES))
    text = text.lower()
    chars = [
        " " if unicodedata.category(ch)[0] in "PS" and not _is_digit_separator(text, i) else ch
        for i, ch in enumerate(text)
    ]
    return " ".join("".join(chars).split())


def contains(haystack: str, needle: str) -> bool:
    """Whether the normalised `needle` occurs in the normalised `haystack` as whole tokens."""
    n = normalise(needle)
    return bool(n) and f" {n} " in f" {normalise(haystack)} "


def answer_correct(answer: str, answers: Sequence[str], answers_all: Sequence[str] = ()) -> bool:
    """Any acceptable answer, and every required one, occurs in the answer."""
    return any(contains(answer, a) for a in answers) and all(
        contains(answer, a) for a in answers_all
    )


def _tokens(text: str) -> list[str]:
    return [t for t in normalise(text).split() if t not in _ARTICLES]


def token_f1(prediction: str, references: Sequence[str]) -> float:
    """SQuAD token F1 (articles dropped) against the best-matching reference."""
    predicted = _tokens(prediction)
    best = 0.0
    for reference in references:
        expected = _tokens(reference)
        if not predicted or not expected:
            best = max(best, float(predicted == expected))
            continue
        common = sum((Counter(predicted) & Counter(expected)).values())
        if common:
            precision, recall = common / len(predicted), common / len(expected)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def relevant_ranks(passages: Sequence[str], evidence: Sequence[str]) -> list[int]:
    """1-based ranks of the passages that contain at least one evidence string."""
    return [
        rank
        for rank, text in enumerate(passages, start=1)
        if any(contains(text, e) for e in evidence)
    ]


def recall_at_k(ranks: Sequence[int], k: int) -> float:
    """1.0 when a relevant passage is within the top k."""
    return float(any(rank <= k for rank in ranks))


def reciprocal_rank(ranks: Sequence[int]) -> float:
    """1 / rank of the first relevant passage, or 0."""
    return 1.0 / min(ranks) if ranks else 0.0


def ndcg_at_k(ranks: Sequence[int], k: int = RETRIEVAL_DEPTH) -> float:
    """Binary-relevance nDCG@k; the ideal ranking holds max(1, relevant retrieved) hits."""
    hits = [rank for rank in ranks if rank <= k]
    dcg = sum(1.0 / math.log2(rank + 1) for rank in hits)
    ideal = sum(1.0 / math.log2(rank + 1) for rank in range(1, min(max(1, len(hits)), k) + 1))
    return dcg / ideal


def supports(citation: str, evidence: Sequence[str]) -> bool:
    """A citation supports when it contains an evidence string or lies inside one."""
    return any(contains(citation, e) or contains(e, citation) for e in evidence)


def says_unknown(answer: str) -> bool:
    """Whether a free-text answer declines ("I don't know", "not mentioned", ...)."""
    return bool(_UNKNOWN.search(answer.lower().replace("’", "'")))


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), linear interpolation between closest ranks."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q / 100
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


class Verdict(BaseModel):
    """How one response scored against its case."""

    model_config = ConfigDict(frozen=True)

    answerable: bool
    abstained: bool
    correct: bool
    f1: float
    relevant_ranks: list[int]
    supporting_citations: list[int]
    citations: int


def judge(case: EvalCase, response: AskResponse, passages: Sequence[str]) -> Verdict:
    """Score one response; `passages` are the retrieved texts, best first."""
    abstained = response.abstained
    if case.answerable:
        correct = not abstained and answer_correct(response.answer, case.answers, case.answers_all)
        f1 = 0.0 if abstained else token_f1(response.answer, case.answers)
    else:
        correct = abstained
        f1 = float(abstained)
    return Verdict(
        answerable=case.answerable,
        abstained=abstained,
        correct=correct,
        f1=f1,
        relevant_ranks=relevant_ranks(passages[:RETRIEVAL_DEPTH], case.evidence)
        if case.answerable
        else [],
        supporting_citations=[c.n for c in response.citations if supports(c.text, case.evidence)]
        if case.answerable
        else [],
        citations=len(response.citations),
    )


class StageLatency(BaseModel):
    """Median and 95th percentile of one stage, in milliseconds."""

    p50: float | None = None
    p95: float | None = None


class Latency(BaseModel):
    """Percentiles per timing stage."""

    retrieve: StageLatency = StageLatency()
    generate: StageLatency = StageLatency()
    total: StageLatency = StageLatency()


class Scores(BaseModel):
    """Aggregate metrics of one run; None where the denominator is empty."""

    cases: int
    answerable: int
    unanswerable: int
    errors: int = 0
    answer_accuracy: float | None
    overall_accuracy: float | None
    token_f1: float | None
    recall_at_1: float | None
    recall_at_3: float | None
    recall_at_5: float | None
    mrr: float | None
    ndcg_at_10: float | None
    citation_recall: float | None
    citation_precision: float | None
    abstention_precision: float | None
    abstention_recall: float | None
    false_abstention_rate: float | None
    latency_ms: Latency


def _mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return sum(items) / len(items) if items else None


def _ratio(numerator: int, denominator: int) -> float | None:
    return numerator / denominator if denominator else None


def _stage(values: Sequence[float]) -> StageLatency:
    if not values:
        return StageLatency()
    return StageLatency(p50=round(percentile(values, 50), 2), p95=round(percentile(values, 95), 2))


def latency(timings: Sequence[Timings]) -> Latency:
    """p50/p95 per stage."""
    return Latency(
        retrieve=_stage([t.retrieve for t in timings]),
        generate=_stage([t.generate for t in timings]),
        total=_stage([t.total for t in timings]),
    )


def score(verdicts: Sequence[Verdict], timings: Sequence[Timings], *, errors: int = 0) -> Scores:
    """Aggregate verdicts (and the timings of the responses that arrived)."""
    answerable = [v for v in verdicts if v.answerable]
    unanswerable = [v for v in verdicts if not v.answerable]
    abstained = [v for v in verdicts if v.abstained]
    return Scores(
        cases=len(verdicts),
        answerable=len(answerable),
        unanswerable=len(unanswerable),
        errors=errors,
        answer_accuracy=_mean(float(v.correct) for v in answerable),
        overall_accuracy=_mean(float(v.correct) for v in verdicts),
        token_f1=_mean(v.f1 for v in answerable),
        recall_at_1=_mean(recall_at_k(v.relevant_ranks, 1) for v in answerable),
        recall_at_3=_mean(recall_at_k(v.relevant_ranks, 3) for v in answerable),
        recall_at_5=_mean(recall_at_k(v.relevant_ranks, 5) for v in answerable),
        mrr=_mean(reciprocal_rank(v.relevant_ranks) for v in answerable),
        ndcg_at_10=_mean(ndcg_at_k(v.relevant_ranks) for v in answerable),
        citation_recall=_mean(
            float(not v.abstained and bool(v.supporting_citations)) for v in answerable
        ),
        citation_precision=_ratio(
            sum(len(v.supporting_citations) for v in answerable),
            sum(v.citations for v in answerable),
        ),
        abstention_precision=_ratio(sum(not v.answerable for v in abstained), len(abstained)),
        abstention_recall=_ratio(sum(v.abstained for v in unanswerable), len(unanswerable)),
        false_abstention_rate=_ratio(sum(v.abstained for v in answerable), len(answerable)),
        latency_ms=latency(timings),
    )
