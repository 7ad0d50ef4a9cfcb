"""Who holds which office, in the documents' own words; a sentence that names someone by
name alone read with the office. Pure.

News writing names a leader once with the office ("Russian President Vladimir Putin") and
then by name alone ("Putin’s foreign policy", "Pezeshkian said …"). A question that asks
by office ("what does the Russian leader say he is trying to push back against?") is far
in meaning (MiniLM) from the sentence that names him only: 0.47 from "… Putin’s foreign
policy as he seeks to challenge … hegemony". The documents themselves say who holds each
office, so such a sentence is also read with it ("Russian President Putin’s foreign
policy …"), and the nearer cosine counts (as for "the two countries", see `qa.pairs`).
Reading the question with the name instead would bring every sentence that names the man
nearer, the photo caption as much as his words.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from qa.roles import country

_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+(?:al-)?[A-Z][\w-]+){1,2})"
# "Russian President Vladimir Putin", "Russia’s President Vladimir Putin", "Iranian
# Ambassador to Russia Kazem Jalali", "Russian Foreign Minister Sergei Lavrov".
_TITLED = re.compile(
    r"\b(?P<owner>[A-Z][a-z]+(?:[’']s)?)\s+"
    r"(?P<office>President|Prime Minister|Foreign Minister|Defen[cs]e Minister|Ambassador"
    r"|Supreme Leader)(?:\s+to\s+[A-Z][a-z]+)?\s+" + _NAME
)


@dataclass(frozen=True, slots=True)
class Holder:
    """Who holds an office, and the words a document names the office with."""

    name: str
    title: str  # "Russian President"

    @property
    def surname(self) -> str:
        """The last word of the name ("Putin")."""
        return self.name.split()[-1]


def office_holders(texts: Iterable[str]) -> dict[tuple[str, str], Holder]:
    """Who holds each (country, office) the texts name before a name: ("russ",
    "president") → Vladimir Putin, "Russian President". An office named with several
    people keeps the one named most often, and none on a tie (a collection of history
    names many presidents)."""
    seen: defaultdict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    titles: dict[tuple[str, str], str] = {}
    for text in texts:
        for match in _TITLED.finditer(text):
            # One office however it is spelt: "Defense Minister" is "defence minister".
            office = match.group("office").lower().replace("defense", "defence")
            key = (country(match.group("owner")), office)
            seen[key][match.group("name")] += 1
            titles.setdefault(key, f"{match.group('owner')} {match.group('office')}")
    holders = {}
    for key, names in seen.items():
        (first, top), *rest = [*names.most_common(2), ("", 0)]
        if rest[0][1] < top:
            holders[key] = Holder(first, titles[key])
    return holders


def by_surname(holders: Mapping[tuple[str, str], Holder]) -> dict[str, Holder]:
    """The holders by surname, for `with_offices` (a surname two holders share names
    neither)."""
    counts = Counter(h.surname for h in holders.values())
    return {h.surname: h for h in holders.values() if counts[h.surname] == 1}


_CAPITALISED = re.compile(r"\b[A-Z][\w-]+\b")


def with_offices(text: str, surnames: Mapping[str, Holder]) -> str:
    """The text with the office put before each holder it names by surname alone
    ("Putin’s foreign policy" → "Russian President Putin’s foreign policy"), `surnames`
    from `by_surname`; the text itself when it names none, or names each with a title."""
    named = {m.group(0) for m in _CAPITALISED.finditer(text)} & surnames.keys()
    for surname in sorted(named):
        first = re.search(rf"\b{re.escape(surname)}\b", text)
        if first is None or any(m.end() == first.end() for m in _TITLED.finditer(text)):
            continue
        text = f"{text[: first.start()]}{surnames[surname].title} {text[first.start() :]}"
    return text
