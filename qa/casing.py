"""A question typed in lower case, read with the names capitalised as the documents write
them. Pure.

Casual questions come in lower case ("why did putin fly to tehran for the signing"), and the
checks that keep answers honest look for names by their capitals: a why-question's
subject, the people and places a sentence must name, what someone is asked to have said.
Meaning (MiniLM, an uncased model) does not change; the checks see "Putin" and "Tehran"
as they would in a question typed with care. A word counts as a name when the documents
capitalise it inside sentences and never write it in lower case.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping

from qa.metonyms import SEATS
from qa.terms import STOPWORDS

_WORD = re.compile(r"[A-Za-z][\w’'-]*")
# Where a sentence starts, a capital says nothing: after the start of a line or of the
# text, a full stop, a question or exclamation mark, an opening quote or bracket.
_OPENS = re.compile(r"(?:^|[.!?]\s+|\n\s*|[“\"«(\[]\s*)$")
MIN_LETTERS = 3


def proper_forms(texts: Iterable[str]) -> dict[str, str]:
    """The words the texts write capitalised inside sentences and never in lower case,
    each lower-cased to its written form ("tehran" → "Tehran"), ignoring stopwords and
    words under `MIN_LETTERS` letters ("us" is a pronoun as often as "US")."""
    capitalised: defaultdict[str, Counter[str]] = defaultdict(Counter)
    lower: set[str] = set()
    for text in texts:
        for match in _WORD.finditer(text):
            word = match.group(0)
            key = word.lower()
            if word[0].islower():
                lower.add(key)
            elif not _OPENS.search(text[max(0, match.start() - 3) : match.start()]):
                capitalised[key][word] += 1
    return {
        key: forms.most_common(1)[0][0]
        for key, forms in capitalised.items()
        if key not in lower and key not in STOPWORDS and len(key) >= MIN_LETTERS
    }


# Words a title leaves in lower case ("How Long Will the Treaty Remain in Force?").
_TITLE_SMALL = frozenset([
    "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "by",
    "with", "from", "as", "vs", "via",
])  # fmt: skip
MIN_SHOUTED = 3


def unshouted(question: str) -> str:
    """The question in lower case when it was typed in capitals throughout ("WHO SIGNED THE
    TREATY WITH PUTIN") or with every word capitalised ("When Did Pezeshkian Become
    President"); the question itself otherwise. Such capitals mark no names, and
    `truecased` gives the names back their capitals as the documents write them."""
    words = [w for w in _WORD.findall(question) if any(c.isalpha() for c in w)]
    if len(words) < MIN_SHOUTED:
        return question
    shouted = all(_acronym(w) for w in words if len(w) > 1)
    titled = all(w[0].isupper() for w in words if w.lower() not in _TITLE_SMALL) and any(
        w[0].isupper() and w.lower() in STOPWORDS for w in words[1:]
    )
    if shouted:
        return question.lower()
    if titled:  # "What Is The JCPOA?": an acronym keeps its capitals.
        return _WORD.sub(
            lambda m: m.group(0) if _acronym(m.group(0)) else m.group(0).lower(), question
        )
    return question


def _acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


# Countries and capitals a question may name that the documents do not ("in syria").
PLACES = {
    word.lower(): word
    for name in (*SEATS, *SEATS.values())
    for word in [name.removeprefix("the ")]
    if " " not in word
}


def truecased(
    question: str, forms: Mapping[str, str], known: Callable[[str], bool] | None = None
) -> str:
    """The question with its names capitalised as `forms` (or, for countries and capitals,
    `PLACES`) writes them, "irans" as "Iran's", when it was typed without capitals after
    its first letter but for acronyms ("JCPOA"); the question itself otherwise. With
    `known` (whether the documents use a word), the words they never use are read as
    names where a question asks for one: who is asked to have said something ("what did
    zelensky say") and where a why-question is asked about ("why did they sign it in
    saint petersburg")."""
    # "what was that deal trump ditched called, JCPOA?": an acronym's capitals say nothing
    # of how the rest was typed.
    if any(c.isupper() for w in _WORD.findall(question[1:]) if not w.isupper() for c in w):
        return question

    def written(word: str) -> str | None:
        return forms.get(word) or PLACES.get(word)

    def name(match: re.Match[str]) -> str:
        word = match.group(0)
        found = written(word)
        if found is None and word[-2:] in ("'s", "’s"):
            base = written(word[:-2])  # "iran's"
            found = f"{base}{word[-2:]}" if base else None
        # "irans foreign minister", not "the two presidents": a plural follows a number or
        # a determiner.
        before = question[: match.start()].split()[-1:]
        plural = bool(before) and before[0] in _COUNTING
        if found is None and word.endswith("s") and len(word) > MIN_LETTERS and not plural:
            base = written(word[:-1])
            found = f"{base}'s" if base else None
        return found or word

    cased = _WORD.sub(name, question)
    if known is None:
        return cased
    for slot in (_SPEAKER_SLOT.match(cased), _PLACE_SLOT.match(cased)):
        if slot is None:
            continue
        words = slot.group("slot").split()
        if any(w.islower() and w not in STOPWORDS and not known(w) for w in words):
            named = " ".join(w if w in STOPWORDS else w[0].upper() + w[1:] for w in words)
            cased = cased[: slot.start("slot")] + named + cased[slot.end("slot") :]
    return cased


_COUNTING = frozenset(
    [
        "the",
        "two",
        "three",
        "four",
        "both",
        "several",
        "many",
        "all",
        "these",
        "those",
        "some",
        "other",
        "such",
        "of",
    ]
)
# "what did zelensky say …": who is asked to have said something.
_SPEAKER_SLOT = re.compile(
    r"^\W*what\s+(?:did|does|do|has|had)\s+(?P<slot>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)\s+"
    r"(?:say|said|think|tell|told|announce|claim|warn|call)\b"
)
# "why did they sign it in saint petersburg": where a why-question is about, at its end.
_PLACE_SLOT = re.compile(
    r"^\W*why\b.*?\b(?:in|to|visit\w*)\s+(?P<slot>[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)\W*$"
)
