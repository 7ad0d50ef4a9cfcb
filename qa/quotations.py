"""Words a question quotes that no source says. Pure.

A question built around a quotation takes for granted that someone said it: "Which Iranian
official called the Western claims about the Shahed drones “baseless”?", "On which day did
Pezeshkian say the treaty “is not directed against any third country”?". Nobody in the
article says either, yet the question is near in meaning to sentences that quote other
words of the same people, and it was answered with them. A quotation is the asker's claim
of what was said, so the sources must hold it: most of its words (`SHARE`, since people
quote from memory: "Wipe Iran off the face of the Earth" for "wipe [Iran] off the face of
the Earth"). A quotation the question only puts forward to be checked (a draft's, a
half-remembered guess) is read apart from the question before this check (`qa.framing`,
`qa.guesses`), and one it doubts or asks to have put right ("… or something like that —
what was his actual phrase?") is not checked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qa.terms import terms

# “…”, "…", ‘…’, and '…' when no word touches its marks (not "Trump's … Iran's").
_QUOTED = re.compile(
    r"“(?P<curly>[^”]{2,160})”|\"(?P<straight>[^\"]{2,160})\"|‘(?P<single>[^’]{2,160})’"
    r"|(?<![\w’'])'(?P<plain>[^']{2,160})'(?![\w’'])"
)
# Words too common to tell one quotation from another.
_COMMON = frozenset(
    terms("the a an of and or to in on at is are was were it its that this for by with as be")
)
# How much of a quotation's words the sources must hold.
SHARE = 0.75
# A quotation the asker doubts or asks to be put right: "Putin called the deal a "historic
# milestone" or something like that — what was his actual phrase?".
_DOUBTED = re.compile(
    r"\b(?:or\s+(?:something|similar|so|was\s+it|whatever)|something\s+like\s+that|"
    r"i\s+think|i\s+believe|if\s+i\s+(?:remember|recall)|actual(?:ly)?|really|instead|"
    r"exact(?:ly)?|precise(?:ly)?|correct(?:ly)?|right)\b",
    re.I,
)
# A single capitalised word quoted names what the asker refers to ("the 'Advertisement'
# line"), which the sources' text may not carry.
_ONE_NAME = re.compile(r"^[A-Z][\w’'-]*$")


def quotations(question: str) -> list[str]:
    """The phrases a question puts in quotation marks."""
    return [
        next(group for group in match.groups() if group) for match in _QUOTED.finditer(question)
    ]


def unquoted(question: str, texts: Iterable[str]) -> list[str]:
    """The quotations of a question whose words the texts do not hold (less than `SHARE` of
    them, common words aside)."""
    if _DOUBTED.search(question):
        return []
    held = {term for text in texts for term in terms(text)}
    missing = []
    for phrase in quotations(question):
        if _ONE_NAME.match(phrase.strip()):
            continue
        words = [t for t in terms(phrase) if t not in _COMMON]
        if words and sum(t in held for t in words) < SHARE * len(words):
            missing.append(phrase)
    return missing
