"""A search-box query read as the question it stands for ("trump inauguration date" as
"When was trump inauguration?"). Pure.

People type into a search box the words of what they want, not a question: "soleimani
killed year", "number of articles in treaty", "china reaction russia iran treaty". The
rules that read what a question asks for (a date, a count, a name, a reaction) read
question words; a query has none, and was answered with whatever sentence its words
were nearest ("trump inauguration date" by "The treaty was signed just days before
Trump’s return to power"). One word of the query says what it asks for: it becomes the
question word, and the rest is what the question is about.

A query is a short run of words without a question mark, question words or the start of a
sentence ("who signed russia iran pact" is read as it is); only a query with exactly one
such cue word is rewritten, so "treaty duration years" and "putin
words on deal news conference" stay as they are.
"""

from __future__ import annotations

import re

from qa.framing import ASKS, QUESTION_WORD

_OPENS_QUESTION = re.compile(
    rf"^\W*(?:{ASKS}|should|tell|give|show|list|explain|describe|please|i|my|we|you|the|a|"
    r"an|in|on|at|for|according|regarding|about|and|but|so|ok|okay|whats|whos|wheres|hows)\b",
    re.I,
)
# A question word anywhere: "framework based on agreement from what year" asks already.
_ASKS = re.compile(rf"\b(?:{QUESTION_WORD})\b", re.I)
_WORD = re.compile(r"[\w’'-]+")
_MAX_WORDS = 10
_MIN_WORDS = 2
# The cue words, each with the question it makes of the rest of the query.
_CUES: dict[str, str] = {
    "date": "When was {rest}?",
    "year": "In which year was {rest}?",
    "name": "What is the name of the {rest}?",
    "reaction": "How did {head} react to {tail}?",
    "response": "How did {head} respond to {tail}?",
    # "russia iran treaty mutual defence clause" asks whether there is one.
    "clause": "Is there a {part} clause?",
    "provision": "Is there a {part} provision?",
    "provisions": "Are there {part} provisions?",
}
# Words that name the deal or its parties, not the part of it asked about.
_DEAL_WORDS = frozenset([
    "russia", "iran", "russian", "iranian", "russia-iran", "iran-russia", "treaty", "pact",
    "deal", "agreement", "accord", "partnership", "new", "the", "in", "of",
])  # fmt: skip
_NAME_KINDS = frozenset(["official", "full", "formal", "exact"])
_NUMBER = re.compile(r"^\W*(?:number|count)\s+of\s+(?P<rest>.+)$", re.I)
# A desk note's count, question mark or not: "Russia-Iran treaty: number of articles?",
# "Number of Shahed drones Iran delivered so far?", "Casualties from drone strikes on
# Ukraine — approximately number?".
_NOTE_NUMBER = re.compile(
    r"^\W*(?:(?P<about>[^:?]{2,60}):\s*)?(?:(?:approximate(?:ly)?|exact|total)\s+)?"
    r"(?:number|count)\s+of\s+(?P<rest>[^?]+?)\s*\??\s*$",
    re.I,
)
_NOTE_NUMBER_AFTER = re.compile(
    r"^\W*(?P<rest>[^?—–:]{3,80}?)\s*(?:—|–|:)\s*(?:(?:approximate(?:ly)?|exact|total)\s+)?"
    r"(?:number|count)\s*\??\s*$",
    re.I,
)


def as_question(query: str) -> str:
    """The question a keyword query stands for, or the query itself when it is a question
    or a sentence, or its cue is missing or not alone."""
    text = query.strip()
    words = _WORD.findall(text)
    if not _ASKS.search(text) and not _OPENS_QUESTION.match(text):
        note = _NOTE_NUMBER.match(text)
        if note is not None and (text.endswith("?") or note.group("about")):
            about = f" in the {note.group('about').strip()}" if note.group("about") else ""
            return f"How many {note.group('rest')}{about}?"
        if (note := _NOTE_NUMBER_AFTER.match(text)) is not None:
            rest = note.group("rest")
            return f"How many {rest[:1].lower() + rest[1:] if rest[1:2].islower() else rest}?"
    if (
        text.endswith(("?", "."))
        or not _MIN_WORDS <= len(words) <= _MAX_WORDS
        or _OPENS_QUESTION.match(text)
        or _ASKS.search(text)
    ):
        return query
    if (number := _NUMBER.match(text)) is not None:
        return f"How many {number.group('rest')} are there?"
    cues = [i for i, w in enumerate(words) if w.lower() in _CUES]
    if len(cues) != 1:
        return query
    at = cues[0]
    cue = words[at].lower()
    template, skipped = _CUES[cue], {at}
    # "treaty official name": the name is the official one.
    if cue == "name" and at > 0 and (kind := words[at - 1].lower()) in _NAME_KINDS:
        template, skipped = f"What is the {kind} name of the {{rest}}?", {at - 1, at}
    rest = [w for i, w in enumerate(words) if i not in skipped and w.lower() != "of"]
    if not rest:
        return query
    if "{part}" in template:
        part = [w for w in rest if w.lower() not in _DEAL_WORDS]
        return template.format(part=" ".join(part)) if part else query
    if "{head}" in template:
        if at == 0 or at == len(words) - 1:
            return query
        head, tail = " ".join(words[:at]), " ".join(words[at + 1 :])
        return template.format(head=head, tail=tail)
    return template.format(rest=" ".join(rest))
