"""An open request read as the question it asks ("Explain why Putin travelled to Tehran"
as "Why Putin travelled to Tehran?"). Pure.

In a chat box people ask by asking for something: "Tell me the price Russia paid for each
drone.", "Summarise what Pezeshkian said about Israel.", "Describe where in Moscow the two
presidents met.", "Walk me through what the 2001 agreement said." The rules that read what
a question asks for (a price, someone's words, a reason, a place) read question words, and
a request hides them behind its verb: such requests were answered with whatever sentence
their words were nearest, and "Describe where …" was even read "Where did Describe …". A
request whose object is a question ("what …", "why …", "where …") asks that question; one
for "the price …" or "the date …" asks what it is. A request for a topic ("Tell me about
the 20-year term", "Describe the photo") is left as it is: it asks for what the sources
say about it.
"""

from __future__ import annotations

import re

from qa.framing import QUESTION_WORD

# "Tell me", "Explain", "Walk me through", "Fill me in on", "Can you summarise", "Please
# describe": a request to be told.
_VERB = (
    r"(?:(?:please|kindly)\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:(?:briefly|quickly|just)\s+)?"
    r"(?:tell\s+(?:me|us)|explain(?:\s+to\s+(?:me|us))?|describe|summari[sz]e|outline|"
    r"(?:walk|talk|take|run)\s+(?:me|us)\s+through|fill\s+(?:me|us)\s+in\s+on|spell\s+out|"
    r"clarify|recount|let\s+(?:me|us)\s+know|remind\s+(?:me|us))"
    r"(?:\s*,?\s+(?:briefly|exactly|precisely|quickly|please|in\s+short|in\s+brief)\s*,?)?"
)
# "… why Putin travelled to Tehran.", "… where in Moscow the two presidents met."
_ASKS_CLAUSE = re.compile(
    rf"^\W*{_VERB}\s+(?P<asked>(?:{QUESTION_WORD})\b[^?]+?)"
    r"(?:\s*,?\s*(?:please|for\s+me|thanks?|thank\s+you))?\s*[.!?]*\s*$",
    re.I | re.S,
)
# "Tell me the price …", "Tell me exactly the date …": what the thing is.
_ASKS_THING = re.compile(
    r"^\W*(?:(?:please|kindly)\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    # "Give the unit price …", "Name the date …", as a quiz asks.
    r"(?:(?:tell|let)\s+(?:me|us)(?:\s+know)?|give(?:\s+(?:me|us))?|name|identify|state|"
    # A clerk's or a lawyer's: "Kindly indicate the number …", "Please specify the date …".
    r"indicate|specify|confirm|provide|cite|set\s+out)\s+"
    r"(?:(?:exactly|precisely)\s+)?"
    r"(?P<thing>the\s+(?:exact\s+|precise\s+|unit\s+|full\s+|official\s+|total\s+|"
    r"specific\s+)?(?:price|cost|fee|date|day|year|name|number|figure|value|amount|title|term|"
    r"duration|length|article|clause|provision|section)s?\b[^?]*?)"
    r"(?:\s*,?\s*(?:please|for\s+me|thanks?|thank\s+you))?\s*[.!?]*\s*$",
    re.I | re.S,
)


# "Name the man accused of …", "Identify the commander who led …": who someone is, asked
# as a quiz asks, by what they did rather than by their office.
_ASKS_WHO = re.compile(
    r"^\W*(?:(?:please|kindly)\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
    r"(?:name|identify|indicate|specify)\s+"
    r"(?P<who>the\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:man|woman|person|people|individual|figure|commander|suspect|assassin|attacker|"
    r"culprit|plotter|mastermind|head\s+of\s+state|president|minister|official|envoy|"
    r"ambassador)s?"
    # "the Minister for Foreign Affairs of the Russian Federation who described …"
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?(?:the\s+)?[A-Z][\w’'-]*){0,4})?"
    r"\s+(?:who|that|accused|suspected|behind|responsible)\b[^?]*?)"
    r"\s*[.!?]*\s*$",
    re.I | re.S,
)


_NUMBER_OF = re.compile(
    r"the\s+(?:(?:total|exact|precise|overall)\s+)?number\s+of\s+(?P<counted>.+)", re.I | re.S
)
# "Would the Honourable Member state …?", "Will the Minister indicate …?", "The Secretariat
# requests …": a request put to a member of a house or to an office, as a written question
# or a note verbale puts it, is put to whoever answers.
_ADDRESSEE = re.compile(
    r"^\W*(?P<modal>would|will|could|can|may|might)\s+(?:the\s+)?(?:(?:right\s+)?"
    r"honou?rable|hon\.|noble|learned|distinguished)\s+(?:member|minister|lady|gentleman|"
    r"friend|lord|secretary|delegate)(?:\s+for\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?\s+"
    r"(?=(?:please\s+|kindly\s+)?(?:state|indicate|specify|identify|confirm|say|tell|set\s+out|"
    r"name|list|cite|provide|give|explain|describe|outline|clarify)\b)",
    re.I,
)
_REQUESTS = re.compile(
    r"^\W*(?:the\s+)?(?:secretariat|committee|delegation|ministry|department|desk|chair|"
    r"bureau|commission|member)\s+(?:requests|seeks|asks\s+for|would\s+welcome)\s+"
    r"(?=the\s+)",
    re.I,
)


def as_asked(request: str) -> str:
    """The question a request asks ("Summarise what Pezeshkian said about Israel." → "What
    Pezeshkian said about Israel?", "Tell me the price Russia paid." → "What is the price
    Russia paid?"), or the text itself when it is no such request."""
    request = _REQUESTS.sub(
        "Tell me ", _ADDRESSEE.sub(r"\g<modal> you ", request, count=1), count=1
    )
    if (clause := _ASKS_CLAUSE.match(request)) is not None:
        asked = clause.group("asked").strip()
        return f"{asked[:1].upper()}{asked[1:]}?"
    if (thing := _ASKS_THING.match(request)) is not None:
        # "Kindly indicate the number of drones furnished …" asks how many.
        if (counted := _NUMBER_OF.match(thing.group("thing"))) is not None:
            return f"How many {counted.group('counted').strip()}?"
        return f"What is {thing.group('thing').strip()}?"
    if (who := _ASKS_WHO.match(request)) is not None:
        return f"Who is {who.group('who').strip()}?"
    return request
