"""A question without the notes its asker puts inside it. Pure.

People interrupt a question with a note in brackets: "Who (on the Iranian side) signed the
pact with Putin?", "Which agency (Reuters?) reported the 20-year term?", "What did Trump
withdraw from during his first term (2017–2021)¹?  ¹ I mean the first one." A note narrows
what is asked, guesses at the answer or says how to give it; it is never the question. Read
as part of it, a guess ("Reuters?") or a date the sources do not give ("2017–2021") was
taken for something the question assumes, and the question was refused. So a note in round,
square or curly brackets, a footnote marker and a footnote after the question are read
apart from it, when what is left is still a question.

Brackets that are part of what is asked stay: inside quotation marks ("wipe [Iran] off the
face of the Earth"), a name put in for a pronoun ("[Iran]"), the letters of a quiz's options
("(a) Tehran (b) Moscow"), a crossword's length ("(4)"), a bracket joined to its word
("leader(s)"), and a note that is all there is.
"""

from __future__ import annotations

import re

# A note: a bracket opened after a space or at the start, closed before the text goes on.
_NOTE = re.compile(
    r"(?:^|(?<=\s))(?P<note>\((?P<r>[^()]{1,120})\)|\[(?P<s>[^\[\]]{1,120})\]|"
    r"\{(?P<c>[^{}]{1,120})\})"
)
# A quiz's option letter or a crossword's length: "(a)", "(4)", "(4, 5)".
_ENUMERATOR = re.compile(r"^\s*(?:[a-zA-Z]|[ivx]{1,4}|\d{1,2}(?:\s*,\s*\d{1,2})*)\s*$")
# A name put in for a pronoun, as editors do: "[Iran]", "[the Kremlin]".
_INSERTED_NAME = re.compile(r"^(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$")
_FOOTNOTE_MARK = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+")
# A footnote after the question: "?  ¹ I mean the first one."
_FOOTNOTE = re.compile(r"(?<=[?])\s*[¹²³⁴⁵⁶⁷⁸⁹⁰*]+\s*[^?]*$")
_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»")


def without_notes(question: str) -> str:
    """The question without the notes in brackets and the footnotes its asker put in, or
    the question itself when it has none or what would be left is no question."""
    text = _FOOTNOTE_MARK.sub("", _FOOTNOTE.sub("", question.rstrip()))
    quoted = [m.span() for m in _QUOTES.finditer(text)]
    kept: list[str] = []
    last = 0
    for match in _NOTE.finditer(text):
        if _stays(match, text, quoted):
            continue
        start, end = match.span("note")
        kept.append(text[last:start].rstrip(" "))
        last = end
    if not kept and text == question.rstrip():
        return question
    kept.append(text[last:])
    result = re.sub(r"[ \t]+([?,.!;:])", r"\1", re.sub(r"[ \t]{2,}", " ", "".join(kept))).strip()
    if "?" not in result or not re.search(r"\w", result):
        return question
    return result


def _stays(match: re.Match[str], text: str, quoted: list[tuple[int, int]]) -> bool:
    """Whether a bracket is part of what is asked, not a note of the asker's."""
    inner = (match["r"] or match["s"] or match["c"] or "").strip()
    start, end = match.span("note")
    return (
        any(a <= start and end <= b for a, b in quoted)
        or _ENUMERATOR.match(inner) is not None
        or (match["s"] is not None and _INSERTED_NAME.match(inner) is not None)
        # Closed by a word's letter, it is part of the word: "(s)he".
        or re.match(r"[A-Za-z0-9]", text[end : end + 1]) is not None
        or (not text[:start].strip(" \t\"“'‘") and not text[end:].strip(" \t?"))
    )
