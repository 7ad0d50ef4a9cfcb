"""Citation markers: parse `[n]`, keep only valid ones, renumber densely. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from ingest.text import sentence_spans

T = TypeVar("T")
MARKER = re.compile(r"\s*\[(\d{1,3})\]")
_ANY_BRACKET_NUMBER = re.compile(r"\s*\[\s*\d{1,3}(?:\s*[,;-]\s*\d{1,3})*\s*\]")


def markers(text: str) -> list[int]:
    """The citation numbers in a text, in order of appearance."""
    return [int(m.group(1)) for m in MARKER.finditer(text)]


def strip_markers(text: str) -> str:
    """The text without any `[n]` or `[n, m]` markers."""
    return _ANY_BRACKET_NUMBER.sub("", text).strip()


_RANGE_LIMIT = 20


def _expand(match: re.Match[str]) -> str:
    """`[1, 3]` -> `[1][3]`; a range `[1-3]` -> `[1][2][3]` (a range wider than any
    prompt's passages is kept as its two ends)."""
    numbers: list[int] = []
    for part in re.split(r"\s*[,;]\s*", match.group(0).strip().strip("[]").strip()):
        ends = [int(n) for n in re.findall(r"\d{1,3}", part)]
        if len(ends) == 2 and 0 <= ends[1] - ends[0] <= _RANGE_LIMIT:
            numbers.extend(range(ends[0], ends[1] + 1))
        else:
            numbers.extend(ends)
    return "".join(f"[{n}]" for n in dict.fromkeys(numbers))


def renumber(answer: str, sources: Sequence[T]) -> tuple[str, list[tuple[int, T]]]:
    """Rewrite markers so they run 1..m in order of first use; markers naming no source
    are removed, and only the sources actually cited are returned, with their new n."""
    normalised = _ANY_BRACKET_NUMBER.sub(lambda m: " " + _expand(m), answer)
    mapping: dict[int, int] = {}
    cited: list[tuple[int, T]] = []

    def swap(match: re.Match[str]) -> str:
        old = int(match.group(1))
        if not 1 <= old <= len(sources):
            return ""
        if old not in mapping:
            mapping[old] = len(mapping) + 1
            cited.append((mapping[old], sources[old - 1]))
        return f" [{mapping[old]}]"

    text = MARKER.sub(swap, normalised)
    text = re.sub(r"(\[\d+\])(?: \1)+", r"\1", text)  # "[1] [1]" -> "[1]"
    text = re.sub(r"\] \[", "][", text)
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return re.sub(r"[ \t]{2,}", " ", text).strip(), cited


def attribute(answer: str, passages: Sequence[str], similarity: Callable[[str, str], float]) -> str:
    """Give every sentence that cites nothing a marker for the passage it most resembles.

    Small models rarely write `[n]`; the attributed answer still has to pass the grounding
    check, which holds each sentence to the passage it now cites."""
    if not passages:
        return answer
    parts: list[str] = []
    cursor = 0
    for span in sentence_spans(answer):
        sentence = answer[span.start : span.end]
        parts.append(answer[cursor : span.end])
        cursor = span.end
        if markers(sentence) or not strip_markers(sentence):
            continue
        scores = [similarity(sentence, passage) for passage in passages]
        parts.append(f" [{scores.index(max(scores)) + 1}]")
    parts.append(answer[cursor:])
    return "".join(parts)
