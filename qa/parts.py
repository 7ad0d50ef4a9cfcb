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
    """A distinct sentence for each part, in the parts' order, then the rest of the whole
    question's ranking. A sentence that is best for two parts goes to the part it fits
    better (the higher score): in "What weapons has Iran supplied, and since when has Russia
    seen Iran as a partner?", "Since Russia's invasion … has viewed Iran as a key strategic
    partner" answers the second part, and the first takes its next best, the drones."""
    chosen: dict[int, ScoredSentence] = {}
    taken: set[tuple[str, int]] = set()

    def key(candidate: ScoredSentence) -> tuple[str, int]:
        return (candidate.sentence.passage.doc_id, candidate.sentence.start)

    while len(chosen) < len(parts):
        offers = [
            (i, best)
            for i, ranking in enumerate(parts)
            if i not in chosen
            for best in [next((c for c in ranking if key(c) not in taken), None)]
            if best is not None
        ]
        if not offers:
            break
        # The highest score wins; on a tie, the earlier part.
        i, best = max(offers, key=lambda offer: (offer[1].score, -offer[0]))
        chosen[i] = best
        taken.add(key(best))
    rest = [s for s in whole if key(s) not in taken]
    return [*(chosen[i] for i in sorted(chosen)), *rest]
