"""Pick the sentences that answer a question from retrieved passages, and score them."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ingest.clean import NEAR_DUPLICATE, first_of_repeats, paragraph_spans
from ingest.text import sentence_spans, words
from qa.answer_types import answer_kind, credits_photo, kind_strength
from qa.injection import looks_like_injection
from qa.mentions import proper_nouns, starts_a_word
from qa.retrieve import Passage
from qa.roles import names_holder
from qa.terms import coverage, stem, terms

KIND_SLACK = 0.3
# How far behind the best a sentence placing the signers' meeting may be and still answer
# where a deal was signed: the sentences on the signing itself share more of the question's
# words ("The treaty was signed just days before …") and place nothing.
SIGNING_SLACK = 0.6


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
    # The cosine of its nearest reading: itself or a clause of it, discounted.
    nearest: float = -1.0


MIN_WORDS = 2
_HEADING = re.compile(r"\s*#{1,6}\s")  # a Markdown heading: "# Treaty annex"
CLAUSE_MIN_WORDS = 6
_CLAUSE_BREAK = re.compile(r"[,;:—–()]")


def can_answer(text: str, title: str = "") -> bool:
    """Whether a sentence can be an answer: not an instruction to the model, not a question
    of its own, not a Markdown heading or the document's title, not a fragment of a few
    words."""
    bare = text.strip().rstrip("\"'”’)»")
    return not (
        looks_like_injection(text)
        or bare.endswith("?")
        or _HEADING.match(text) is not None
        # A heading, not a first line that doubles as the title of a plain-text file.
        or (bare.casefold() == title.strip().casefold() and not bare.endswith((".", "!")))
        or len(words(text)) < MIN_WORDS
    )


def candidate_sentences(passages: Sequence[Passage]) -> list[Sentence]:
    """Every sentence of the passages that can be an answer (see `can_answer`)."""
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
            if can_answer(sentence.text, passage.title):
                found.append(sentence)
    return found


def clause_spans(text: str, min_words: int = CLAUSE_MIN_WORDS) -> list[tuple[int, int]]:
    """The clauses of a long sentence, as (start, end) offsets in it: the pieces between
    commas, semicolons, colons, dashes and brackets that have at least `min_words` words.
    Empty when fewer than two pieces are that long: the sentence is its own clause."""
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*(m.start() for m in _CLAUSE_BREAK.finditer(text)), len(text)]:
        piece = text[start:cut]
        if len(words(piece)) >= min_words:
            lead = len(piece) - len(piece.lstrip())
            spans.append((start + lead, start + len(piece.rstrip())))
        start = cut + 1
    return spans if len(spans) > 1 else []


def best_clause_cosines(
    owners: Sequence[int], clause_vectors: np.ndarray, vector: np.ndarray, count: int
) -> np.ndarray:
    """For each of `count` sentences, the cosine of its clause nearest to `vector`
    (`owners[i]` is the sentence of clause i); -1 for a sentence without clauses."""
    best = np.full(count, -1.0, dtype=np.float32)
    if len(owners):
        np.maximum.at(best, np.asarray(owners), clause_vectors @ vector)
    return best


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each signal counts in a sentence's score."""

    cosine: float = 1.0
    coverage: float = 0.3
    kind: float = 0.15
    rank: float = 0.01
    # A clause stands in for its sentence, a little discounted: in "Moscow has viewed Iran
    # as a partner, a move that has alarmed Western officials …" the answer to "what do
    # Western capitals think?" is one clause, which the whole sentence's meaning dilutes.
    clause_discount: float = 0.05


def score_sentences(
    question: str,
    query: str,
    sentences: Sequence[Sentence],
    question_vector: np.ndarray,
    sentence_vectors: np.ndarray,
    idf: dict[str, float],
    weights: Weights = Weights(),
    clause_cosines: np.ndarray | None = None,
    prior: np.ndarray | None = None,
    alt_vectors: np.ndarray | None = None,
    alt_question_vector: np.ndarray | None = None,
) -> list[ScoredSentence]:
    """Score sentences by meaning (of the whole sentence or, discounted, of its closest
    clause), shared rare words, answer kind and passage rank, plus each one's `prior` (the
    service topic's pull on its document); best first. A sentence's cosine is the nearest
    of its own and, when given, its `alt_vectors` row (the sentence read another way),
    each against the question and, when given, `alt_question_vector` (the question read
    another way)."""
    kind = answer_kind(question)
    query_terms = terms(question) or terms(query)
    cosines = sentence_vectors @ question_vector if len(sentences) else np.zeros(0)
    if alt_vectors is not None and len(sentences):
        cosines = np.maximum(cosines, alt_vectors @ question_vector)
    if alt_question_vector is not None and len(sentences):
        cosines = np.maximum(cosines, sentence_vectors @ alt_question_vector)
        if alt_vectors is not None:
            cosines = np.maximum(cosines, alt_vectors @ alt_question_vector)
    meanings = cosines
    if clause_cosines is not None:
        meanings = np.maximum(cosines, clause_cosines - weights.clause_discount)
    scored = []
    priors = prior if prior is not None else np.zeros(len(sentences))
    for sentence, cos, meaning, bonus in zip(sentences, cosines, meanings, priors, strict=True):
        text = sentence.text
        cov = coverage(query_terms, set(terms(text)), idf)
        strength = kind_strength(kind, text, question) if kind is not None else 0.0
        match = strength > 0
        score = (
            weights.cosine * float(meaning)
            + weights.coverage * cov
            + weights.kind * strength
            - weights.rank * sentence.rank
            + float(bonus)
        )
        nearest = max(float(cos), float(meaning))
        scored.append(ScoredSentence(sentence, float(cos), cov, match, score, nearest))
    scored.sort(key=lambda s: (-s.score, s.sentence.start))
    if kind is not None and scored and not scored[0].kind_match:
        # A "who" question is not answered by a sentence that names no one: prefer the
        # best sentence of the asked-for kind when it is not far behind.
        named = proper_nouns(question)

        def fits(s: ScoredSentence) -> bool:
            # A name asked for is the answer whoever the question names on the way: "the
            # official name of the pact Putin and Pezeshkian signed" is the one officials
            # gave it, in a sentence that names neither. So is a photo's credit line: "Who
            # took the photo of the Kremlin meeting?" is answered by one that names no Kremlin.
            return s.kind_match and (
                not named
                or kind == "name"
                or credits_photo(s.sentence.text, question)
                or any(starts_a_word(n, s.sentence.text) for n in named)
            )

        # One that holds the kind fully goes before one that holds it vaguely: the treaty's
        # quoted name before the acronym "TASS" for "What is the accord's formal name?".
        full = promote(
            scored, lambda s: fits(s) and kind_strength(kind, s.sentence.text, question) == 1.0
        )
        scored = full if full[0] is not scored[0] else promote(scored, fits)
    elif kind == "name" and scored and kind_strength(kind, scored[0].sentence.text, question) < 1:
        # "What is the formal name officials gave the deal?": the deal's quoted name before
        # a quoted phrase that names no deal ("military-political and trade-economic").
        scored = promote(
            scored, lambda s: kind_strength(kind, s.sentence.text, question) == 1.0, KIND_SLACK / 3
        )
    return _signing_place_first(
        question, kind, _holder_first(question, _act_first(question, scored))
    )


def without_repeats(ranked: Sequence[ScoredSentence]) -> list[ScoredSentence]:
    """The ranking without a sentence that nearly repeats one ranked above it (word sets
    that coincide as far as `NEAR_DUPLICATE`): a photo caption printed twice is cited once,
    in the wording that answers best ("… [Vyacheslav Prokofyev/Pool via AFP]" for who took
    the photo, "… distributed by the Russian state agency Sputnik" for who distributed it)."""
    return first_of_repeats(ranked, lambda s: s.sentence.text, NEAR_DUPLICATE)


def promote(
    ranked: Sequence[ScoredSentence],
    fits: Callable[[ScoredSentence], bool],
    slack: float = KIND_SLACK,
) -> list[ScoredSentence]:
    """Put first the best sentence after the first that `fits`, when it scores within
    `slack` of the first and comes from the same document: the slack picks the answer out
    of the passage in focus, it does not jump to another document that merely holds a sum
    or a date. Unchanged when none does."""
    ranked = list(ranked)
    if not ranked:
        return ranked
    best, focus = ranked[0].score, ranked[0].sentence.passage.doc_id
    for candidate in ranked[1:]:
        if candidate.score < best - slack:
            break
        if candidate.sentence.passage.doc_id == focus and fits(candidate):
            return [candidate, *(s for s in ranked if s is not candidate)]
    return ranked


# "Who signed …?", "Who has ordered …?": the act a "who" question asks about.
# In other tenses too: "Who signs …?", "Who was signing …?", "Who has been providing …?".
_WHO_DID = re.compile(
    r"^\W*who\s+(?:(?:has|have|had)\s+(?:been\s+(?=\w+ing\b))?|(?:is|was|are|were)\s+(?=\w+ing\b))?"
    r"(?P<act>[a-z]+ed|[a-z]{3,}ing|[a-z]{3,}(?<!ha)(?<!wa)(?<!doe)(?<!thi)s|met|took|wrote|"
    r"led|sent|gave|made|won|told|brought|broke|chose|struck|built|began|drew|hit|sold|bought|"
    r"ran|spoke|said)\b",
    re.I,
)


# "What did Putin and Pezeshkian sign on January 17, 2025?", "What weapons had Iran
# already provided …?": what named people did, asked by the act; not what they said or
# thought, which `answer_kind` reads as their words.
_WHAT_DID = re.compile(
    # After a time set before it ("Even before the pact, …"), not after what it sets aside.
    r"^\W*(?:(?:even\s+|just\s+|long\s+)?(?:before|after|since|by|until|during|in|on)\b[^,?]{3,60},\s+)?"
    r"(?:what|which)\s+(?:[\w-]+\s+){0,2}?(?:did|do|does|has|have|had)\s+"
    r"(?P<doers>(?-i:[A-Z][\w’'-]+(?:\s+(?:and\s+)?[A-Z][\w’'-]+)*))\s+"
    r"(?:(?:already|also|ever|actually|first|then|just|recently)\s+)?"
    r"(?!(?:say|said|tell|call|think|mean|want|do|make|see|consider|describe|have|get|"
    r"know|feel|believe|claim|note|add|stress|warn|announce|use|"
    # What they said they would do, not what they did: "What did Trump threaten to do?"
    r"threaten|promise|vow|pledge|propose|suggest|demand|ask|offer|urge|predict|hope|expect|"
    r"plan|intend|seek|try|need|fear|admit|deny|accuse|praise|critici[sz]e)\b)"
    r"(?P<act>(?-i:[a-z]{3,}))\b",
    re.I,
)


def asked_act(question: str) -> str | None:
    """The stem of the act a "What did Putin and Pezeshkian sign …?" or "Who signed …?"
    question asks about ("sign"), or None."""
    match = _WHAT_DID.match(question) or _WHO_DID.match(question)
    return None if match is None else stem(match.group("act").lower())


def _act_first(question: str, scored: list[ScoredSentence]) -> list[ScoredSentence]:
    """Put first the best sentence that tells of the act a question asks about (see
    `asked_act`), when the best does not tell of it and that one is not far behind
    (`KIND_SLACK`), from the same document. "Who signed the treaty?" is answered by
    "Pezeshkian and Putin have signed a pact", which must also name someone, not by
    "officials said the … treaty covers …", which matches more of the question's other
    words; "What did Putin and Pezeshkian sign on January 17, 2025?" by "… have signed a
    cooperation pact", not by "… meet at the Kremlin in Moscow on January 17, 2025"."""
    act = asked_act(question)
    if act is None or not scored or act in terms(scored[0].sentence.text):
        return scored
    doer_asked = _WHO_DID.match(question) is not None
    return promote(
        scored,
        lambda s: (s.kind_match or not doer_asked) and act in terms(s.sentence.text),
    )


# "Where was the treaty signed?", "In which city did they sign it?": where a signing was.
_WHERE_SIGNED = re.compile(
    r"^\W*(?:where|(?:in|at)\s+(?:which|what)\s+(?:city|capital|place|venue|building))\b"
    # Not one to come: "Where will the next treaty be signed?".
    r"(?![^?]*\b(?:will|would|shall|next|future|going\s+to|to\s+be)\b)[^?]*\bsign(?:ed|ing)?\b",
    re.I,
)
# A meeting of the signers: "… meet at the Kremlin in Moscow", "At a joint news conference
# with Pezeshkian in Moscow …".
_MEETING = re.compile(
    r"\b(?:meet|meets|met|meeting|summit|news\s+conference|talks|visit(?:ed|ing)?)\b", re.I
)


def _signing_place_first(
    question: str, kind: str | None, scored: list[ScoredSentence]
) -> list[ScoredSentence]:
    """For "Where was the treaty signed?", put first the best sentence that places the
    meeting of the signers ("Putin and Pezeshkian meet at the Kremlin in Moscow"), when the
    best places nothing and that one is within `SIGNING_SLACK`: a deal is signed where its
    signers meet, and news tells where they met, not where the pen touched paper."""
    if kind != "place" or not scored or scored[0].kind_match:
        return scored
    if not _WHERE_SIGNED.match(question):
        return scored
    return promote(
        scored,
        lambda s: s.kind_match and _MEETING.search(s.sentence.text) is not None,
        SIGNING_SLACK,
    )


def _holder_first(question: str, scored: list[ScoredSentence]) -> list[ScoredSentence]:
    """For "Who is the president of Iran?", put first the best sentence that names Iran's
    president by name ("Iranian President Masoud Pezeshkian …"), when the best does not
    and that one is not far behind (`KIND_SLACK`): "… toppled President Bashar al-Assad, a
    key Russian and Iranian ally" has the words but not the office."""
    if (
        not scored
        or answer_kind(question) != "person"
        or names_holder(question, scored[0].sentence.text)
    ):
        return scored
    return promote(scored, lambda s: names_holder(question, s.sentence.text))
