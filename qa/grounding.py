"""Check that every sentence of a generated answer is supported by the passages it cites."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from ingest.text import sentence_spans, words
from qa.citations import markers, strip_markers
from qa.terms import STOPWORDS, stem

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_LEADING_MARKERS = re.compile(r"^(?:\s*\[\d{1,3}\])+")
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z'’\-]+")
_COMMON_CAPITALS = STOPWORDS | {
    "yes",
    "no",
    "however",
    "according",
    "sources",
    "passage",
    "passages",
}
Similarity = Callable[[str, str], float]


@dataclass(slots=True)
class Grounding:
    """The verdict on an answer, with one reason per unsupported sentence."""

    supported: bool
    reasons: list[str] = field(default_factory=list)


def numbers(text: str) -> set[str]:
    """Numbers in a text, without thousands separators."""
    return {n.replace(",", "") for n in _NUMBER.findall(text)}


def names(text: str) -> set[str]:
    """Capitalised words that are not sentence starts or common words (stemmed, lower)."""
    found: set[str] = set()
    for span in sentence_spans(text):
        sentence = text[span.start : span.end]
        for i, match in enumerate(_CAPITALISED.finditer(sentence)):
            word = match.group(0).lower().replace("’", "'")
            if (i == 0 and match.start() == 0) or word in _COMMON_CAPITALS:
                continue
            found.add(stem(word))
    return found


def _claims(answer: str) -> list[tuple[str, list[int]]]:
    """Answer sentences without markers, with the numbers they cite; markers that open a
    sentence ("... 20 years. [1]") belong to the sentence before them."""
    claims: list[tuple[str, list[int]]] = []
    for span in sentence_spans(answer):
        sentence = answer[span.start : span.end]
        lead = _LEADING_MARKERS.match(sentence)
        if lead and claims:
            claims[-1][1].extend(markers(lead.group(0)))
            sentence = sentence[lead.end() :]
        claims.append((strip_markers(sentence), markers(sentence)))
    return claims


def check_answer(
    answer: str, passages: Sequence[str], similarity: Similarity, threshold: float
) -> Grounding:
    """Each answer sentence must cite passages (1-based `[n]`) that contain its numbers and
    names and that it resembles at least `threshold`; otherwise the answer is unsupported."""
    reasons: list[str] = []
    claims = [(claim, cites) for claim, cites in _claims(answer) if words(claim)]
    if not claims:
        return Grounding(False, ["empty answer"])
    for claim, cites in claims:
        cited = [passages[n - 1] for n in cites if 1 <= n <= len(passages)]
        if not cited:
            reasons.append(f"no valid citation: {claim!r}")
            continue
        evidence = " ".join(cited)
        missing_numbers = numbers(claim) - numbers(evidence)
        evidence_words = {stem(w) for w in words(evidence)}
        missing_names = {n for n in names(claim) if n not in evidence_words}
        if missing_numbers:
            reasons.append(f"numbers not in the cited passages: {sorted(missing_numbers)}")
        if missing_names:
            reasons.append(f"names not in the cited passages: {sorted(missing_names)}")
        score = max(similarity(claim, passage) for passage in cited)
        if score < threshold:
            reasons.append(f"similarity {score:.2f} below {threshold:.2f}: {claim!r}")
    return Grounding(not reasons, reasons)
