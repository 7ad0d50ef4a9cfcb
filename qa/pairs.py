"""Who "the two countries" are: the pair a document's title names. Pure.

"The current framework between the two countries is based on a 2001 agreement" says
nothing about Russia or Iran to an embedding model, so "What are relations between Russia
and Iran based on?" finds it far less near (cosine 0.43) than sentences that name either
country (0.74). Read with the pair its title names ("Iran and Russia sign …"), as "the two
countries, Iran and Russia,", it is the nearest (0.75).
"""

from __future__ import annotations

import re

# "Iran and Russia sign …", "Russia–Iran treaty": two capitalised names joined.
_PAIR = re.compile(r"\b([A-Z][a-z]{2,})(?:\s+and\s+|\s*[-–]\s*)([A-Z][a-z]{2,})\b")
_THE_TWO = re.compile(
    r"\b(?:the two|both|the pair of) (?:countries|nations|states|governments)\b", re.I
)


def title_pair(title: str) -> str | None:
    """The pair a title names ("Iran and Russia"), or None."""
    match = _PAIR.search(title)
    return f"{match.group(1)} and {match.group(2)}" if match else None


def name_the_pair(text: str, pair: str | None) -> str:
    """The text with `pair` after each "the two countries" ("both nations", …), as an
    aside; unchanged without a pair."""
    if pair is None:
        return text
    return _THE_TWO.sub(lambda m: f"{m.group(0)}, {pair},", text)


def with_title_pair(text: str, title: str) -> str:
    """The text with "the two countries" named after the pair its document's `title`
    names (see `name_the_pair`)."""
    return name_the_pair(text, title_pair(title))
