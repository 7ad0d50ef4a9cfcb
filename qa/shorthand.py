"""Chat shorthand in a question written out ("how many yrs does the deal last w/ iran").
Pure.

People type into a chat widget the way they text: "abt", "w/", "yrs", "govt". MiniLM and
the rules read words, so a question is written out before anything else reads it. Only
lower-case forms are read as shorthand ("U.S." is not "you"), and only forms that mean
one thing in questions about the news ("mil" could be military or million: left alone);
the few capitalised ones ("FM", "RU") are the diplomatic shorthand of news comment
threads. What only voices a mood ("lol", "tbh", an emoji) asks nothing and is dropped.
"""

from __future__ import annotations

import re
import unicodedata

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
    "gonna": "going to", "wanna": "want to", "gotta": "got to",
    "&": "and", "rn": "right now", "conf": "conference", "presser": "news conference",
    "fm": "foreign minister", "FM": "foreign minister", "RU": "Russia", "IR": "Iran",
    "wat": "what", "wats": "what is", "wot": "what", "wud": "would", "cud": "could",
    "shud": "should", "w": "with", "2day": "today", "2moro": "tomorrow",
    "2morrow": "tomorrow", "2nite": "tonight",
    # A newswire desk's notes: titles cut short ("Pres. Putin", "Amb. Jalali"), words cut
    # short ("mtg", "approx.", "re:"), country codes and leaders' initials.
    "Pres.": "President", "Amb.": "Ambassador", "amb.": "ambassador", "amb": "ambassador",
    "Gen.": "General", "Sec.": "Secretary", "Min.": "Minister", "Dept.": "Department",
    "Cmdr.": "Commander", "Cmdr": "Commander", "cmdr": "commander", "cmdr.": "commander",
    "PM": "Prime Minister", "spox": "spokesperson", "mtg": "meeting", "mtgs": "meetings",
    "approx.": "approximately", "approx": "approximately", "re:": "about",
    "int'l": "international", "natl": "national", "esp.": "especially",
    "UA": "Ukraine", "SY": "Syria", "POTUS": "US president", "VVP": "Vladimir Putin",
    "DJT": "Donald Trump", "->": "to",
}  # fmt: skip
_SHORT = re.compile(
    r"(?<![\w/&.'])(?:"
    + "|".join(re.escape(s) for s in sorted(SHORTHAND, key=len, reverse=True))
    + r")(?![\w/&'])"
)
# "no. of articles" is "number of articles"; "incl." is "include" after "does" and
# "including" elsewhere; "@ the Kremlin" is "at", "UA + Western officials" is "and".
_NUMBER_OF = re.compile(r"(?<![\w.])([Nn])o\.(?:\s+(?=of\b)|(?=\s*\?+\s*$))")
_INCL = re.compile(r"(?<![\w.])incl\.?(?![\w])")
_DOES = re.compile(r"\b(?:does|do|did|will|would|could|can|to)\b(?:\s+[\w’'-]+){0,3}\s*$", re.I)
_AT = re.compile(r"(?<=\s)@(?=\s)")
_PLUS = re.compile(r"(?<=[A-Za-z])\s+\+\s+(?=[A-Za-z])")


# "lol who even took the photo 📸", "… or nah": a mood, no words of the question.
_MOOD = re.compile(
    r"\s*(?<![\w’'-])(?:lol|lmao|rofl|haha+|hehe+|tbh|ngl|imo|imho|smh|fr|jk|or\s+nah)"
    r"(?![\w’'-])[,.!]*",
    re.I,
)
# "in $" is "in dollars"; "$5" stays a sum.
_DOLLAR = re.compile(r"\$(?!\s*\d)")
# "how long is the deal 4": a "4" that ends a question is "for"; "4 years" stays a number.
_FOR_AT_END = re.compile(r"(?<=[a-z])\s+4(?=\s*[?.!]*\s*$)")


def _without_symbols(text: str) -> str:
    """The text without emoji and other pictographs (and the joiners and selectors that
    build them)."""
    return "".join(
        c for c in text if unicodedata.category(c) != "So" and c not in "\u200d\ufe0f\ufe0e"
    )


def written_out(question: str) -> str:
    """The question with its chat shorthand written out ("abt" → "about", "w/" → "with",
    "in $" → "in dollars") and its moods dropped ("lol", "tbh", emoji); the question itself
    when nothing would be left."""
    text = _NUMBER_OF.sub(
        lambda m: (
            ("Number" if m.group(1) == "N" else "number")
            + (" " if m.group(0)[-1].isspace() else "")
        ),
        question,
    )
    text = _INCL.sub(lambda m: "include" if _DOES.search(text[: m.start()]) else "including", text)
    text = _AT.sub("at", _PLUS.sub(" and ", text))
    text = _SHORT.sub(lambda m: SHORTHAND[m.group(0)], text)
    text = _DOLLAR.sub("dollars", text)
    text = _FOR_AT_END.sub(" for", text)
    text = " ".join(_MOOD.sub("", _without_symbols(text)).split())
    text = re.sub(r"[,;]\s*(?=[?.!]*$)", "", text)  # "who signed it, lol?"
    return text if any(c.isalnum() for c in text) else question
