"""A question without the markup it was typed with, and the lines it quotes. Pure.

Questions come from chat apps, forums and note tools: "**Who** signed the pact?", "- where
did they meet?", "## Question: …", "<p>…</p>", "`TASS` reported …", a URL pasted before
the question, "#Iran #Russia" tags around it. None of that asks anything, and some of it
misleads: "#Syria Which opposition group …?" reads "Syria Which …", and the rules that
read what a question asks start at its first word. So the markup goes before anything
reads the question: emphasis and code marks, headings, list markers, HTML tags, URLs,
and hashtags that stand apart from the sentence (one inside it keeps its word).

A line pasted from the article with "> " before it (`quoted_lead`) is what the asker is
reading, not what is asked: the pipeline asks the question after it, and reads the quote
as the turn before when the question points back at it ("… since which event has
Moscow seen Iran this way?").
"""

from __future__ import annotations

import re

_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
# "**Who**", "__who__", "*Pezeshkian*", "_How long_", "`TASS`"; not "snake_case" or "5*3".
_EMPHASIS = re.compile(
    r"(?<![\w*])\*\*(?=\S)(?P<a>.+?)(?<=\S)\*\*(?![\w*])"
    r"|(?<![\w_])__(?=\S)(?P<b>.+?)(?<=\S)__(?![\w_])"
    r"|(?<![\w*])\*(?=\S)(?P<c>[^*]+?)(?<=\S)\*(?![\w*])"
    r"|(?<![\w_])_(?=\S)(?P<d>[^_]+?)(?<=\S)_(?![\w_])"
    r"|`(?P<e>[^`]+)`"
)
# "## …", "- …", "* …", "1. …", "2) …", "• …" at the start of a line.
_LINE_MARK = re.compile(r"^\s*(?:#{1,6}\s+|[-*+•]\s+|\d{1,3}[.)]\s+)")
# Hashtags that stand apart: a run of them opening or closing a line.
_OPENING_TAGS = re.compile(r"^(?:\s*#\w+)+\s+(?=\S)")
_CLOSING_TAGS = re.compile(r"(?:\s+#\w+)+\s*$")
_HASH = re.compile(r"(?<![\w&])#(?=[A-Za-z]\w*)")
_QUOTE_LINE = re.compile(r"^\s*>\s?")


def without_markup(text: str) -> str:
    """The text without Markdown, HTML tags, URLs and hashtags set apart from it, line by
    line; the text itself when it has none."""
    lines = []
    for raw in _TAG.sub(" ", text).splitlines():
        line = _URL.sub(" ", raw)
        line = _LINE_MARK.sub("", line)
        for _ in range(2):  # "**_How long_**"
            line = _EMPHASIS.sub(lambda m: next(g for g in m.groups() if g is not None), line)
        line = _CLOSING_TAGS.sub("", _OPENING_TAGS.sub("", line))
        line = _HASH.sub("", line)
        lines.append(re.sub(r"\s{2,}", " ", line).strip())
    plain = "\n".join(line for line in lines if line)
    return plain if plain != text.strip() else text


def quoted_lead(text: str) -> tuple[str, str]:
    """The lines the text opens with that quote ("> the specifics remain undisclosed"), and
    the rest; ("", text) when it opens with none or is all quote."""
    lines = text.splitlines()
    quoted: list[str] = []
    for i, line in enumerate(lines):
        if _QUOTE_LINE.match(line):
            quoted.append(_QUOTE_LINE.sub("", line).strip())
        elif line.strip() or not quoted:
            rest = " ".join(part.strip() for part in lines[i:] if part.strip())
            return (" ".join(q for q in quoted if q), rest) if quoted and rest else ("", text)
    return "", text
