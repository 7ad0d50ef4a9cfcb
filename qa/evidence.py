"""Pick the sentences that answer a question from retrieved passages, and score them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from ingest.clean import paragraph_spans
from ingest.text import sentence_spans
from qa.injection import looks_like_injection
from qa.retrieve import Passage
from qa.terms import coverage, terms

_MONTHS = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_DAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_KIND_PATTERNS: dict[str, re.Pattern[str]] = {
    "date": re.compile(rf"\b(\d{{4}}|{_MONTHS}|{_DAYS}|last year|this year|yesterday|days? (before|after)|weeks? (before|after)|since)\b", re.I),
    "duration": re.compile(r"\b(\d+|one|two|three|four|five|ten|twenty)\s+(years?|months?|weeks?|days?|decades?)\b|\byears\b", re.I),
    "number": re.compile(r"\b\d[\d,.]*\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|million|billion)\b", re.I),
    "person": re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b(President|Minister|Ambassador|officials?|leaders?)\b"),
    "place": re.compile(r"\b(in|at|to|from)\s+(the\s+)?[A-Z][a-z]+"),
}  # fmt: skip
KIND_SLACK = 0.3
_KIND_QUESTIONS: list[tuple[str, re.Pattern[str]]] = [
    ("duration", re.compile(r"\bhow long\b|\bfor how many (years|months)\b|\bduration\b", re.I)),
    ("date", re.compile(r"\bwhen\b|\bwhat (year|date|day|month)\b|\bwhich (year|date|day|month)\b|\bwhat time\b", re.I)),
    ("number", re.compile(r"\bhow (many|much)\b|\bwhat (number|percentage|amount)\b", re.I)),
    ("person", re.compile(r"^\s*who\b|\bwho (is|was|were|signed|said|reported|ordered|met)\b|\bwhose\b|\bwhich (two |three )?(officials?|presidents?|ministers?|leaders?|person|people|ambassadors?|agency|agencies|envoy|diplomat|general|commander)\b", re.I)),
    ("place", re.compile(r"^\s*where\b|\bin which (city|country|place)\b|\bwhat (city|country|place)\b", re.I)),
]  # fmt: skip


def answer_kind(question: str) -> str | None:
    """The kind of answer a question asks for (date, duration, number, person, place)."""
    for kind, pattern in _KIND_QUESTIONS:
        if pattern.search(question):
            return kind
    return None


def has_kind(kind: str | None, text: str, question: str = "") -> bool:
    """Whether a text contains something of the asked-for kind that the question does not
    already say (True when no kind is asked)."""
    if kind is None:
        return True
    asked = question.lower()
    return any(m.group(0).lower() not in asked for m in _KIND_PATTERNS[kind].finditer(text))


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence inside a passage; start/end are offsets in the source document."""

    passage: Passage
    rank: int
    start: int
    end: int

    @property
    def text(self) -> str:
        """The sentence's exact text."""
        offset = self.passage.start
        return self.passage.text[self.start - offset : self.end - offset]


@dataclass(frozen=True, slots=True)
class ScoredSentence:
    """A candidate evidence sentence with the signals that ranked it."""

    sentence: Sentence
    cosine: float
    coverage: float
    kind_match: bool
    score: float


def candidate_sentences(passages: Sequence[Passage]) -> list[Sentence]:
    """Every sentence of the passages, minus any that address the model (injections)."""
    seen: set[tuple[str, int]] = set()
    found: list[Sentence] = []
    for rank, passage in enumerate(passages):
        # Sentences never cross a line: a headline without a full stop is not
        # glued to the paragraph under it.
        text = passage.text
        spans = [s for p in paragraph_spans(text) for s in sentence_spans(text, p.start, p.end)]
        for span in spans:
            start, end = passage.start + span.start, passage.start + span.end
            key = (passage.doc_id, start)
            if key in seen:
                continue  # overlapping chunks repeat sentences
            seen.add(key)
            sentence = Sentence(passage, rank, start, end)
            if not looks_like_injection(sentence.text):
                found.append(sentence)
    return found


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal counts in a sentence's score."""

    cosine: float = 1.0
    coverage: float = 0.3
    kind: float = 0.15
    rank: float = 0.01


def score_sentences(
    question: str,
    query: str,
    sentences: Sequence[Sentence],
    question_vector: np.ndarray,
    sentence_vectors: np.ndarray,
    idf: dict[str, float],
    weights: Weights = Weights(),
) -> list[ScoredSentence]:
    """Score sentences by meaning, shared rare words, answer kind and passage rank; best first."""
    kind = answer_kind(question)
    query_terms = terms(question) or terms(query)
    cosines = sentence_vectors @ question_vector if len(sentences) else np.zeros(0)
    scored = []
    for sentence, cos in zip(sentences, cosines, strict=True):
        text = sentence.text
        cov = coverage(query_terms, set(terms(text)), idf)
        match = kind is not None and has_kind(kind, text, question)
        score = (
            weights.cosine * float(cos)
            + weights.coverage * cov
            + weights.kind * float(match)
            - weights.rank * sentence.rank
        )
        scored.append(ScoredSentence(sentence, float(cos), cov, match, score))
    scored.sort(key=lambda s: (-s.score, s.sentence.start))
    if kind is not None and scored and not scored[0].kind_match:
        # A "who" question is not answered by a sentence that names no one: prefer the
        # best sentence of the asked-for kind when it is not far behind.
        best = scored[0].score
        fits = [s for s in scored if s.kind_match and s.score >= best - KIND_SLACK]
        if fits:
            rest = [s for s in scored if s is not fits[0]]
            scored = [fits[0], *rest]
    return scored
