"""Words the documents hyphenate, read so when a question types them apart. Pure.

People dictating, or typing on a phone, drop hyphens: "Which state owned news agency
reported the 20 year term?", "the Iran aligned Lebanese group". The checks that keep
answers honest read "state owned" as a deed ("Which state owned …?": who owned what) that
no sentence tells of, though the article says "the state-owned news agency". A run of
words that the documents write joined by hyphens, and never apart, is read as they write
it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise

# "state-owned", "military-political", "20-year", "self-detonating", a name's own
# "al-Assad"; not a dash between numbers ("2001-2025"), whose parts a question would not
# type apart.
_HYPHENATED = re.compile(r"(?<![\w’'-])(?:[A-Za-z0-9]+-)+[A-Za-z]+(?![\w-])")
_WORD = re.compile(r"[A-Za-z0-9]+")
# What may stand before the first word of a run written apart, and after its last.
_LEADING = "([{“‘\"'"
_TRAILING = ".,;:!?)]}”’\"'"


def hyphenated_forms(texts: Iterable[str]) -> dict[str, str]:
    """The hyphenated words of the texts, by their parts written apart in lower case:
    {"state owned": "state-owned", "us led": "us-led"}. A run the texts also write apart
    ("long term" beside "long-term") is left out: either may be meant."""
    texts = list(texts)
    forms: dict[str, str] = {}
    for text in texts:
        for match in _HYPHENATED.finditer(text):
            word = match.group(0).lower()
            forms.setdefault(word.replace("-", " "), word)
    apart = _apart(texts, forms)
    return {key: form for key, form in forms.items() if key not in apart}


def _apart(texts: list[str], forms: Mapping[str, str]) -> set[str]:
    """The keys of `forms` that the texts also write as words apart: runs of words with
    only spaces between them ("a long term view"), read in one pass over the texts' words
    split at whitespace: the 10,033 Wikipedia summaries take well under a second."""
    firsts = {key.split()[0] for key in forms}
    lengths = sorted({key.count(" ") + 1 for key in forms})
    found: set[str] = set()
    for text in texts:
        words = text.lower().split()
        for i, word in enumerate(words):
            # The first word may open a bracket or a quote, the last end a clause ("(a
            # long term,"); the others stand alone.
            if (first := word.lstrip(_LEADING)) not in firsts:
                continue
            for n in lengths:
                run = words[i : i + n]
                if len(run) < n:
                    break
                key = " ".join([first, *run[1:-1], run[-1].rstrip(_TRAILING)])
                if key in forms:
                    found.add(key)
    return found


def rejoined(question: str, forms: Mapping[str, str]) -> str:
    """The question with each run of words that `forms` hyphenates written with its
    hyphens, in the question's own case: "Which state owned news agency …?" → "Which
    state-owned news agency …?"."""
    if not forms:
        return question
    words = list(_WORD.finditer(question))
    out, last, i = [], 0, 0
    longest = max(key.count(" ") + 1 for key in forms)
    while i < len(words):
        for n in range(min(longest, len(words) - i), 1, -1):
            run = words[i : i + n]
            if any(question[a.end() : b.start()] != " " for a, b in pairwise(run)):
                continue
            key = " ".join(w.group(0).lower() for w in run)
            if key in forms:
                out += [question[last : run[0].start()], "-".join(w.group(0) for w in run)]
                last, i = run[-1].end(), i + n
                break
        else:
            i += 1
    return "".join([*out, question[last:]])
