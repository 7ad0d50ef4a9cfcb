"""A question put to someone the sources tell of, read as a question about them. Pure.

Readers interview the people in the news: "Mr Lavrov, on which day did you call the treaty
constructive in nature?", "TASS, which official did you cite …?", "… what did you say
in response, President Zelensky?". The service is not Lavrov and the sources never say
"you": read as written, the question was searched for with words no sentence has, its
"you" was no one the premise checks could hold to the sources, and "Mr Trump, how did you
react …?" was answered with a sentence that only names him. So the one addressed is put
where "you" and "your" stand ("On which day did Lavrov call the treaty …?", "How did Trump
react …?"), and then the question is read as any other.
"""

from __future__ import annotations

import re

# Courtesies that are no part of a name: "Mr Lavrov", "Your Excellency".
_COURTESY = r"(?:(?:mr|mrs|ms|miss|madam|madame|sir|dr|dear|your\s+excellency|excellency)\.?\s+)"
# Offices kept with the name: "President Pezeshkian", "Ambassador Jalali".
_TITLE = (
    r"(?:(?:president|prime\s+minister|foreign\s+minister|minister|ambassador|general|"
    r"commander|spokes(?:man|woman|person)|president-elect)\s+)"
)
_NAME = r"(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*)(?:\s+(?:[A-Z][\w’'-]*|al-[A-Z][\w’'-]*)){0,3}"
# "Mr Lavrov, …", "President Pezeshkian, …", "TASS, …", "Kremlin press office, …".
_LEAD = re.compile(
    rf"^\W*(?P<addressee>(?i:{_COURTESY})?(?i:{_TITLE})?(?:the\s+)?{_NAME}"
    r"(?:\s+(?i:press\s+office|press\s+service|officials?|team))?)\s*,\s+(?P<rest>.+\?)\s*$",
    re.S,
)
# "…, Mr Lavrov?", "… — Ambassador Jalali?"
_TAIL = re.compile(
    rf"^(?P<rest>.+?)\s*(?:,|—|–)\s*(?P<addressee>(?i:{_COURTESY})?(?i:{_TITLE})?{_NAME})\s*\?\s*$",
    re.S,
)
_YOU = re.compile(r"\b(?:you|your|yours|yourself|yourselves)\b", re.I)
# "did you" → "did Lavrov"; "you were" → "Lavrov was".
_FORMS: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(r"\b(did|had|will|would|could|can|should|shall|might|may)\s+you\b", re.I),
        r"\1 {n}",
    ),
    (re.compile(r"\bdo\s+you\b", re.I), "does {n}"),
    (re.compile(r"\bhave\s+you\b", re.I), "has {n}"),
    (re.compile(r"\bwere\s+you\b", re.I), "was {n}"),
    (re.compile(r"\bare\s+you\b", re.I), "is {n}"),
    (re.compile(r"\byou\s+were\b", re.I), "{n} was"),
    (re.compile(r"\byou\s+are\b", re.I), "{n} is"),
    (re.compile(r"\byou\s+have\b", re.I), "{n} has"),
    (re.compile(r"\byour(?:s)?\b", re.I), "{n}'s"),
    (re.compile(r"\byou(?:rself|rselves)?\b", re.I), "{n}"),
]
# An address is never a question word or the start of a clause: "However, who …?", "In
# 2020, whom …?".
_NOT_ADDRESSES = re.compile(
    r"^(?:however|also|and|but|so|then|now|ok|okay|well|yes|no|please|thanks|hi|hello|"
    r"in|on|at|since|after|before|during|besides|apart|according|per|for|of|by)\b",
    re.I,
)


def addressed(question: str) -> str:
    """The question with the one it is put to where "you" and "your" stand ("Mr Lavrov, on
    which day did you call it constructive?" → "On which day did Lavrov call it
    constructive?"), or the question itself when it is put to no one by name or never
    says "you"."""
    match = _LEAD.match(question) or _TAIL.match(question)
    if match is None or _NOT_ADDRESSES.match(match.group("addressee")):
        return question
    rest = match.group("rest").strip()
    if not rest.endswith("?"):
        rest += "?"
    name = re.sub(rf"^(?i:{_COURTESY})", "", match.group("addressee") + " ").strip()
    if not _YOU.search(rest) or not name or _YOU.search(name):
        return question
    for pattern, form in _FORMS:
        # The name goes in last, so that no rule reads it ("Your Excellency").
        rest = pattern.sub(lambda m, form=form: m.expand(form.format(n="\x00")), rest)
    rest = rest.replace("\x00", name)
    return rest[:1].upper() + rest[1:]
