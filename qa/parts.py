"""Split a question that asks two things into its parts, and merge their rankings. Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import pairwise

from qa.conversation import about_the, needs_context
from qa.evidence import ScoredSentence
from qa.framing import AUXILIARY
from qa.mentions import proper_nouns, starts_a_word
from qa.terms import terms

MAX_PARTS = 3

# The prepositions a question word may follow: "…, and for how many years …".
_PREPOSITION = r"for|from|in|on|at|to|by|with|since|until|of|after|before"

# "…, and which agency reported …", "…, and for how many years …": a conjunction followed
# by a new question word, perhaps after a preposition.
_SPLIT = re.compile(
    r",?\s+(?:and|also|as well as),?\s+"
    rf"(?=(?:(?:{_PREPOSITION})\s+)?"
    r"(?:what|who|whom|whose|which|when|where|why|how)\b)",
    re.I,
)


# A question word and at most one word more, perhaps after a preposition: "In which
# country and in what year was he killed?" asks both of one predicate.
_BARE = re.compile(
    rf"^\W*(?:(?:{_PREPOSITION})\s+)?"
    r"(?:(?:what|which|whose)\s+[\w’'-]+|how\s+[\w’'-]+|who|whom|when|where|why)\W*$",
    re.I,
)


# A part that is a question phrase after a preposition and nothing more ("…, and on what
# day of the week?") asks it of the predicate of the part before: "In which city did
# Putin hold the news conference, and on what day of the week?" asks "on what day of the
# week did Putin hold the news conference?". "what agreement came before it?" has a verb
# of its own.
_PHRASE_ONLY = re.compile(
    rf"^\W*(?:{_PREPOSITION})\s+"
    rf"(?:what|which|whose|how)(?:\s+(?!(?:{AUXILIARY})\b)[\w’'-]+){{1,5}}\s*\??\s*$",
    re.I,
)
_PREDICATE = re.compile(
    rf"^\W*(?:(?:{_PREPOSITION})\s+)?"
    r"(?:what|which|whose|when|where|why|how)\b[^,?]*?\s+(?P<predicate>(?:is|are|was|were|"
    r"do|does|did|has|have|had|will|would)\s+[^?]+?)\s*\??\s*$",
    re.I,
)


def _with_predicate(part: str, before: str) -> str:
    """The part, asked of the predicate of the part before when it has none of its own."""
    predicate = _PREDICATE.match(before)
    if predicate is None or not _PHRASE_ONLY.match(part):
        return part
    return f"{part.strip().rstrip('?').rstrip()} {predicate.group('predicate')}?"


def question_parts(question: str) -> list[str]:
    """The questions a question asks: "Who signed it, and when was it signed?" gives
    ["Who signed it", "when was it signed?"]. A part without content words of its own
    ("…, and when?") is not split off, nor is a follow-up's leading "And what …", nor a
    bare question word that shares the next part's predicate ("In which country and in
    what year was he killed?")."""
    pieces = [p.strip() for p in _SPLIT.split(question.strip())]
    if (
        len(pieces) < 2
        or len(pieces) > MAX_PARTS
        or not all(terms(p) for p in pieces)
        or any(_BARE.match(p) for p in pieces[:-1])
    ):
        return [question]
    return [pieces[0], *(_with_predicate(p, before) for before, p in pairwise(pieces))]


# "…, and in which country did the strike happen?": this many words or fewer.
LEANING_TERMS = 3


def leans_back(part: str) -> bool:
    """A part that leans on the part before it, as a follow-up leans on the question
    before it: by a pronoun ("…, and what was his relationship to Russia?"), by being short
    and about "the" something ("…, and in which country did the strike happen?"), or by
    asking for a reaction to nothing it names ("…, and how did Iran react?")."""
    return needs_context(part) or about_the(part, LEANING_TERMS)


# A part shares another part's sentence instead of citing one of its own when its own
# best went to that part and the next is this far behind, or when the sentence left for
# it scores under this and shares no word with it: "…, and whom were they quoting?" has
# nothing of its own to search for and is answered by the sentence that answers "Who
# reported the duration" ("… TASS reported, citing … Jalali").
SHARE_GAP = 0.1
OWN_FLOOR = 0.65


def _where(candidate: ScoredSentence) -> tuple[str, int]:
    """A sentence's place: its document and its start."""
    return (candidate.sentence.passage.doc_id, candidate.sentence.start)


def merge_rankings(
    whole: Sequence[ScoredSentence],
    parts: Sequence[Sequence[ScoredSentence]],
    questions: Sequence[str] = (),
    leaning: Mapping[int, Sequence[ScoredSentence]] | None = None,
) -> list[ScoredSentence]:
    """A sentence for each part, in the parts' order, then the rest of the whole
    question's ranking. A sentence that is best for two parts goes to the part it fits
    better (the higher score): in "What weapons has Iran supplied, and since when has Russia
    seen Iran as a partner?", "Since Russia's invasion … has viewed Iran as a key strategic
    partner" answers the second part, and the first takes its next best, the drones. A
    part whose next best is far behind (`SHARE_GAP`), or weak (`OWN_FLOOR`) and without a
    word in common with the question, shares the sentence of the part that took its best,
    or of the best-scoring part: that sentence then appears once for each part it
    answers, with the score and kind it has for each. A part that leans on the part before
    (see `leans_back`; `leaning` holds its ranking read with that part) shares that part's
    sentence when it holds the kind of answer asked for and its own does not, or when,
    read with the part before, it is the better of the two, unless its own names
    something of the part's that it does not."""
    chosen: dict[int, ScoredSentence] = {}
    taken: dict[tuple[str, int], int] = {}

    while len(chosen) < len(parts):
        offers = [
            (i, best)
            for i, ranking in enumerate(parts)
            if i not in chosen
            for best in [next((c for c in ranking if _where(c) not in taken), None)]
            if best is not None
        ]
        if not offers:
            break
        # The highest score wins; on a tie, the earlier part.
        i, best = max(offers, key=lambda offer: (offer[1].score, -offer[0]))
        chosen[i] = best
        taken[_where(best)] = i
    shared = {i: _shared(i, parts, chosen, taken, questions, leaning or {}) for i in chosen}
    for i, sentence in shared.items():
        if sentence is not None:
            del taken[_where(chosen[i])]
            chosen[i] = sentence
    rest = [s for s in whole if _where(s) not in taken]
    return [*(chosen[i] for i in sorted(chosen)), *rest]


def _shared(
    i: int,
    parts: Sequence[Sequence[ScoredSentence]],
    chosen: dict[int, ScoredSentence],
    taken: dict[tuple[str, int], int],
    questions: Sequence[str] = (),
    leaning: Mapping[int, Sequence[ScoredSentence]] | None = None,
) -> ScoredSentence | None:
    """The sentence part `i` shares with another part (scored for part `i`), or None when
    it keeps its own."""
    ranking, own = parts[i], chosen[i]
    top = ranking[0]
    if _where(top) != _where(own) and taken[_where(top)] != i and top.score - own.score > SHARE_GAP:
        return top
    # A part that leans on the part before shares its sentence when that holds the kind of
    # answer it asks for and its own does not ("…, and on which day did he speak?"), or
    # when that is its best, lost to the part before ("…, and how did Iran react?").
    if leaning and i in leaning and i - 1 in chosen:
        before = _found(ranking, chosen[i - 1])
        read_with = [_found(leaning[i], s) for s in (chosen[i - 1], own)]
        if (
            before is not None
            and not (i < len(questions) and _names_more(questions[i], own, before))
            and ((before.kind_match and not own.kind_match) or _better(*read_with))
        ):
            return before
    others = [j for j in chosen if j != i]
    # Weak, and sharing no word with its sentence: "how has it been kept alive?" has
    # nothing of its own; "which field did he single out for the new chapter?" does.
    if own.score < OWN_FLOOR and own.coverage == 0 and others:
        strongest = max(others, key=lambda j: chosen[j].score)
        return _found(ranking, chosen[strongest])
    return None


def _found(ranking: Sequence[ScoredSentence], sentence: ScoredSentence) -> ScoredSentence | None:
    """The sentence as `ranking` scores it, when it is there."""
    return next((c for c in ranking if _where(c) == _where(sentence)), None)


def _better(one: ScoredSentence | None, other: ScoredSentence | None) -> bool:
    """Whether `one` scores at least as well as `other` and holds the asked kind if it does."""
    return (
        one is not None
        and other is not None
        and one.score >= other.score
        and one.kind_match >= other.kind_match
    )


def _names_more(question: str, own: ScoredSentence, other: ScoredSentence) -> bool:
    """Whether a sentence names something the question names that another does not:
    "…, and which Syrian leader's fall was one of those setbacks?" keeps the sentence on
    the Syrian offensive."""
    return any(
        starts_a_word(name, own.sentence.text) and not starts_a_word(name, other.sentence.text)
        for name in proper_nouns(question)
    )


def distinct(ranked: Sequence[ScoredSentence]) -> list[ScoredSentence]:
    """Each sentence once, at its first place (a sentence shared by two parts is ranked
    once for each)."""
    seen: set[tuple[str, int]] = set()
    out = []
    for s in ranked:
        if _where(s) not in seen:
            seen.add(_where(s))
            out.append(s)
    return out
