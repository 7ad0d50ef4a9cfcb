"""How many: the items of a list a sentence gives of what a question counts. Pure.

"How many areas does the deal cover?" is answered by a sentence that gives no number but
lists the areas: "… a range of areas including politics, security, trade, transport and
energy." The items are counted only when the list is plainly one of what is counted: it
follows the counted noun ("areas including …", "areas such as …", "areas from trade and
military cooperation to science, culture and education"), comes right before it
("the “military-political and trade-economic” relations"), or names only countries when
countries are counted ("closer ties with Iran, China, and North Korea"). Every item is a
short phrase; a list of clauses ("a Syrian opposition offensive that toppled …, and the
weakening of …") is not counted, since a comma inside an item could not be told from one
between items.
"""

from __future__ import annotations

import re

from qa.metonyms import SEATS
from qa.roles import is_country

# "How many areas …", "how many kinds of relations …", "how many foreign policy setbacks …":
# the noun counted is the last word before a verb, an auxiliary or the end ("of" goes on to
# the noun a kind or a type is of).
_COUNTED = re.compile(
    r"\bhow\s+many\s+(?:(?:kinds?|types?|sorts?|forms?)\s+of\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?P<noun>[a-z-]+)\b(?=\s+(?:are|were|is|was|do|does|did|has|have|had|will|would|can|"
    r"could|of|in|on|for|to|from|that|which|does)\b|\s*[?,.]|\s*$)",
    re.I,
)
_ITEM = r"[\w’'-]+(?:\s+[\w’'-]+){0,2}"
# "A, B, C and D", "A, B, and C", "A and B": short items, the last after "and".
_LIST = rf"(?P<list>{_ITEM}(?:,\s+{_ITEM})*,?\s+and\s+{_ITEM})"
_QUOTES = "“”\"‘’'"
_NUMBERS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
# "Iran, China, and North Korea": names, a word or two each.
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
_NAMES = re.compile(rf"(?<![\w’'-])(?P<list>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})\b")
_COUNTRY_NAMES = frozenset(SEATS.values()) | {"North Korea", "South Korea"}
_DEMONYM_ENDINGS = ("ian", "ese", "ish", "ean", "an", "i")
_COUNTRY_NOUNS = frozenset({"countries", "country", "nations", "nation", "states", "state"})


def counted(question: str) -> str | None:
    """The noun a "How many …?" question counts, as written ("areas", "relations")."""
    match = _COUNTED.search(question)
    return match.group("noun").lower() if match else None


def _singular(noun: str) -> str:
    return noun[:-3] + "y" if noun.endswith("ies") else noun.removesuffix("s")


def _items(listed: str) -> list[str]:
    parts = re.split(r",\s+and\s+|,\s+|\s+and\s+", listed.strip(_QUOTES + " "))
    return [part.strip(_QUOTES + " ") for part in parts if part.strip(_QUOTES + " ")]


def listed(text: str, noun: str) -> list[str] | None:
    """The items of the list the text gives of the noun, or None when it gives none."""
    stem = re.escape(_singular(noun))
    nouns = rf"{stem}(?:s|es|ies)?" if not noun.endswith("ies") else rf"{stem[:-1]}(?:y|ies)"
    after = re.search(
        rf"\b{nouns}\s+(?:including|such\s+as|like|namely|:)\s+{_LIST}(?=[.;]|\s*$)", text, re.I
    )
    before = re.search(
        rf"[{_QUOTES}]?(?P<list>[\w-]+(?:,\s+[\w-]+)*,?\s+and\s+[\w-]+)[{_QUOTES}]?\s+{nouns}\b",
        text,
        re.I,
    )
    # "areas from trade and military cooperation to science, culture and education"
    ranged = re.search(
        rf"\b{nouns}\s+from\s+(?P<first>{_ITEM}(?:\s+and\s+{_ITEM})?)\s+to\s+{_LIST}"
        r"(?=[.;,]|\s*$)",
        text,
        re.I,
    )
    if ranged is not None:
        return _items(ranged.group("first")) + _items(ranged.group("list"))
    for match in (after, before):
        if match is not None:
            items = _items(match.group("list"))
            if len(items) >= 2:
                return items
    if noun in _COUNTRY_NOUNS:
        for match in _NAMES.finditer(text):
            items = _items(match.group("list"))
            if len(items) >= 2 and all(_country_name(item) for item in items):
                return items
    return None


def _country_name(item: str) -> bool:
    """Whether an item names a country ("Iran", "North Korea"), not its people ("Iranian")."""
    return item in _COUNTRY_NAMES or (
        is_country(item.split()[-1]) and not item.endswith(_DEMONYM_ENDINGS)
    )


def told_count(items: list[str]) -> str:
    """The count of the items in words, capitalised ("Five"), with the items after it."""
    n = len(items)
    number = _NUMBERS[n] if n < len(_NUMBERS) else str(n)
    return f"{number.capitalize()}: {', '.join(items[:-1])} and {items[-1]}"


def list_counted(question: str, text: str) -> list[str] | None:
    """The items the text lists of what a "How many …?" question counts, or None."""
    noun = counted(question)
    return listed(text, noun) if noun is not None else None
