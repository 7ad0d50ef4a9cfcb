"""A gap-fill statement read as the question it stands for ("The treaty was signed in
___." as "The treaty was signed in what?"). Pure.

A teacher turns the article into gap-fill items: "Iran has supplied Russia with a total of
___ Shahed drones.", "The ceasefire … took effect on ___.", "Complete the sentence: Qasem
Soleimani was killed in a US drone strike in ___." A statement asks nothing: the rules
that read what a question asks for (a count, a date, a person) and check that the sources
tell it read question words, and the statement was answered with the sentence nearest its
words, which told no count and no date ("Iran has already provided Russia with
self-detonating “Shahed” drones" for the total delivered). So the blank becomes the
question word its place asks for, where it stands: "___ Shahed drones" asks "how many
Shahed drones", "on ___" asks "on which date", "the ___ (agency)" asks "which agency",
"Ambassador to Russia ___" asks "who", "___’s return" asks "whose return", and any other
blank asks "what". A blank that qualifies what follows it ("most heavily ___ nations",
"a ___ agreement") leaves the statement as it is, as does one inside quotation marks.

A blank inside quotation marks asks for the quoted words ("a “real ___ creating
conditions …”"); the quotation already finds the sentence, and the statement is left as
it is. So is one that already asks ("Which fills the blank: …?").
"""

from __future__ import annotations

import re

from qa.framing import OPENS_QUESTION

# "Fill in the blank:", "Complete the sentence:", "Complete:" say only that it is a gap-fill.
_LEAD = re.compile(
    r"^\W*(?:fill\s+in\s+the\s+(?:blanks?|gaps?)|fill\s+in|complete\s+the\s+"
    r"(?:sentence|statement|gap|blank)|complete|gap[- ]fill)\s*[:—–-]\s*",
    re.I,
)
# A blank: a run of underscores, or an ellipsis standing for a word at a gap-fill's end.
_BLANK = re.compile(r"_{2,}(?:\s+and\s+_{2,})?")
_END_ELLIPSIS = re.compile(r"(?<=\s)(?:…|\.\.\.)(?=\s*[.?!]?\s*$)")
_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")
# What follows a blank that says what it counts: "___ articles", "___ Shahed drones",
# "___ US dollars", "___ fighter jets".
# A verb or a pronoun ending in "s" counts nothing ("___ and ___ has been").
_NOT_COUNTED = r"(?!(?:has|was|is|does|as|us|its|this|thus|his)\b)"
_COUNTED = re.compile(
    rf"^\s+{_NOT_COUNTED}(?:[A-Z][\w-]*\s+|[a-z][\w-]*\s+)?{_NOT_COUNTED}[a-z]+[^s\W]?s\b(?<!ss)"
)
# Words before a blank that make it part of a phrase ("most heavily ___ nations", "as ___
# forces", "a ___ agreement"), when a word follows it (`_MODIFIES`).
_QUALIFIES = re.compile(
    r"\b(?:the|a|an|as|most|more|less|very|so|too|its|their|his|her|our|\w+ly)\s*$", re.I
)
_MODIFIES = re.compile(r"^\s+[\w’'-]")
# "the ___ (agency)": the kind of thing asked for, in brackets after the blank.
_HINT = re.compile(r"^\s*\((?P<kind>[\w -]{2,30})\)")
_THE_BEFORE = re.compile(r"\bthe\s*$", re.I)
_ON = re.compile(r"\bon\s*$", re.I)
_YEAR = re.compile(r"\b(?:in\s+)?the\s+year\s*$", re.I)
_POSSESSIVE = re.compile(r"^[’']s\b")
# "Ambassador to Russia ___", "commander ___", "President ___": a person's title.
_TITLE = re.compile(
    r"\b(?:president|ambassador(?:\s+to\s+[A-Z]\w+)?|minister|commander|general|leader|"
    r"spokes(?:man|woman|person)|envoy|official|photographer|diplomat)\s*$",
    re.I,
)


def blank_asked(statement: str) -> str:
    """The question a gap-fill statement stands for, or the text itself when it has no
    blank outside quotation marks or already asks."""
    text = _LEAD.sub("", statement.strip(), count=1)
    if OPENS_QUESTION.match(text):
        return statement
    blank = _outside_quotes(_BLANK, text)
    if blank is None and text != statement.strip():
        blank = _outside_quotes(_END_ELLIPSIS, text)
    if blank is None:
        return statement
    before, after = text[: blank.start()], text[blank.end() :]
    if (hint := _HINT.match(after)) is not None:
        before, wh, after = (
            _THE_BEFORE.sub("", before),
            f"which {hint['kind'].strip()}",
            after[hint.end() :],
        )
    elif _YEAR.search(before):
        before, wh = _YEAR.sub("in ", before), "which year"
    elif _ON.search(before):
        wh = "which date"
    elif _POSSESSIVE.match(after):
        wh, after = "whose", after[2:]
    elif _TITLE.search(before):
        before, wh = f"{before.rstrip()}, ", "who"
    elif _QUALIFIES.search(before) and _MODIFIES.match(after):
        # "two of the world’s most heavily ___ nations": a word inside a phrase whose own
        # words find the sentence; "what" in its place only blurs them.
        return statement
    elif _COUNTED.match(after):
        wh = "how many"
    else:
        wh = "what"
    question = f"{before}{wh}{after}".rstrip()
    return f"{question.rstrip(' .!?')}?"


def _outside_quotes(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    quoted = [m.span() for m in _QUOTES.finditer(text)]
    return next(
        (m for m in pattern.finditer(text) if not any(a <= m.start() < b for a, b in quoted)),
        None,
    )
