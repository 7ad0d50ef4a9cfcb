"""Sentence and word spans over raw text: pure, offset-preserving helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
     "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "no", "gen",
     "col", "lt", "sen", "rep", "gov", "inc", "ltd", "co", "corp"}
)  # fmt: skip
# Sentence punctuation, closing quotes/brackets, then whitespace and the character that
# opens the next sentence (after at most one opening quote, guillemet or bracket),
# captured so that `_opens_sentence` can test its case: Python's `re` has no \p{Lu}.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+[\"'“‘«„(\[]?(\S))")
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) of some text."""

    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def _opens_sentence(char: str) -> bool:
    """An uppercase (or titlecase) letter of any script, or an ASCII digit: "e.g. the"
    and "3.5 percent" do not end a sentence, "Путин", "Ελλάδα" and "Élysée" may open one."""
    return char.isupper() or char.istitle() or char in "0123456789"


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Split text[start:end] into sentence spans, trimmed of surrounding whitespace."""
    stop = len(text) if end is None else end
    spans: list[Span] = []
    cursor = start
    for match in _BOUNDARY.finditer(text, start, stop):
        punct = match.group(0)
        if not _opens_sentence(match.group(1)) or (
            punct == "." and _is_abbreviation(text, match.start())
        ):
            continue
        spans.extend(_trimmed(text, cursor, match.end()))
        cursor = match.end()
    spans.extend(_trimmed(text, cursor, stop))
    return spans


def cut_to_size(text: str, span: Span, size: int) -> list[Span]:
    """Cut text[span.start:span.end] into trimmed pieces of at most `size` characters, each
    ending at the last whitespace that keeps it within `size` (a hard cut when there is
    none). A trimmed span that already fits comes back whole; only whitespace is left out."""
    if size < 1:
        raise ValueError("size must be at least 1 character")
    pieces: list[Span] = []
    start = span.start
    while start < span.end and text[start].isspace():
        start += 1
    while span.end - start > size:
        cut = start + size  # text[start:cut] is the longest piece allowed
        while cut > start and not text[cut].isspace():
            cut -= 1
        if cut == start:
            cut = start + size
        pieces.extend(_trimmed(text, start, cut))
        start = cut
        while start < span.end and text[start].isspace():
            start += 1
    pieces.extend(_trimmed(text, start, span.end))
    return pieces


def _trimmed(text: str, start: int, end: int) -> Iterator[Span]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield Span(start, end)


def words(text: str) -> list[str]:
    """Lower-cased word tokens, with curly apostrophes folded to straight ones."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]
