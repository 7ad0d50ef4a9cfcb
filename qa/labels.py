"""A topic label before a question, read apart from it ("Hezbollah angle: who leads
Hezbollah …?" asks "Who leads Hezbollah …?"). Pure.

People writing notes, tickets, forum posts and chats name the topic first: "Re: the
signing — …", "Topic: duration. Q: …", "[Sanctions] …", "#TASS — …", "Q7 (venue): …",
"Trump angle: …", "Lavrov quote — …". The label says what the question is about; it is
not part of what is asked. Read with the question, its words were taken for the
question's: "Lavrov quote — which Russian official called the treaty …?" was refused for
a name asked of a "Lavrov quote", and "Q (the trip): why did Pezeshkian cancel …?" was
not read as a why-question at all.

A label is a few words with no question word of their own, closed by a colon, a dash or a
bracket, before a question proper (a question word or an auxiliary first, or a preposition
and then a question word: "after a war with which country …?"). A question that points
back at the label ("Re: the drones — who says Moscow used them …?") keeps it, as does a
message that is one fragment ("Lavrov's remark — which day?", `qa.fragments`).
"""

from __future__ import annotations

import re

from qa.framing import ASKS, QUESTION_WORD, capitalised, stands_alone

# "[Drones] …", "#TASS — …", "Q7 (venue): …", "Topic: duration. Q: …", "Trump angle: …".
_LABEL = re.compile(
    r"^\s*(?:\[(?P<bracket>[^\]\n]{1,40})\]\s*[:—–-]?|"
    r"(?P<words>(?:(?:re|topic|subject|subj|fwd?)\s*:\s*)?#?[\w’'/&-]+"
    r"(?:[ \t,]+#?[\w’'/&-]+){0,4}(?:\s*\([^)\n]{1,30}\))?)"
    r"\s*(?::|—|–|\s-\s|\.(?=\s+(?:q|question)\s*\d*\s*:)))\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
# A label asks nothing and says nothing of the asker: "Should Ukrainians be worried — …"
# is a question of its own (`qa.framing` wondering_lead), "I think — …" a guess.
_NO_LABEL = re.compile(
    rf"\b(?:{ASKS}|should|shall|may|might|must|i|we|you|my|our|says?|said|claims?)\b", re.I
)
# The question proper: a question word or an auxiliary first, or a preposition before a
# question word ("after a war with which country", "since which event", "in what year");
# not "Putin's focus — ties with Iran and which others?", whose label is its subject.
_QUESTION = re.compile(
    rf"^(?:(?:{ASKS})\b|(?:in|on|at|for|from|by|to|with|since|after|before|during|until|under|"
    rf"over|of|about|according)\s+(?:[\w’'-]+\s+){{0,3}}?(?:{QUESTION_WORD})\b)[^?]*\?\s*$",
    re.I | re.S,
)
# "Q:", "Question 3:": a label that marks what follows as the question.
_Q = re.compile(r"^(?:q|question|query)\s*\d*\s*:", re.I)
# "Topic: duration. Q: …" has two labels; three is as many as a message stacks.
_MAX_LABELS = 3


def unlabelled(question: str) -> str:
    """The question without the topic labels before it, or the question as it is when it
    has none, points back at one, or would be left a fragment."""
    text = question
    for _ in range(_MAX_LABELS):
        match = _LABEL.match(text)
        if match is None:
            break
        label = match.group("bracket") or match.group("words")
        if _NO_LABEL.search(label):
            break
        text = match.group("rest").strip()
        # Only "Q:" follows a label as a label of its own: "Topic: duration. Q: …", not
        # "In 2021 — no, 2020 — whom …?".
        if _QUESTION.match(text) or not _Q.match(text):
            break
    if text == question or not _QUESTION.match(text) or not stands_alone(text):
        return question
    return capitalised(text)
