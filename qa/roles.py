"""Whose office a question asks about, and whether a sentence names someone else's. Pure.

"Who is Iran's foreign minister?" is not answered by "Russian Foreign Minister Sergei
Lavrov said …", though the two are close in meaning and the sentence names a person: the
office is right, its country is not. A question that ties an office (a minister, an
ambassador, a country's officials) to a country, by a possessive, a demonym or "of", is
checked against the offices the evidence names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from qa.metonyms import SEATS, as_countries

_QUALIFIER = r"(?:foreign|defen[cs]e|deputy|prime|supreme|finance|economy|energy|oil|interior)"
# "Kyiv's official reaction" names no office: "official" is an adjective there.
_HEAD = (
    r"(?:(?:minister|ambassador|envoy|official)s?|president|leader|spokes(?:man|woman|person)"
    # "Iran's chief negotiator": one who led its side of the talks.
    r"|(?:(?:chief|top|lead)\s+)?negotiators?"
    # Offices of bodies and cities: "the Secretary-General of the United Nations".
    r"|(?:secretar(?:y|ies)|directors?)[- ]generals?|mayors?|governors?|chancellors?)"
    r"(?!\s+(?:reaction|response|reply|name|title|visit|statement|position|report|figures?|"
    r"data|language|status|designation|ceremony|trip|talks|line|stance|view)\b)"
)
_ROLE = rf"(?:{_QUALIFIER}\s+)?{_HEAD}"
_PLACE = r"[A-Z][a-z]+"
# "Iran's foreign minister", "the Iranian foreign minister", "Iranian Foreign Minister …"
_BEFORE = re.compile(
    rf"\b(?P<owner>{_PLACE}(?:(?:,\s*|,?\s+and\s+){_PLACE})*)(?:[’']s)?\s+(?P<role>{_ROLE})\b",
    re.I,
)
_OWNER_SPLIT = re.compile(r",\s*|,?\s+and\s+", re.I)
# "the foreign minister of Iran"
_AFTER = re.compile(rf"\b(?P<role>{_ROLE})\s+of\s+(?P<owner>{_PLACE})\b", re.I)
_ALIASES = {"us": "amer", "usa": "amer", "uk": "brit", "britain": "brit", "england": "brit"}
_NOT_OWNERS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "former",
        "new",
        "who",
        "whose",
        "which",
        "what",
    }
)


@dataclass(frozen=True, slots=True)
class Office:
    """An office and the country it belongs to, both folded ("foreign minister", "iran")."""

    role: str
    owner: str


def country(word: str) -> str:
    """A country's name or demonym folded to a stem that both share: "Iranian" and "Iran's"
    give "iran", "Russian" and "Russia" give "russ", "Syrian" gives "syr" and "Syria"
    "syri" (see `_same_country`). Four letters tell countries apart well enough ("iran"
    and "iraq" differ); "Austria" and "Australia" do not."""
    word = word.casefold().replace("’", "'").removesuffix("'s")
    if word in _ALIASES:
        return _ALIASES[word]
    for suffix in ("ian", "ese", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:4]


# "the minister of foreign affairs of Iran" is Iran's foreign minister.
_PORTFOLIO = re.compile(
    r"\bminister\s+(?:of|for)\s+(?:the\s+)?(foreign\s+affairs|defen[cs]e|finance|economy|"
    r"energy|oil|interior)\b",
    re.I,
)
_SHORT_FORM = {"foreign affairs": "foreign"}


def offices(text: str) -> list[Office]:
    """The offices a text names, with the country each belongs to ("" when it does not say)."""
    text = _PORTFOLIO.sub(
        lambda m: f"{_SHORT_FORM.get(' '.join(m.group(1).lower().split()), m.group(1))} minister",
        text,
    )
    found: list[Office] = []
    owned_after: set[int] = set()  # where "… minister of Iran" names its role
    for pattern in (_AFTER, _BEFORE):
        for match in pattern.finditer(text):
            # "Iranian and Russian officials" are two countries' officials.
            owners = [
                o
                for o in _OWNER_SPLIT.split(match.group("owner"))
                if o[0].isupper() and o.casefold() not in _NOT_OWNERS
            ]
            # "an official" asks about "officials"
            role = " ".join(match.group("role").casefold().split()).removesuffix("s")
            found.extend(Office(role, country(owner)) for owner in owners)
            if owners and pattern is _AFTER:
                owned_after.add(match.end("role"))
            elif not owners and pattern is _BEFORE and match.end("role") not in owned_after:
                found.append(Office(role, ""))  # "toppled President Bashar al-Assad"
    return found


# The countries the service knows by name, folded ("iran", "russ", "amer" for the US);
# "States" and "Union" alone name none.
_COUNTRIES = (
    frozenset(country(place.split()[-1]) for place in SEATS.values())
    - {country("States"), country("Union")}
) | {country("US"), country("UK")}


def is_country(word: str) -> bool:
    """Whether a word is a country's name or demonym ("Iran", "Iranian", "Russia's",
    "American"), not a name that merely starts like one."""
    folded = country(word)
    return len(folded) >= 3 and any(_same_country(folded, c) for c in _COUNTRIES)


def _same_country(a: str, b: str) -> bool:
    """Whether two folded owners are one country: "syri" (Syria) and "syr" (Syrian) are."""
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def same_country(a: str, b: str) -> bool:
    """Whether two words name one country, by its name or its demonym: "China" and
    "Chinese", "Iran's" and "Iranian"."""
    return _same_country(country(a), country(b))


def _head(role: str) -> str:
    return role.split()[-1]


def _owned_offices(question: str) -> list[Office]:
    """The offices a question ties to a country ("Iran's foreign minister"; "Tehran's
    ambassador" is Iran's, see `qa.metonyms`)."""
    return [o for o in offices(as_countries(question)) if o.owner]


def other_office(question: str, texts: Iterable[str]) -> bool:
    """Whether the texts name the office the question asks about only as another country's:
    True for "Who is Iran's foreign minister?" against "Russian Foreign Minister Sergei
    Lavrov"; False when a text names Iran's, names the office without saying whose it is,
    or does not name that office at all."""
    # "Tehran's ambassador", "Kremlin officials": a capital or seat owns its country's.
    asked = _owned_offices(question)
    if not asked:
        return False
    named = [o for text in texts for o in offices(text)]
    for office in asked:
        # "the minister" asks about any minister; "the foreign minister" only about that one.
        same = [o for o in named if office.role in (o.role, _head(o.role))]
        # An office whose country the text does not say may be the one asked about.
        if not same or any(not o.owner or _same_country(o.owner, office.owner) for o in same):
            return False
    return True


def other_role(question: str, text: str) -> bool:
    """Whether the text names only other offices of the country whose office the question
    asks about: "How did the Russian president characterise the treaty?" is not answered by
    the words of "Russian Foreign Minister Sergei Lavrov". False when the text names the
    office asked (a leader for a president), or no office of that country."""
    asked = _owned_offices(question)
    named = [o for o in offices(text) if o.owner]
    same_owner = [o for o in named for a in asked if _same_country(o.owner, a.owner)]
    if not same_owner:
        return False
    return not any(_same_office(a.role, o.role) for o in same_owner for a in asked)


# What a question's "leader" or "boss" of a country may be answered by: the office its
# head holds ("Iranian President Masoud Pezeshkian").
_HEADS_OF_STATE = frozenset({"leader", "president"})


def _same_office(asked: str, role: str) -> bool:
    """Whether a text's role is the office asked about: the same, its head ("minister" for
    "foreign minister"), or, for a leader or a president, the other."""
    return asked in (role, _head(role)) or (asked in _HEADS_OF_STATE and role in _HEADS_OF_STATE)


# An envoy is an ambassador.
_ONE_ROLE = {"envoy": "ambassador"}
# A name right after the office, or after where it is held ("Ambassador to Russia Kazem …").
_NAMED_AFTER = re.compile(r"(?:\s+(?:to|in)\s+[A-Z][a-z]+)?\s+[A-Z][a-z]")


def names_holder(question: str, text: str) -> bool:
    """Whether the text names, by name, the holder of an office the question ties to a
    country: "Iranian President Masoud Pezeshkian" for "Who is the president of Iran?"
    and for "Who is the leader of Iran?", not "President Bashar al-Assad, a key … Iranian
    ally" (whose office the text does not say is Iran's) nor "Iranian and Russian leaders"
    (no one by name)."""
    asked = _owned_offices(question)
    if not asked:
        return False
    for match in _BEFORE.finditer(text):
        if _NAMED_AFTER.match(text, match.end()) is None:
            continue
        role = " ".join(match.group("role").casefold().split())
        owners = [country(o) for o in _OWNER_SPLIT.split(match.group("owner")) if o[0].isupper()]
        for office in asked:
            fits = _same_office(_ONE_ROLE.get(office.role, office.role), role)
            if fits and any(_same_country(o, office.owner) for o in owners):
                return True
    return False


# Offices no other names stand for: "the Kremlin spokesperson" is not its foreign minister.
# (A title of two words, "supreme leader", "secretary general", is one by its space.)
_OWN_OFFICES = frozenset(
    {
        "spokesperson",
        "negotiator",
        "secretary-general",
        "director-general",
        "mayor",
        "governor",
        "chancellor",
    }
)
# A spokesman, a spokeswoman: a spokesperson.
_SPOKESMAN = re.compile(r"\bspokes(?:man|woman)\b")


def unnamed_office(question: str, texts: Iterable[str]) -> str | None:
    """An office of a particular kind ("supreme leader", "defence minister") that the
    question asks about and no text names, whoever's: "Who is the supreme leader of Iran?"
    is not answered by texts that name only presidents, nor "Which Kremlin spokesperson
    …?" by texts that name only ministers. None when the texts name it, or the
    question asks about no such office ("Who is Iran's president?" is left to
    `other_office`)."""
    named = {_SPOKESMAN.sub("spokesperson", o.role) for text in texts for o in offices(text)}
    for office in offices(as_countries(question)):
        role = _SPOKESMAN.sub("spokesperson", office.role)
        if (" " in role or role in _OWN_OFFICES) and role not in named:
            return office.role
    return None


# "Who is the president of Ukraine?": the office is all the question says of the person.
_WHO_HOLDS = re.compile(
    rf"^\W*who\s+(?:is|was|'s|’s)\s+(?:the\s+|{_PLACE}[’']s\s+|{_PLACE}\s+)?(?:{_QUALIFIER}\s+)?"
    rf"{_HEAD}(?:\s+(?:of|to|in)\s+(?:the\s+)?{_PLACE})*\s*\??\s*$",
    re.I,
)


def asks_holder(question: str) -> bool:
    """Whether a question asks who holds an office it ties to a country: "Who is the
    president of Ukraine?", "Who is Iran's ambassador to Russia?"."""
    return _WHO_HOLDS.match(question) is not None and bool(_owned_offices(question))


# "What did Iran's supreme leader say …?", "How did the Israeli prime minister react?": the
# office is who the question asks about.
_OFFICE_ASKED_OF = re.compile(
    r"^\W*(?:what|how|why|when|where)\s+(?:did|does|do|has|have|had|will|would|is|was)\s+"
    rf"(?:the\s+)?(?:{_PLACE}(?:[’']s)?\s+)?(?:{_QUALIFIER}\s+)?{_HEAD}\b",
    re.I,
)


def asks_of_office(question: str) -> bool:
    """Whether a question asks what the holder of an office said or did, the office being
    all it says of him: "What did Iran's supreme leader say about the pact?"."""
    return _OFFICE_ASKED_OF.match(question) is not None
