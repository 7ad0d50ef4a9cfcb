"""Requests that a cited answer from the sources cannot meet. Pure.

treaty-qa answers with what its documents say and cites the sentences it rests on. A request
for a procedure ("How do I change a tyre?"), for something written to order ("Write a
haiku …") or for a recommendation ("Can you recommend a framework?") asks for something no
sentence of any source is: with an encyclopedia in the store, the nearest sentence would be
a definition of tyres or haiku, quoted as if it answered. Such requests are refused whatever
is stored.
"""

from __future__ import annotations

import re

_POLITE = r"(?:please\s+|(?:can|could|would|will)\s+you\s+(?:please\s+)?)?"
_REQUESTS = re.compile(
    r"^\s*(?:"
    r"how\s+(?:do|can|should|would|could)\s+(?:i|we)\b|how\s+to\b"  # a procedure for the asker
    rf"|{_POLITE}(?:write|compose|draw|paint|sing)\b"  # something made to order
    r"|(?:can|could|would)\s+you\s+(?:please\s+)?(?:recommend|suggest)\b"  # advice
    r"|(?:what|which)\s+\w+\s+(?:do|would)\s+you\s+(?:recommend|suggest)\b"
    r"|what(?:'s|’s|\s+is)\s+the\s+best\s+way\b|should\s+i\b"
    r")",
    re.IGNORECASE,
)

# Live conditions: "what's the weather like in Moscow right now", "What time is it in
# Tehran?". Nothing stored says what holds at the moment of asking.
# So is the weather, now, to come or as it usually is: "What will the weather be like in
# Moscow next week?", "Unrelated, but what's the weather usually like there in January?".
_LIVE = re.compile(
    r"^\W*(?:what\s+time\s+is\s+it\b|(?:is|will)\s+it\s+(?:rain|snow)\w*\b)"
    r"|\bwhat(?:'s|’s|s|\s+is|\s+will\s+be|\s+will)\s+the\s+(?:weather|forecast|temperature)\b"
    r"|\b(?:weather|forecast|temperature)\b.*\b(?:right\s+now|today|tonight|tomorrow|"
    r"currently|at\s+the\s+moment|this\s+week(?:end)?|next\s+(?:week|month|weekend)|"
    r"usually\s+like)\b",
    re.IGNORECASE,
)


def beyond_the_sources(question: str) -> bool:
    """Whether a question asks for a procedure, a piece of writing, advice or live conditions
    rather than for what the sources say: "How do I make pancakes?", "Write a haiku about
    autumn.", "Can you recommend a framework?", "What's the weather in Moscow right now?"
    are; "How did Putin describe the deal?" and "What did the article write about drones?"
    are not."""
    return bool(_REQUESTS.search(question) or _LIVE.search(question))
