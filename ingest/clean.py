"""Find the content blocks of an article: paragraphs minus boilerplate, with offsets."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from ingest.text import Span, _trimmed, words

T = TypeVar("T")

_BOILERPLATE = re.compile(
    r"^(advertisement|advert|sponsored|share|share this|read more|related|subscribe"
    r"|sign up for our newsletter|follow us|skip to content|click here)\W*$",
    re.IGNORECASE,
)
# Every line boundary str.splitlines knows: files with CR-only endings or U+2028 still split.
_PARAGRAPH_BREAK = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
NEAR_DUPLICATE = 0.5


def paragraph_spans(text: str) -> list[Span]:
    """Non-empty lines of text, trimmed, as spans (news text puts one paragraph per line)."""
    spans: list[Span] = []
    cursor = 0
    for match in _PARAGRAPH_BREAK.finditer(text):
        spans.extend(_trimmed(text, cursor, match.start()))
        cursor = match.end()
    spans.extend(_trimmed(text, cursor, len(text)))
    return spans


def jaccard(a: str, b: str) -> float:
    """Word-set Jaccard similarity of two strings."""
    return _set_jaccard(set(words(a)), set(words(b)))


def _set_jaccard(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def first_of_repeats(items: Iterable[T], text: Callable[[T], str], threshold: float) -> list[T]:
    """The items without any whose text nearly repeats an earlier kept one's (word-set
    Jaccard similarity of `threshold` or more): the first of each repeat. Each text's words
    are read once."""
    kept: list[T] = []
    seen: list[set[str]] = []
    for item in items:
        own = set(words(text(item)))
        if all(_set_jaccard(own, other) < threshold for other in seen):
            kept.append(item)
            seen.append(own)
    return kept


def is_boilerplate(paragraph: str) -> bool:
    """True for navigation and ad lines that carry no article content."""
    return bool(_BOILERPLATE.match(paragraph.strip()))


def content_blocks(text: str) -> list[list[Span]]:
    """Runs of content paragraphs; boilerplate separates the runs, and a repeated caption
    is a run of its own.

    An "Advertisement" line is dropped. A paragraph that nearly repeats the one before it
    (a photo caption printed twice) is kept apart, so no chunk mixes it with the story: its
    credit is often worded as readers cite it ("[Vyacheslav Prokofyev/Pool via AFP]"), and
    the answer cites one of the two (`qa.evidence.without_repeats`).
    """
    blocks: list[list[Span]] = [[]]
    previous = ""
    for span in paragraph_spans(text):
        paragraph = text[span.start : span.end]
        if is_boilerplate(paragraph):
            if blocks[-1]:
                blocks.append([])
        elif previous and jaccard(previous, paragraph) >= NEAR_DUPLICATE:
            blocks.append([span])
            blocks.append([])
        else:
            blocks[-1].append(span)
        previous = paragraph
    return [block for block in blocks if block]
