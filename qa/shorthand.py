"""Chat shorthand in a question written out ("how many yrs does the deal last w/ iran").
Pure.

People type into a chat widget the way they text: "abt", "w/", "yrs", "govt". MiniLM and
the rules read words, so a question is written out before anything else reads it. Only
lower-case forms are read as shorthand ("U.S." is not "you"), and only forms that mean
one thing in questions about the news ("mil" could be military or million: left alone).
"""

from __future__ import annotations

import re

SHORTHAND: dict[str, str] = {
    "abt": "about", "bout": "about", "w/": "with", "w/o": "without", "b/c": "because",
    "bc": "because", "cuz": "because", "coz": "because", "thru": "through",
    "yrs": "years", "yr": "year", "mos": "months", "wks": "weeks", "hrs": "hours",
    "govt": "government", "govts": "governments", "gov": "government",
    "pres": "president", "prez": "president", "intl": "international",
    "agmt": "agreement", "agrmt": "agreement", "ppl": "people", "info": "information",
    "tho": "though", "b4": "before", "yday": "yesterday", "sth": "something",
    "smth": "something", "u": "you", "ur": "your", "r": "are", "pls": "please",
    "plz": "please", "whos": "who is", "whats": "what is", "wheres": "where is",
    "hows": "how is", "whens": "when is", "dont": "don't", "didnt": "didn't",
    "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't", "cant": "can't",
    "&": "and",
}  # fmt: skip
_SHORT = re.compile(
    r"(?<![\w/&])(?:"
    + "|".join(re.escape(s) for s in sorted(SHORTHAND, key=len, reverse=True))
    + r")(?![\w/&])"
)


def written_out(question: str) -> str:
    """The question with its chat shorthand written out ("abt" → "about", "w/" → "with")."""
    return _SHORT.sub(lambda m: SHORTHAND[m.group(0)], question)
