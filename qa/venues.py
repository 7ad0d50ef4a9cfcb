"""Where a question says the signing was, held to where the sources say it was. Pure.

"Who signed the treaty in Tehran?", "Tehran signing ceremony — who attended?" and "On
what date was the pact signed in Ankara?" take for granted a place the deal was signed
in. News tells where the signers met ("… meet at the Kremlin in Moscow", "At a joint
news conference with Pezeshkian in Moscow …"), not where the pen touched paper, and the
sentence that tells of the signing ("Pezeshkian and Putin have signed a cooperation
pact") names no place at all; so the question was answered with it, whatever place it
said. A place the question puts the signing in must be named by a sentence of the
answering document that tells of a signing or of the signers' meeting ("relations between
Tehran and Moscow" does not); otherwise the sources do not say the signing was there.

Questions that ask where ("Where was it signed — Tehran?"), ask whether ("Was the treaty
signed in Tehran?"), or offer places to choose from are read elsewhere and not here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.metonyms import SEATS

# A capitalised name that is no month or day: "signed in January" says when.
_PLACE = (
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
# "signed … in Tehran", "the signing ceremony in Tehran", "Tehran signing ceremony".
_SIGNED_IN = re.compile(
    rf"\bsign(?:ed|ing)\b(?:\s+(?:ceremony|ceremonies|summit|meeting))?(?:\s+[\w’'-]+){{0,4}}?"
    rf"\s+(?:in|at)\s+(?:the\s+)?(?P<place>{_PLACE})\b"
    # Not "Russia and Iran signing some big pact": a place names a ceremony.
    rf"|\b(?P<before>{_PLACE})\s+signing\s+(?:ceremony|ceremonies|summit|meeting|event)\b",
    re.I,
)
# A question that asks where, or whether: not this module's to read.
_WHERE_OR_WHETHER = re.compile(
    r"^\W*(?:where|(?:in|at)\s+(?:which|what)\b|is|are|was|were|do|does|did|has|have|had|"
    r"can|could|will|would)\b|\bor\b",
    re.I,
)
# A sentence that tells of a signing or of the signers' meeting.
_SIGNING_OR_MEETING = re.compile(
    r"\b(?:sign(?:ed|ing|s)?|meet|meets|met|meeting|summit|news\s+conference|talks|"
    r"visit(?:ed|ing)?|ceremony)\b",
    re.I,
)


def unplaced_signing(question: str, sentences: Iterable[str]) -> str | None:
    """The place a question says the signing was in when none of the sentences (those of
    the answering document) that tell of a signing or a meeting names it, or None."""
    if _WHERE_OR_WHETHER.search(question):
        return None
    match = _SIGNED_IN.search(question)
    if match is None:
        return None
    place = match.group("place") or match.group("before")
    if place.casefold() in {"the", "this", "that"}:
        return None
    told = [s for s in sentences if _SIGNING_OR_MEETING.search(s)]
    if not told or any(_names(place, s) for s in told):
        return None
    return place


def _names(place: str, text: str) -> bool:
    """Whether the text places something in the place ("in Moscow", "at the Kremlin",
    "visit to Russia"), or, for a country, in one of its seats ("Russia" by "the Kremlin in
    Moscow"); a city is not placed by its country, nor by its name as a government's
    ("Pezeshkian’s visit to Russia comes after Tehran faced …" is no visit to Tehran)."""
    return any(
        re.search(rf"\b(?:in|at|to)\s+(?:the\s+)?{re.escape(name)}\b", text, re.I)
        for name in (place, *(seat for seat, country in SEATS.items() if country == place))
    )
