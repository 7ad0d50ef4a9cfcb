"""Turn a follow-up question into a standalone one for retrieval. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from qa.citations import strip_markers
from qa.mentions import full_names
from qa.premises import other_deal
from qa.schemas import Turn
from qa.terms import terms

_ANAPHORA = re.compile(
    r"\b(it|its|they|them|their|this|that|these|those|he|him|his|she|her|there|then|"
    r"the (deal|pact|treaty|agreement|accord|document|two|leaders|countries|meeting))\b",
    re.IGNORECASE,
)


_HE_OR_SHE = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)


def resolve_person(question: str, history: Sequence[Turn]) -> str:
    """The question with its "he" or "she" replaced by the one person the answer just given
    names: after "Sergei Lavrov.", "What did he say about the United States?" asks what Lavrov
    said, which the checks on reported speech can then hold the sources to.
    So is the one person a claim told before the question names ("I have Lavrov down as
    deputy prime minister. On which day did he speak?"). Unchanged when the last turn
    does not name exactly one person, except that a surname it gives in full is named in
    full (`_named_in_full`)."""
    if not history:
        return question
    names = full_names(strip_markers(history[-1].content))
    question = _named_in_full(question, names)
    surnames = {name.split()[-1] for name in names}
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


# "Especially in which area?", "And in what year?", "What about Iran?": a question that
# opens by going on from the last answer.
_GOES_ON = re.compile(
    r"^\W*(?:and|but|so|also|especially|particularly|mainly|mostly|chiefly|even|"
    r"what about|how about|in particular)\b",
    re.IGNORECASE,
)


def needs_context(question: str) -> bool:
    """A question that leans on earlier turns: pronouns, an opening that goes on from the
    last answer ("Especially in which area?"), or at most one word of its own ("On what
    date?"); "What is the capital of Australia?" stands alone."""
    return bool(_ANAPHORA.search(question) or _GOES_ON.match(question)) or len(terms(question)) <= 1


# A first question this short that points at something with a pronoun ("how long does
# it last?") has nothing else to go on but the service's topic; "Who says so?", with no
# word of its own, has not even that.
SHORT_TERMS = 2
_DEFINITE = re.compile(r"\bthe\s+[a-z]", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her)\b", re.IGNORECASE)


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
    about_the = len(terms(question)) <= SHORT_TERMS and _DEFINITE.search(question) is not None
    if not leans and not needs_context(question) and not about_the:
        return question
    # The answer just given says what "that figure" or "that claim" refers to.
    last = history[-1]
    reply = strip_markers(last.content) if last.role == "assistant" else ""
    return f"{question} ({' '.join(filter(None, [previous[-1].strip(), reply]))})"
