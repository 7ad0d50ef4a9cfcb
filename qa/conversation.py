"""Turn a follow-up question into a standalone one for retrieval. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.citations import strip_markers
from qa.mentions import full_names
from qa.metonyms import SEATS
from qa.premises import other_deal
from qa.roles import is_country
from qa.schemas import Turn
from qa.terms import terms

_ANAPHORA = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|him|his|she|her|there|then|"
    r"the (deal|pact|treaty|agreement|accord|document|two|leaders|countries|meeting))\b",
    re.IGNORECASE,
)


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# A name word: "Trump", "Qasem", "al-Assad".
_NAME_TOKEN = re.compile(r"(?<![\w’'-])(?:al-|bin\s+)?[A-Z][a-z][\w’'-]*")
# Capitalised words that name no one: places and peoples, bodies, titles, months and days.
_NO_ONE_WORDS = """Western Eastern Northern Southern Middle East Earth US UN EU NATO Kremlin
        Revolutionary Guards Guard Forces Army Navy Corps Party Council Union Nations Agency
        Group Hezbollah Shahed TASS Sputnik AFP Reuters President President-elect Prime
        Minister Foreign Defence Defense Ambassador Commander General Supreme Leader
        Secretary Minister Spokesman Spokeswoman Mr Mrs Ms Dr January February March April
        May June July August September October November December Monday Tuesday Wednesday
        Thursday Friday Saturday Sunday It It’s The This That These Those They He She His
        Her We I You Yes No And But So Also Both Negotiations Building Since During Last
        In At On After Before Advertisement Photo A An Who Whom Whose What Which Where When
        Why How Did Does Do Is Are Was Were Has Have Had Will Would Can Could"""
_NO_ONE = frozenset(
    w.casefold()
    for w in (
        *(word for seat, place in SEATS.items() for word in (seat, *place.split())),
        *_NO_ONE_WORDS.split(),
    )
)
_NOT_A_NAME = re.compile(r"(?:ing|ed|ly|ion|ions|ment|ments|ness)$")


def people(text: str) -> list[str]:
    """The people a text names, once each, by the name it gives ("Qasem Soleimani",
    "Bashar al-Assad", "Trump"): runs of capitalised words, without titles, places, peoples
    ("Iranian"), bodies ("Revolutionary Guards") or a sentence's first word."""
    found: list[str] = []
    run: list[str] = []
    tokens = list(_NAME_TOKEN.finditer(text))
    for i, token in enumerate(tokens):
        word = token.group(0).removesuffix("’s").removesuffix("'s")
        adjacent = i > 0 and text[tokens[i - 1].end() : token.start()].strip() == ""
        if not adjacent and run:
            found.append(" ".join(run))
            run = []
        if word.casefold() in _NO_ONE or is_country(word):
            if run:
                found.append(" ".join(run))
            run = []
            continue
        # A sentence's first word alone is a name only if it reads like one: not
        # "Strengthening the capabilities …".
        opens = i == 0 or re.search(r"[.?!:“\"]\s*$", text[: token.start()]) is not None
        if opens and not run and _NOT_A_NAME.search(word):
            continue
        run.append(word)
        if token.group(0) != word:  # "Trump’s return": the possessive ends the name
            found.append(" ".join(run))
            run = []
    if run:
        found.append(" ".join(run))
    return list(dict.fromkeys(found))


_WHO_WAS = re.compile(r"^\W*who\s+(?:is|was|'s|’s)\s+(?P<who>[^?]+)", re.IGNORECASE)


def resolve_person(question: str, history: Sequence[Turn]) -> str:
    """The question with its "he" or "she" replaced by the one person the answer just given
    names: after "Sergei Lavrov.", "What did he say about the United States?" asks what Lavrov
    said, which the checks on reported speech can then hold the sources to. When the answer
    names no one ("Iran, China and North Korea have been a central focus of his foreign
    policy"), it is the one person the question before it named ("Which countries has
    Putin focused on …?").
    So is the one person a claim told before the question names ("I have Lavrov down as
    deputy prime minister. On which day did he speak?"). Unchanged when the last turn
    does not name exactly one person, except that a surname it gives in full is named in
    full (`_named_in_full`)."""
    if not history:
        return question
    last = strip_markers(history[-1].content)
    question = _named_in_full(question, full_names(last))
    surnames = {name.split()[-1] for name in people(last)}
    asked = history[-2].content if len(history) > 1 and history[-1].role == "assistant" else ""
    # After "Who was Qasem Soleimani?" and an answer that describes him, "he" is Soleimani,
    # whoever else the description names ("… whose assassination Trump ordered").
    if (who := _WHO_WAS.match(asked)) and len(named := people(who.group("who"))) == 1:
        surnames = {named[0].split()[-1]}
    elif not surnames and asked:
        surnames = {name.split()[-1] for name in people(strip_markers(asked))}
    if len(surnames) != 1:
        return question
    # The surname alone: "… to Russia Kazem Jalali" is read as one long name.
    return _HE_OR_SHE.sub(surnames.pop(), question, count=1)


def _named_in_full(question: str, names: Sequence[str]) -> str:
    """The question with a surname the last turn gave in full named in full: after "The
    post says Foreign Minister Abbas Araghchi co-signed it", "What role did Araghchi play?"
    asks about Abbas Araghchi, a name the sources can be checked for."""
    for name in names:
        # The first name and surname: "… to Russia Kazem Jalali" is one long name.
        words = name.split()[-2:]
        full = " ".join(words)
        if len(words) < 2 or full.casefold() in question.casefold():
            continue
        question = re.sub(rf"\b{re.escape(words[-1])}\b", full, question, count=1)
    return question


# "that one", "that deal": a deal pointed back at.
_THAT_DEAL = re.compile(
    r"\b(?:that|this)\s+(?:one|deal|agreement|accord|pact|framework|treaty)\b", re.IGNORECASE
)


def resolve_deal(question: str, history: Sequence[Turn]) -> str:
    """The question with its "that one" or "that deal" replaced by the deal other than the
    new treaty that the last turn names: after "a 2001 agreement that has been
    periodically renewed", "where was that one signed" asks where the 2001 agreement was,
    which the checks on another deal can then hold the sources to. Unchanged when the
    last turn is no answer (a claim's "1991 agreement" is in doubt) or names no other
    deal."""
    if not history or history[-1].role != "assistant":
        return question
    if (deal := other_deal(strip_markers(history[-1].content))) is None:
        return question
    return _THAT_DEAL.sub(deal, question, count=1)


# "that clause", "this provision": a part of a deal pointed back at.
_THAT_PART = re.compile(r"\b(?:that|this|the\s+said|said)\s+(?P<part>clause|provision)\b", re.I)
# Words that end the name of a part going back from "clause": "the treaty has a nuclear
# clause" names a nuclear clause.
_BEFORE_PART = frozenset([
    "a", "an", "the", "its", "their", "this", "that", "has", "have", "had", "contains",
    "contain", "includes", "include", "with", "of", "says", "said", "about", "on", "in",
])  # fmt: skip
_MAX_PART_WORDS = 3


def resolve_part(question: str, claim: str) -> str:
    """The question with its "that clause" or "this provision" replaced by the part of the
    deal the claim before it names: after "A tweet says the treaty contains a mutual
    defence clause …", "What exactly does that clause require?" asks what the mutual
    defence clause requires, which the checks on a deal's provisions can then hold the
    sources to. A question that leans on a part of the deal takes it for granted, whoever
    claimed it. Unchanged when it points back at no part or the claim names none."""
    pointer = _THAT_PART.search(question)
    if pointer is None:
        return question
    part = pointer.group("part").lower()
    found = re.search(rf"\b{part}\b", claim, re.I)
    if found is None:
        return question
    words: list[str] = []
    for word in reversed(claim[: found.start()].split()[-_MAX_PART_WORDS:]):
        if word.lower() in _BEFORE_PART or not re.fullmatch(r"[\w’'-]+", word):
            break
        words.insert(0, word)
    if not words:
        return question
    named = " ".join([*words, part])
    return f"{question[: pointer.start()]}the {named}{question[pointer.end() :]}"


# "the last one", "the former": one item of a list the last answer gave.
_ORDINAL = re.compile(
    r"\bthe\s+(?:(?P<last>last|latter|final)|(?P<first>first|former))(?:\s+one)?\b",
    re.IGNORECASE,
)
# "Iran, China and North Korea": names in a list, joined by commas and "and".
_NAMED = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_LISTED = re.compile(rf"\b{_NAMED}(?:,\s*{_NAMED})*,?\s+and\s+{_NAMED}")
_LIST_SPLIT = re.compile(r",?\s+and\s+|,\s*")


def resolve_listed(question: str, history: Sequence[Turn]) -> str:
    """The question with "the last one" or "the former" replaced by that item of the list of
    names the last answer gave: after "Iran, China and North Korea have been a central
    focus …", "Has he signed a similar pact with the last one?" asks about North Korea,
    whom the checks can then look for. Unchanged when the last turn is no answer or
    gives no such list."""
    if not history or history[-1].role != "assistant":
        return question
    ordinal = _ORDINAL.search(question)
    listed = _LISTED.search(strip_markers(history[-1].content))
    if ordinal is None or listed is None:
        return question
    items = _LIST_SPLIT.split(listed.group(0))
    item = items[-1] if ordinal.group("last") else items[0]
    return question[: ordinal.start()] + item + question[ordinal.end() :]


# "Especially in which area?", "And in what year?", "What about Iran?": a question that
# opens by going on from the last answer.
_GOES_ON = re.compile(
    r"^\W*(?:and|but|so|also|especially|particularly|mainly|mostly|chiefly|even|"
    r"what about|how about|in particular)\b",
    re.IGNORECASE,
)


# "How did Iran react?": a reaction with nothing said to react to is a reaction to what
# was said before.
_REACTION_ALONE = re.compile(r"\b(?:react(?:ed)?|respond(?:ed)?)\s*\??\s*$", re.I)


def needs_context(question: str) -> bool:
    """A question that leans on earlier turns: pronouns, an opening that goes on from the
    last answer ("Especially in which area?"), at most one word of its own ("On what
    date?"), or a reaction to nothing it names ("How did Iran react?"); "What is the
    capital of Australia?" stands alone."""
    return (
        bool(_ANAPHORA.search(question) or _GOES_ON.match(question))
        or len(terms(question)) <= 1
        or _REACTION_ALONE.search(question) is not None
    )


# A first question this short that points at something with a pronoun ("how long does
# it last?") has nothing else to go on but the service's topic; "Who says so?", with no
# word of its own, has not even that.
SHORT_TERMS = 2
_DEFINITE = re.compile(r"\bthe\s+[a-z]", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her)\b", re.IGNORECASE)


def about_the(question: str, most: int = SHORT_TERMS) -> bool:
    """Whether a question is short (`most` terms or fewer) and about "the" something
    ("Where did the strike happen?"), which the conversation it is in must say."""
    return len(terms(question)) <= most and _DEFINITE.search(question) is not None


def standalone_question(
    question: str, history: Sequence[Turn], topic: str = "", *, leans: bool = False
) -> str:
    """The question plus the previous user question (and the answer to it, when that is
    the last turn) when it depends on them, or is short and about "the" something ("Where
    did the strike happen?"), or is known to be about it (`leans`: "What name did officials
    use?" after the claim it checks, "Draft names it the 'strategic alliance treaty'");
    with no earlier question, a short one that points with a pronoun ("how long does it
    last?", `SHORT_TERMS`) plus the service's `topic`, which is all it can be about."""
    previous = [t.content for t in history if t.role == "user" and t.content.strip()]
    if not previous:
        topic = topic.strip()
        short = 0 < len(terms(question)) <= SHORT_TERMS and _PRONOUN.search(question)
        return f"{question} ({topic})" if short and topic else question
    # "Where did the strike happen?" after a question on Soleimani's killing: a short
    # question about "the" something the conversation has been on leans on it too.
    if not leans and not needs_context(question) and not about_the(question):
        return question
    # The answer just given says what "that figure" or "that claim" refers to.
    last = history[-1]
    reply = strip_markers(last.content) if last.role == "assistant" else ""
    return f"{question} ({' '.join(filter(None, [previous[-1].strip(), reply]))})"
