"""The source a question names for its answer, and whether a sentence cites it. Pure.

"In what way has Iran helped Russia's war in Ukraine, according to Ukrainian and Western
officials?" names whom the answer is to come from. The sentence that cites them ("…,
according to Ukrainian and Western officials") answers it; a nearer one that only names
Western officials ("a move that has alarmed Western officials") does not. "According to
the article" names no source: the whole article is the answer's source.
"""

from __future__ import annotations

import re

from qa.answer_types import SPEECH_VERB
from qa.terms import terms

_ARTICLE = (
    r"(?:the\s+|this\s+)?(?:article|piece|report|story|text|author|coverage|sources?|it|this)"
)
# "…, according to Ukrainian and Western officials?", "According to TASS, how long …?"
_SOURCE = re.compile(
    rf"(?:^\W*|,\s*|\s)(?:according\s+to|as\s+reported\s+by|citing)\s+(?!{_ARTICLE}\b)"
    r"(?P<source>[^,?.;!]+?)(?=\s*[,?.;!]|\s*$)",
    re.I,
)
# Where a sentence says whom it has something from: "according to Ukrainian and Western
# officials", "citing Iranian Ambassador …", "TASS reported", "Lavrov said".
_CITES = re.compile(
    rf"\b(?:according\s+to|citing|quoting|{SPEECH_VERB}|reported)(?:\s+[\w’'-]+){{1,6}}"
    rf"|(?:[\w’'-]+\s+){{1,6}}(?:{SPEECH_VERB}|reported)\b",
    re.I,
)


def named_source(question: str) -> str | None:
    """The source a question asks its answer to come from ("Ukrainian and Western
    officials"), or None when it names none or only the article."""
    found = _SOURCE.search(question)
    return found.group("source") if found else None


def cites(text: str, source: str) -> bool:
    """Whether the text says it has something from the source: every word of the source
    (by its stem) in one phrase that cites ("according to …", "… said")."""
    wanted = set(terms(source))
    return bool(wanted) and any(wanted <= set(terms(m.group(0))) for m in _CITES.finditer(text))
