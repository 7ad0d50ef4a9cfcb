"""Split a question that asks two things into its parts, and merge their rankings. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.evidence import ScoredSentence
from qa.terms import terms

MAX_PARTS = 3

# "…, and which agency reported …", "…, and for how many years …": a conjunction followed
# by a new question word, perhaps after a preposition.
_SPLIT = re.compile(
    r",?\s+(?:and|also|as well as),?\s+"
    r"(?=(?:(?:for|from|in|on|at|to|by|with|since|until|of|after|before)\s+)?"
    r"(?:what|who|whom|whose|which|when|where|why|how)\b)",
    re.I,
)


def question_parts(question: str) -> list[str]:
    """The questions a question asks: "Who signed it, and when was it signed?" gives
    ["Who signed it", "when was it signed?"]. A part without content words of its own
    ("…, and when?") is not split off, nor is a follow-up's leading "And what …"."""
    pieces = [p.strip() for p in _SPLIT.split(question.strip())]
    if len(pieces) < 2 or len(pieces) > MAX_PARTS or not all(terms(p) for p in pieces):
        return [question]
    return pieces


def merge_rankings(
    whole: Sequence[ScoredSentence], parts: Sequence[Sequence[ScoredSentence]]
) -> list[ScoredSentence]:
    """The best sentence for each part, in the parts' order and each distinct, then the rest
    of the whole question's ranking."""
    chosen: list[ScoredSentence] = []
    taken: set[tuple[str, int]] = set()
    for ranking in parts:
        for candidate in ranking:
            key = (candidate.sentence.passage.doc_id, candidate.sentence.start)
            if key not in taken:
                chosen.append(candidate)
                taken.add(key)
                break
    rest = [s for s in whole if (s.sentence.passage.doc_id, s.sentence.start) not in taken]
    return [*chosen, *rest]
