"""Names a question mentions that the evidence never does. Pure.

A question about "Volodymyr Zelenskyy" or "Su-35 jets" cannot be answered from passages
that never name them, however close in meaning the passages are: the embedding model sees
"a Ukrainian president" and "fighter jets" and finds them near enough. Four kinds of name
are checked, because their absence is telling and paraphrase seldom hides them: a
person's full name (two or more capitalised words, not "the Islamic Republic", which is a
description), a model designator (S-400, Su-35, F-16), a number of two digits or more (a
year, "50 years") and an institution (a parliament, ministry, department, court or bank).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_NAME_WORD = r"[A-Z][a-z]+(?:[-'’][A-Za-z]+)*"
_FULL_NAME = re.compile(
    rf"(?<![\w’'-])(?P<before>\w+\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD})+)"
)
_DESIGNATOR = re.compile(r"(?<![\w-])[A-Za-z]{1,4}-\d{2,4}[A-Za-z]?(?![\w-])")
# A yes/no question: it opens with an auxiliary verb.
_POLAR = re.compile(
    r"^\W*(?:is|are|was|were|do|does|did|will|would|has|have|had|can|could|should)\b", re.I
)
# "2022", "50", "1,000": a number of two digits or more, not part of a designator or a word.
# "a 25-year agreement" names 25 as much as "25 years" does.
_NUMBER = re.compile(
    r"(?<![\w.,$€£-])\d[\d,]*\d(?=-(?:years?|months?|weeks?|days?|decades?)\b|(?![\w-]))"
)
# "the 1980s": a decade, mentioned by any year of it.
_DECADE = re.compile(r"(?<![\w.,$€£-])(?P<decade>\d{3})0s(?![\w-])")
_WORD = re.compile(r"[\w’'-]+")
# Capitalised words that start a question or name a title or role, not a person.
_NOT_NAMES = frozenset(
    [
        "who",
        "whom",
        "whose",
        "what",
        "which",
        "when",
        "where",
        "why",
        "how",
        "is",
        "are",
        "was",
        "were",
        "did",
        "does",
        "do",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "the",
        "a",
        "an",
        "and",
        "or",
        "but",
        "in",
        "on",
        "at",
        "of",
        "for",
        "to",
        "from",
        "by",
        "with",
        "president",
        "prime",
        "minister",
        "foreign",
        "ambassador",
        "general",
        "commander",
        "leader",
        "secretary",
        "state",
        "department",
        "ministry",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)


_INSTITUTION = re.compile(
    r"\b(parliament|legislature|ministry|ministries|department|council|court|senate|congress|"
    r"duma|majlis|banks?|committee|commission)\b",
    re.IGNORECASE,
)


def _folded(texts: Iterable[str]) -> set[str]:
    return {w.casefold().replace("’", "'") for text in texts for w in _WORD.findall(text)}


def full_names(question: str) -> list[str]:
    """Full names of people in a question ("Volodymyr Zelenskyy"), titles and question
    words left out; a capitalised phrase after "the" is a description, not a name."""
    names: list[str] = []
    for match in _FULL_NAME.finditer(question):
        if (match.group("before") or "").strip().casefold() == "the":
            continue
        # Titles split a phrase: "Ukrainian President Volodymyr Zelenskyy" names
        # "Volodymyr Zelenskyy"; "Ukrainian" alone describes him.
        segment: list[str] = []
        for word in [*match.group("name").split(), "the"]:
            if word.casefold() not in _NOT_NAMES:
                segment.append(word)
                continue
            if len(segment) >= 2:
                names.append(" ".join(segment))
            segment = []
    return names


_PROPER = re.compile(r"(?<![.?!:]\s)(?<!^)\b[A-Z][a-z]{2,}")
_NOT_PROPER = frozenset({"The", "And", "But", "What", "Which", "When", "Who", "How", "Why"})


def proper_nouns(question: str) -> list[str]:
    """The capitalised words inside a question, folded, whatever they name: "On what date
    did Trump return?" gives ["trump"]; a word that opens a sentence is not one."""
    return [
        m.group(0).casefold()
        for m in _PROPER.finditer(question.strip())
        if m.group(0) not in _NOT_PROPER
    ]


def starts_a_word(name: str, text: str) -> bool:
    """Whether a folded name (from `proper_nouns`) starts a word of the text: "iran" in
    "Iranian", not "us" in "Russian" nor "oman" in "woman"."""
    return re.search(rf"\b{re.escape(name)}", text.casefold()) is not None


def designators(question: str) -> list[str]:
    """Model designators in a question: S-400, Su-35, F-16."""
    return _DESIGNATOR.findall(question)


def numbers(question: str) -> list[str]:
    """Numbers of two digits or more in a question: a year ("the 2022 World Cup"), a count
    or a span ("50 years"). A sum ("$1000") is the answer kind's business, not a mention."""
    return [m.group(0) for m in _NUMBER.finditer(question)]


def institutions(question: str) -> list[str]:
    """Institutions a question asks about: "the Iranian parliament", "the State Department"."""
    return [m.group(0) for m in _INSTITUTION.finditer(question)]


def unmentioned(question: str, texts: Iterable[str], years: Iterable[int] = ()) -> list[str]:
    """The person names, designators, numbers and institutions of a question that no text
    mentions ("Who won the 2022 World Cup?" is not answered by an article that never says
    2022). A name counts as mentioned when any one of its words is (a surname alone is a
    mention); an institution when its noun is, in the singular or the plural; a number only
    when the question is not a yes/no one ("Will it last 50 years?" may be answered by 20).
    The `years` the texts' relative times mean count as mentioned: "last year" mentions
    2024 in an article of January 2025 (see `qa.chronology.years`)."""
    texts = list(texts)
    seen = _folded(texts)
    missing = [d for d in designators(question) if d.casefold() not in seen]
    if not _POLAR.match(question):
        # "Will it last 50 years?" is best answered by the sentence that says 20.
        shown = {m.group(0) for text in texts for m in _NUMBER.finditer(text)}
        shown |= {str(year) for year in years}
        missing += [n for n in numbers(question) if n not in shown]
        missing += [
            d.group(0)
            for d in _DECADE.finditer(question)
            if not any(n.startswith(d.group("decade")) and len(n) == 4 for n in shown)
        ]
    for institution in institutions(question):
        noun = institution.casefold()
        forms = {noun, noun.removesuffix("s"), noun + "s"}
        if noun.endswith("y"):
            forms.add(noun[:-1] + "ies")
        if noun.endswith("ies"):
            forms.add(noun[:-3] + "y")
        if not forms & seen:
            missing.append(institution)
    for name in full_names(question):
        words = _folded([name])
        if not words & seen:
            missing.append(name)
    return missing


def unnamed(text: str, texts: Iterable[str]) -> list[str]:
    """The names of a statement that no text mentions: its capitalised words inside it
    (`proper_nouns`; a plural counts as its singular: "Shaheds" is named by "Shahed"), its
    designators and its institutions. "Pezeshkian sat down with Prime Minister Mishustin"
    gives ["prime", "minister", "mishustin"] against an article that names none of them;
    numbers are left out, for a statement's figures are what may be misremembered."""
    texts = list(texts)
    seen = _folded(texts)
    joined = " ".join(texts)
    missing = [
        name
        for name in proper_nouns(text)
        if not starts_a_word(name, joined) and not starts_a_word(name.removesuffix("s"), joined)
    ]
    missing += [d for d in designators(text) if d.casefold() not in seen]
    for institution in institutions(text):
        noun = institution.casefold()
        if not {noun, noun.removesuffix("s"), noun + "s"} & seen:
            missing.append(institution)
    return missing
