"""A fragment that names its topic first and asks after a dash or a colon, read as the
question it stands for ("Pezeshkian elected — when?" as "When was Pezeshkian elected?").
Pure.

People writing notes, headlines and quick messages put the topic first and the question
word last: "Soleimani — killed where?", "Trump's inauguration — exact date?", "Tehran
signing ceremony — who attended?", "Russia's foreign minister: name?". The rules that
read what a question asks for and what it takes for granted read a question's words in a
question's order; a fragment's topic after its question word ("When was Pezeshkian
elected?") is a question they read, and its question word alone after a dash is not: "—
when?" after a topic they never joined to it was answered with the nearest sentence, and
"— exact date?" asked no date at all.

Only a fragment of one topic and a short ask is rewritten, and only in these shapes:
- a question word alone: "Pezeshkian elected — when?" → "When was Pezeshkian elected?";
- a participle and a question word: "Soleimani — killed where?" → "Where was Soleimani
  killed?";
- "who" and a verb: "Tehran signing ceremony — who attended?" → "Who attended Tehran
  signing ceremony?";
- what is asked of the topic: "Trump's inauguration — exact date?" → "What is the exact
  date of Trump's inauguration?";
- a thing and the one who did something to it: "Photo distributor?" → "Who distributed
  the photo?", "Iran's signatory?" → "Who signed for Iran?";
- a measure in a unit: "Treaty length in pages?" → "How many pages is the treaty?".
A topic with a question word of its own ("Should Ukrainians be worried — what has Iran
given Russia?"), an ask that is a question proper ("— which day was it?") and a message of
two separators ("In 2021 — no, 2020 — whom …?") are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from qa.framing import ASKS

# One topic, one separator (a dash or a colon), one short ask, one question mark.
_FRAGMENT = re.compile(
    r"^\s*(?P<topic>[^?:—–\n]{2,80}?)\s*(?:—|–|:|\s-\s)\s*(?P<ask>[^?:—–\n]{1,40}?)\s*\?\s*$"
)
_ASKS = re.compile(rf"\b(?:{ASKS})\b", re.I)
_ALONE = re.compile(r"^(?P<word>when|where|who|why)$", re.I)
# "killed where", "held where", "signed when": a past participle, then where or when.
_DONE_WHERE = re.compile(
    r"^(?P<done>[a-z]+(?:ed|en)|held|met|made|born|built|sent)\s+(?P<word>where|when)$", re.I
)
# "who attended", "who signed": who, then a verb in the past.
_WHO_DID = re.compile(r"^who\s+(?P<did>[a-z]+ed|met|made|held|sent|took|gave|wrote|won)$", re.I)
# "exact date", "name", "full name", "source": what the topic has that is asked.
_ASPECT = re.compile(
    r"^(?P<aspect>(?:(?:exact|full|official|precise)\s+)?"
    r"(?:name|date|day|year|place|city|location|venue|source|type|kind|height|length|"
    r"duration|term|title|role|nationality|age))$",
    re.I,
)


# "Photo distributor?", "Drone supplier?": a thing and the one who did something to it,
# named by an agent noun; "Iran's signatory?" names the side it was done for.
_AGENT = re.compile(
    r"^\s*(?P<thing>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?P<agent>distributor|supplier|"
    r"provider|signatory|signer|negotiator|publisher|organi[sz]er|host)\s*\?\s*$",
    re.I,
)
_DEEDS = {
    "distributor": "distributed",
    "supplier": "supplied",
    "provider": "provided",
    "signatory": "signed",
    "signer": "signed",
    "negotiator": "negotiated",
    "publisher": "published",
    "organiser": "organised",
    "organizer": "organized",
    "host": "hosted",
}
# "Treaty length in pages?": a measure asked in a unit is a count of that unit.
_MEASURE = re.compile(
    r"^\s*(?P<topic>(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+)?)\s+(?:length|duration|size)\s+in\s+"
    r"(?P<unit>pages|words|articles|clauses|years|months|days|weeks)\s*\?\s*$",
    re.I,
)


def as_full(message: str, forms: Mapping[str, str]) -> str:
    """The question a topic-first fragment stands for, or the message as it is. `forms`
    holds the names the documents capitalise (see `qa.casing`): a topic's first word is
    put in lower case inside the question ("When was invasion of Ukraine?") unless it is
    one of them ("When was Pezeshkian elected?") or is not capitalised as a sentence's
    first word is ("IRGC")."""
    if (agent := _AGENT.match(message)) is not None and not _ASKS.search(agent.group("thing")):
        thing = _lowered(agent.group("thing"), forms)
        deed = _DEEDS[agent.group("agent").lower()]
        owner = re.fullmatch(r"(?P<side>\w+)['’]s", thing)
        if owner is not None:
            return f"Who {deed} for {owner.group('side')}?"
        the = "" if thing.lower().startswith("the ") else "the "
        return f"Who {deed} {the}{thing}?"
    if (measure := _MEASURE.match(message)) is not None and not _ASKS.search(
        measure.group("topic")
    ):
        topic = measure.group("topic")
        the = "" if topic.lower().startswith("the ") else "the "
        return f"How many {measure.group('unit').lower()} is {the}{_lowered(topic, forms)}?"
    match = _FRAGMENT.match(message)
    if match is None:
        return message
    topic, ask = match.group("topic").strip(), match.group("ask").strip()
    if _ASKS.search(topic) or len(ask.split()) > 3:
        return message
    topic = _lowered(topic, forms)
    if (alone := _ALONE.match(ask)) is not None:
        return f"{alone.group('word').capitalize()} was {topic}?"
    if (done := _DONE_WHERE.match(ask)) is not None:
        return f"{done.group('word').capitalize()} was {topic} {done.group('done').lower()}?"
    if (who := _WHO_DID.match(ask)) is not None:
        return f"Who {who.group('did').lower()} {topic}?"
    if (aspect := _ASPECT.match(ask)) is not None:
        return f"What is the {aspect.group('aspect').lower()} of {topic}?"
    return message


def _lowered(topic: str, forms: Mapping[str, str]) -> str:
    """The topic with its first word in lower case when that word is capitalised only as a
    sentence's first word is: a common word ("Invasion of Ukraine", "Photo"), not a name
    the documents capitalise ("Pezeshkian elected") nor an acronym ("IRGC")."""
    first, _, rest = topic.partition(" ")
    key = first.lower().removesuffix("'s").removesuffix("’s")
    if first.istitle() and (not rest or rest[:1].islower()) and key not in forms:
        return f"{first.lower()} {rest}".rstrip()
    return topic
