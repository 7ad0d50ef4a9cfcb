"""A half-remembered guess before a question, and what of it is only guessed. Pure.

People ask what they half remember: "The older agreement was from 1999, right? When was it
from?", "The joint press conference was on Thursday, I think — what day was it?", "The
photo was by a Reuters photographer, wasn't it? Who took it?". The guess says what the
question is about; the value it guesses (1999, Thursday, Reuters) is the one the question
asks for, and is what is in doubt (`guess_lead`). So the pipeline reads the guess as the
turn before the question, as it reads a draft's claim (`qa.framing.claim_lead`).

The rest of the guess is what the question leans on: "Pezeshkian also sat down with Prime
Minister Mishustin, didn't he — what did they talk about?" asks of a meeting with
Mishustin, and "The Shahed drones are built at a plant in Tatarstan, aren't they — what's
the factory called?" of a plant there. Sources that never name Mishustin or Tatarstan do
not answer them. `leaned_on` is the guess without the guessed value: the words of the
kind the question asks for (the years and days of a "when", the numbers of a "how long",
the names of a "who").
"""

from __future__ import annotations

import calendar
import re

from qa.answer_types import answer_kind
from qa.framing import ASKS, OPENS_QUESTION, capitalised

# What says a statement is only half remembered: a tag ("…, right?", "…, wasn't it?") or a
# hedge ("…, I think", "…, if I remember right", "… or something").
_HEDGE = (
    r"(?:right|correct|no|yes|true|(?:was|wasn[’']t|is|isn[’']t|did|didn[’']t|does|"
    r"doesn[’']t|were|weren[’']t|are|aren[’']t|has|hasn[’']t|had|hadn[’']t)\s+(?:it|he|she|"
    r"they|that|there)|i\s+think|i\s+believe|i\s+guess|i\s+reckon|i\s+forget|i\s+suppose|"
    r"if\s+i\s+(?:remember|recall)(?:\s+(?:it\s+)?(?:right|rightly|correctly))?|"
    r"if\s+memory\s+serves(?:\s+me)?(?:\s+right)?|or\s+something(?:\s+like\s+that)?|"
    r"or\s+so|maybe|perhaps|i['’]m\s+not\s+sure|not\s+sure|or\s+am\s+i\s+wrong|"
    r"unless\s+i['’]m\s+wrong|i\s+could\s+be\s+wrong)"
)
_ASKED = rf"(?:{ASKS}|in|on|at|for|from|by|since|so)\b[^?]*\?"
# "<guess>, right? <question>?", "<guess>, I think — <question>?", "<guess> or
# something — <question>?"
_HEDGED = re.compile(
    rf"^\W*(?P<guess>[^?]{{6,}}?)[\s,]+{_HEDGE}\s*(?:\?+|[.!]|—|–|--|,)\s*(?P<asked>{_ASKED})\s*$",
    re.I | re.S,
)
# "Someone said the drones are called Shaheds? What kind of drones did Iran give Russia?":
# a statement asked with a question mark, then the question.
_UPTALK = re.compile(rf"^\W*(?P<guess>[^?]{{6,}}?)\s*\?+\s+(?P<asked>{_ASKED})\s*$", re.I | re.S)


def guess_lead(question: str) -> tuple[str, str]:
    """The half-remembered guess and the question asked after it: ("The older agreement
    was from 1999", "When was it from?"). ("", question) when nothing is guessed first, or
    the first part asks a question of its own ("Who signed it, right? And where?")."""
    text = question.strip()
    for pattern in (_HEDGED, _UPTALK):
        match = pattern.match(text)
        if match is None:
            continue
        guess = match.group("guess").strip(" ,—–-")
        if OPENS_QUESTION.match(guess):
            return "", question
        return capitalised(guess), capitalised(match.group("asked").strip())
    return "", question


# "I believe he was killed in Syria in 2019.", "I vaguely recall Lavrov speaking on Monday":
# what the asker remembers, not what a draft or a listener claims.
_REMEMBERED = re.compile(
    r"\b(?:i|we)(?:['’]ve|\s+have|\s+had)?\s+(?:\w+ly\s+)?(?:believe|believed|think|thought|"
    r"recall|remember|remembered|heard|read|assumed|guess|reckon|suppose)\b",
    re.I,
)


def remembered(claim: str) -> bool:
    """Whether a claim before a question is what the asker half remembers ("I believe he
    was killed in Syria in 2019"), not what someone else says ("The draft says …")."""
    return _REMEMBERED.search(claim) is not None


_TIME_KINDS = frozenset(["weekday", "day", "calendar", "year", "date", "month", "clock"])
_AMOUNT_KINDS = frozenset(["duration", "number", "amount", "money", "age"])
_NAME_KINDS = frozenset(["person", "name", "source"])
_MONTH = "|".join(
    sorted(
        {m.lower() for m in (*calendar.month_name, *calendar.month_abbr, "Sept") if m},
        key=len,
        reverse=True,
    )
)
_WEEKDAY = "|".join(d.lower() for d in calendar.day_name)
_SEASON = r"spring|summer|autumn|fall|winter"
_NUMBER_WORD = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"thirty|forty|fifty|hundred|hundreds|thousand|thousands|dozen|dozens|a\s+few|several"
)
# "after Crimea in 2014", "around January 20, 2025", "on Thursday", "in the spring":
# when a thing happened, as a "when" question's guess says it.
_WHEN = re.compile(
    rf"\b(?:(?:after|before|since|following|around|about|circa|in|on|from|by|during|until|"
    rf"sometime|some\s+time)\s+)+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
    rf"(?:(?:{_MONTH}|{_WEEKDAY}|{_SEASON})\b|\d|(?-i:[A-Z]))[\w’'-]*"
    rf"(?:,?\s+(?:(?:in|of|on)\s+)?(?:\d[\w’'-]*|(?-i:[A-Z])[\w’'-]*|{_MONTH}\b|{_SEASON}\b)){{0,3}}"
    rf"|\b(?:{_MONTH}|{_WEEKDAY})\b(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?|\b\d{{4}}\b",
    re.I,
)
# "for about twenty years", "25 years", "8,000 or so": an amount, as a "how long" or "how
# many" question's guess says it.
_AMOUNT = re.compile(
    rf"\b(?:(?:about|around|roughly|some|nearly|almost|over|under|more\s+than|less\s+than|"
    rf"at\s+least)\s+)?(?:\d[\d,.]*|(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))*)"
    r"(?:\s+(?:years?|months?|weeks?|days?|decades?|percent|per\s+cent|%|billion|million|"
    r"thousand))?\b",
    re.I,
)
# "by a Reuters photographer", "Jalili", "the BRICS members": the names a "who" or "which"
# question's guess offers; a place after "in" or "at" is where, not who.
_NAMES = re.compile(r"(?<!\bin\s)(?<!\bat\s)\b(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)*")
_PLACES = re.compile(r"\b(?:in|at|to|from|near)\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*")
_QUOTED = re.compile(r"[“\"«‘'][^”\"»’']{1,60}[”\"»’']")


# "What did they talk about?", "What was agreed?": what was said or settled at something the
# guess tells of, which the guess does not guess.
_TALKED = re.compile(
    r"\bwhat\s+(?:did|do|does|have|had|will)\s+(?:they|he|she|both|the\s+[\w-]+|[\w-]+)\s+"
    r"(?:talk|discuss|negotiat|agree|decide|sign|settle)\w*\b"
    r"|\bwhat\s+(?:was|were|got)\s+(?:discussed|agreed|decided|settled|talked\s+about)\b",
    re.I,
)


def leaned_on(guess: str, asked: str) -> str | None:
    """What the question `asked` after a guess leans on: the guess without what it guesses
    of the kind asked for (see `answer_kind`). The times go for a date or a day ("The older
    agreement was from 1999" → "the older agreement was from"), the amounts for a duration
    or a count, the names for a person or a name (not the place after "in"), the names and
    places for a place; nothing goes for what was talked about. None when the question asks
    for something else ("What kind were they?", "Which deal does the article mention?"),
    which may be just what the guess got wrong ("… were Mohajer drones or something")."""
    kind = answer_kind(asked)
    first, rest = guess[:1], guess[1:]
    # The first word is capitalised for being first, not for being a name.
    text = (first.lower() if rest[:1].islower() else first) + rest
    if kind in _TIME_KINDS:
        text = _WHEN.sub(" ", text)
    elif kind in _AMOUNT_KINDS:
        text = _AMOUNT.sub(" ", text)
    elif kind == "place":
        text = _NAMES.sub(" ", _PLACES.sub(" ", text))
    elif kind in _NAME_KINDS:
        text = _NAMES.sub(" ", _QUOTED.sub(" ", text))
    elif _TALKED.search(asked) is None:
        return None
    return " ".join(text.split())


def read_apart(asked: str) -> bool:
    """Whether the question after a guess is asked apart from it, the guess read as the
    turn before: when it asks for a time or an amount, whose guessed value ("from 1999",
    "around January 20") would otherwise be checked as what the question takes for
    granted. A question for a name ("Who was it really?") is read whole: alone it says
    too little to find its sentence."""
    return answer_kind(asked) in _TIME_KINDS | _AMOUNT_KINDS
