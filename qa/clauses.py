"""A clause that only says which thing a question means, set apart from what it asks. Pure.

A question may name what it asks about by something else the article says of it: "How long
is the deal that Putin called a “real breakthrough” expected to remain in force?", "Which
Iranian commander was killed on the orders of the president who withdrew from the nuclear
deal?". The clause ("that Putin called a “real breakthrough”") is nearer in meaning to its
own sentence than the question's main clause is to the one that answers it, so the
sentence on the breakthrough is found and the one on the 20 years is not. Read without the
clause, the question is searched for and checked as asked ("How long is the deal expected
to remain in force?").

Only a clause that leaves the question words of its own does so: "Who is the official who
was cited by TASS?" asks nothing without its clause, which is the question.
"""

from __future__ import annotations

import re

from qa.terms import terms

# What the question keeps of its own, beyond the thing the clause describes.
OWN_TERMS = 2

# The verbs a question's main clause goes on with after its subject: "… did the Iranian
# leader who met Putin at the Kremlin say …", "What has the US leader who ordered …
# threatened …".
_MAIN_VERB = (
    r"(?:say|said|says|see|sees|seek|seeks|seeking|mean|means|meant|want|wants|think|thinks|"
    r"call|calls|called|describe|describes|described|expect|expects|expected|cover|covers|"
    r"meet|met|threaten|threatens|threatened|warn|warns|warned|sign|signs|signed|visit|"
    r"visited|give|gave|provide|provided|hold|held|face|faced|view|viewed|claim|claims|"
    r"claimed|use|used|tell|told|order|ordered|reach|reached|plan|plans|planned)"
)
# "that" and "which" open a clause when a verb, a name or an article comes next ("that
# Putin called", "which has been renewed", "that the agency distributed"); not when a noun
# does ("…, which agreement was the framework based on?" asks which).
_RELATIVE_NEXT = (
    r"(?:(?:has|have|had|is|are|was|were|will|would|can|could|may|might|did|does|do)\b"
    r"|[a-z]+(?:ed|s)\b|(?-i:[A-Z])|(?:the|a|an|its|their|his|her)\s)"
)
# The people news names by what they did ("the president who withdrew …").
_PERSONS = r"(?:president|leaders?|commander|general|officials?|diplomat|minister|ambassador|envoy)"
# Only a noun for the people, countries, deals and events news names this way: "wrote that
# the two leaders met" and "will enhance which two kinds of relations" have none.
_NOUN = (
    rf"(?:{_PERSONS}|deal|treaty|pact|agreement|accord|country|countries|nation|nations|state|"
    r"group|war|offensive|meeting|summit|agency|ally|side|administration)"
)
# "the deal that Putin called …", "the president who withdrew …", "the US leader whose
# return …", "the pact signed by two of …", "the Western officials, who say …,": such a
# noun (not a preposition: "the day on which …" is left alone) and the relative or
# participle clause after it.
_HEAD = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[\w’'-]+\s+){0,3}?"
    + _NOUN
    + r"(?=(?P<comma>,)?\s+(?:(?:who|whom|whose)\s|(?:that|which)\s+"
    + _RELATIVE_NEXT
    + r"|"
    r"[a-z]+ed\s+by\s))"
)
# Where a clause that does not open with a comma ends: after a closing quote, or at a comma
# or the end; or, when the noun is the main clause's subject, before that clause's verb
# (after two words of its own at least).
_QUOTED_END = re.compile(r"^[^?,.—–“”]*?“[^”]*”")
_VERB_END = re.compile(r"^\s*\S+(?:\s+[^?,.—–\s]+){2,}?(?=\s+" + _MAIN_VERB + r"\b)")
_PLAIN_END = re.compile(r"^[^?,.—–]+?(?=\s*[,?—–]|\s*$)")
# "did the Iranian leader who …", "What has the US leader who …", "The president who …":
# the noun is the subject, and its verb comes after the clause.
_SUBJECT_BEFORE = re.compile(
    r"(?:^\W*|\b(?:did|does|do|has|have|had|is|are|was|were|will|would|can|could)\s+)$", re.I
)


# "the name of the Iranian president who …", "Who is the Iranian president who …?": the
# person the question asks for, whom the clause says.
_PERSON = re.compile(rf"\b{_PERSONS}$")
_ASKED_FOR = re.compile(
    r"(?:\b(?:name|names|identity)\s+of\s+|\bwho\s+(?:is|was|are|were)\s+)$", re.I
)
# The question a comma-closed clause goes on to: "…, which has been renewed, how long …?".
_ASKING = re.compile(r"\s*(?:what|which|who|whom|whose|when|where|why|how)\b", re.I)


def without_clause(question: str) -> str:
    """The question without a clause that says which thing it asks about, when what is
    left asks something of its own (`OWN_TERMS`); the question itself otherwise."""
    head = _HEAD.search(question)
    if head is None:
        return question
    # "What is the full name of the Iranian president who signed the pact?", "Who is the
    # Iranian president who signed it?": the clause says whom the question asks for, and the
    # sentence that answers it tells of both.
    if _ASKED_FOR.search(question[: head.start()]) and _PERSON.search(head.group(0)):
        return question
    start = head.end()
    if head.group("comma"):
        # ", who say Moscow has used Iranian drones against Ukraine," is closed by a comma.
        closing = question.find(",", start + 1)
        if closing == -1 or "." in question[start:closing]:
            return question
        # "Unlike the 2001 agreement, which has been renewed, how long …?" keeps a comma
        # before the question it goes on to; "the treaty, whose …, include …" none.
        end = closing if _ASKING.match(question, closing + 1) else closing + 1
    else:
        after = question[start:]
        subject = _SUBJECT_BEFORE.search(question[: head.start()]) is not None
        # The nearest end: "the president who withdrew from the deal warned the US would
        # “wipe …”" ends before "warned", not after the quote.
        ends = [m.end() for m in (_QUOTED_END.search(after), _VERB_END.search(after)) if m]
        if subject and ends:
            end = start + min(ends)
        elif (quoted := _QUOTED_END.search(after)) or (quoted := _PLAIN_END.search(after)):
            end = start + quoted.end()
        else:
            return question
    rest = " ".join(f"{question[:start]} {question[end:]}".split())
    rest = re.sub(r"\s+([?,.])", r"\1", rest)
    asked = set(terms(head.group(0)))
    own = [t for t in terms(rest) if t not in asked]
    return rest if len(own) >= OWN_TERMS else question
