"""A question without the words that say how to answer it ("Answer in one word: who signed
it?"). Pure.

People who use chat assistants tell them how to answer: "Answer in one word: …", "Just the
number please: …", "TL;DR: …", "Yes or no, and why: …", "Quick question - …", "… Reply
with a name only.", "… Keep it short." Those words ask nothing about the sources, and the
rules that read how a question starts ("does the treaty contain …", "who was charged …")
did not see the question behind them: "TL;DR: who was charged in connection with the
alleged plot?" was answered with the sentence on Soleimani, which "Who was charged …?"
is not. So an instruction is read apart from the question, before or after it, when what
is left is a question. The answer is built from the sources as always; its citations
say what it rests on.
"""

from __future__ import annotations

import re

from qa.framing import OPENS_QUESTION, capitalised

# An instruction on the answer's form or length, as a lead or a closing sentence.
_INSTRUCTION = (
    r"(?:tl\s*;?\s*dr"
    r"|(?:please\s+)?(?:answer|reply|respond)(?:\s+(?:in|with))?\s+(?:(?:just|only)\s+)?"
    r"(?:(?:one|a\s+single|a\s+few|two|three|\d+)\s+words?|a\s+(?:name|number|date|year|word|"
    r"single\s+word|short\s+phrase)|(?:yes|no)\s+or\s+(?:yes|no))(?:\s+only)?"
    r"|(?:in\s+)?(?:one|a\s+single|a\s+few|two|three)\s+words?(?:\s+(?:please|only|max))?"
    r"|one\s+word\s+is\s+enough"
    r"|(?:give\s+me\s+|just\s+)?(?:a\s+|the\s+)?(?:one[- ]line|one[- ]word|one[- ]sentence|short|"
    r"brief|quick|straight)\s+(?:answer|reply|version)"
    r"|(?:just|only)\s+(?:the\s+)?(?:number|year|date|name|figure|place|city|country)s?"
    r"|(?:the\s+)?(?:number|year|date|name|figure)s?\s+only"
    r"|names?\s+only"
    r"|briefly|quickly|in\s+short|in\s+brief|in\s+a\s+nutshell|short\s+version"
    r"|yes\s+or\s+no(?:,?\s+(?:and|then|plus)\s+(?:why|explain|how\s+come))?"
    r"|without\s+(?:any\s+)?(?:preamble|explanation|fluff)|no\s+(?:preamble|fluff)"
    r"|quick\s+question|keep\s+it\s+(?:short|brief)|be\s+brief"
    r"|list\s+(?:them|it|those)(?:\s+briefly)?)"
    r"(?:,?\s+please)?"
)
_LEAD = re.compile(
    rf"^\W*{_INSTRUCTION}\s*(?:[:,;.!—–]|\s-)\s*(?P<rest>\S.*)$",
    re.I | re.S,
)
_TAIL = re.compile(rf"(?<=[?])\s*{_INSTRUCTION}\s*[.!]?\s*$", re.I)


def without_format(question: str) -> str:
    """The question without instructions on how to answer it, or the question itself when
    none is there or what would be left is no question."""
    text = question.strip()
    while (lead := _LEAD.match(text)) is not None and _is_question(lead["rest"]):
        text = lead["rest"].strip()
    text = _TAIL.sub("", text)
    if text == question.strip():
        return question
    return capitalised(text)


def _is_question(text: str) -> bool:
    """Whether the text opens as a question or ends with a question mark."""
    return OPENS_QUESTION.match(text) is not None or text.rstrip().endswith("?")
